package org.footprint.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import org.footprint.ingest.IngestLimits;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {
  private final com.fasterxml.jackson.core.JsonFactory json = JsonLimits.factory(IngestLimits.defaults());

  private static void drain(JsonParser parser) throws IOException {
    while (parser.nextToken() != null) {
      parser.getText();
    }
  }

  @Test
  void refuses_extreme_nesting_with_its_own_code() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> drain(json.createParser(deep))).isInstanceOf(StreamConstraintsException.class);
    assertThat(JsonLimits.takeViolation()).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("ingest.json.too-deep"));
    assertThat(JsonLimits.takeViolation()).isEmpty();
  }

  @Test
  void refuses_a_60_megabyte_string_while_streaming_it() {
    Reader sixtyMegabytes = new GeneratedJson("{\"text\":\"", 'a', 60_000_000, "\"}");
    assertThatThrownBy(() -> drain(json.createParser(sixtyMegabytes))).isInstanceOf(StreamConstraintsException.class);
    assertThat(JsonLimits.takeViolation()).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("ingest.json.string-too-long"));
  }

  @Test
  void refuses_an_endless_number() {
    String number = "[" + "9".repeat(5_000) + "]";
    assertThatThrownBy(() -> {
      try (JsonParser parser = json.createParser(number)) {
        parser.nextToken();
        parser.nextToken();
        parser.getNumberValue();
      }
    }).isInstanceOf(StreamConstraintsException.class);
    assertThat(JsonLimits.takeViolation()).hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("ingest.json.number-too-long"));
  }

  /** A JSON document made on the fly: a prefix, one character repeated, a suffix; never held in memory. */
  static final class GeneratedJson extends Reader {
    private final String prefix;
    private final char fill;
    private final long count;
    private final String suffix;
    private long at;

    GeneratedJson(String prefix, char fill, long count, String suffix) {
      this.prefix = prefix;
      this.fill = fill;
      this.count = count;
      this.suffix = suffix;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      long total = prefix.length() + count + suffix.length();
      if (at >= total) {
        return -1;
      }
      int n = 0;
      while (n < length && at < total) {
        long i = at++;
        buffer[offset + n++] = i < prefix.length() ? prefix.charAt((int) i)
            : i < prefix.length() + count ? fill : suffix.charAt((int) (i - prefix.length() - count));
      }
      return n;
    }

    @Override
    public void close() {}
  }
}
