package org.footprint.ingest.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportTree;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {
  private static List<String> read(String json, CollectingReadContext[] out) {
    ExportTree tree = new MemoryExportTree().with("f.json", json);
    CollectingReadContext context = new CollectingReadContext(tree);
    out[0] = context;
    List<String> names = new ArrayList<>();
    ExportEntry entry = tree.entries().get(0);
    JsonRecords.records(entry, context, Set.of("things_v2"), "things", (record, index) -> names.add(index + ":" + record.path("n").asText()));
    return names;
  }

  @Test
  void streams_a_top_level_list_and_a_wrapped_one() {
    CollectingReadContext[] context = new CollectingReadContext[1];
    assertThat(read("[{\"n\":\"a\"},{\"n\":\"b\"}]", context)).containsExactly("0:a", "1:b");
    assertThat(read("{\"other\":[1,2],\"things_v2\":[{\"n\":\"c\"}]}", context)).containsExactly("0:c");
    assertThat(context[0].problems).isEmpty();
  }

  @Test
  void keeps_the_records_before_a_truncation_and_reports_it() {
    CollectingReadContext[] context = new CollectingReadContext[1];
    assertThat(read("[{\"n\":\"a\"},{\"n\":\"b\"},{\"n\":", context)).containsExactly("0:a", "1:b");
    assertThat(context[0].problemCodes()).containsExactly(JsonRecords.TRUNCATED);
    assertThat(context[0].problems.get(0).message()).contains("ends in the middle");
  }

  @Test
  void reports_malformed_json_and_wrong_shapes() {
    CollectingReadContext[] context = new CollectingReadContext[1];
    assertThat(read("[{\"n\":\"a\"} {\"n\":\"b\"}]", context)).containsExactly("0:a");
    assertThat(context[0].problemCodes()).containsExactly(JsonRecords.MALFORMED);
    read("{\"nothing_here\":{}}", context);
    assertThat(context[0].problemCodes()).containsExactly(JsonRecords.WRONG_SHAPE);
    assertThat(context[0].problems.get(0).message()).contains("things_v2");
    read("", context);
    assertThat(context[0].problemCodes()).containsExactly(JsonRecords.WRONG_SHAPE);
    assertThat(context[0].problems.get(0).message()).contains("empty");
  }

  @Test
  void reports_nesting_beyond_the_parser_limit() {
    CollectingReadContext[] context = new CollectingReadContext[1];
    read("[" + "[".repeat(500) + "]".repeat(500) + "]", context);
    assertThat(context[0].problemCodes()).containsExactly(JsonRecords.TOO_DEEP);
    read("[{\"n\":\"" + "x".repeat(20_000_001) + "\"}]", context);
    assertThat(context[0].problemCodes()).containsExactly(JsonRecords.STRING_TOO_LONG);
  }
}
