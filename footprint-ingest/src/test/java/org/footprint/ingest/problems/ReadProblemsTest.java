package org.footprint.ingest.problems;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.text.JsonLimits;
import org.junit.jupiter.api.Test;

class ReadProblemsTest {
  private static final ExportEntry ENTRY = new ExportEntry("f.json", 0);

  /** The code ReadProblems gives the failure of reading {@code text} to its end with {@code json}. */
  private static String codeOf(JsonFactory json, String text) {
    CollectingReadContext context = new CollectingReadContext(new MemoryExportTree());
    try (JsonParser parser = json.createParser(text)) {
      while (parser.nextToken() != null) {
        if (parser.currentToken().isNumeric()) {
          parser.getNumberValue();
        }
      }
    } catch (IOException e) {
      ReadProblems.report(context, ENTRY, e);
    }
    JsonLimits.takeViolation();
    assertThat(context.problems).hasSize(1);
    return context.problems.get(0).code();
  }

  @Test
  void limit_breaches_get_their_specific_codes_from_the_ingest_factory_and_from_a_plain_one() {
    for (JsonFactory json : new JsonFactory[] {JsonLimits.factory(IngestLimits.defaults()), new JsonFactory()}) {
      assertThat(codeOf(json, "[".repeat(5_000) + "]".repeat(5_000))).isEqualTo(ReadProblems.TOO_DEEP);
      assertThat(codeOf(json, "[" + "9".repeat(5_000) + "]")).isEqualTo(ReadProblems.NUMBER_TOO_LONG);
    }
  }

  @Test
  void truncated_and_malformed_json() {
    JsonFactory json = JsonLimits.factory(IngestLimits.defaults());
    assertThat(codeOf(json, "[{\"a\":1},{\"b\":")).isEqualTo(ReadProblems.TRUNCATED);
    assertThat(codeOf(json, "[1 2]")).isEqualTo(ReadProblems.MALFORMED);
  }
}
