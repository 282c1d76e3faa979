package org.footprint.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2024-09-01T04:49:35Z               | 2024-09-01T04:49:35Z",
      "2026-01-25T19:33:24.183Z           | 2026-01-25T19:33:24.183Z",
      "2023-04-14T07:39:35.956042+00:00   | 2023-04-14T07:39:35.956042Z",
      "2023-03-13T19:48:20-07:00          | 2023-03-14T02:48:20Z",
      "2015-01-24 02:02:37 +0000          | 2015-01-24T02:02:37Z",
      "2023-01-15 12:34:56 UTC            | 2023-01-15T12:34:56Z",
      "2025-07-01 14:33:22                | 2025-07-01T14:33:22Z",
      "2021-03-04 10:11                   | 2021-03-04T10:11:00Z"})
  void reads_the_forms_exports_write(String text, String expected) {
    assertThat(Timestamps.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void zone_less_times_are_read_in_the_zone_given_and_others_keep_their_offset() {
    ZoneId london = ZoneId.of("Europe/London");
    assertThat(Timestamps.parse("2021-07-01 12:00:00", london)).isEqualTo(Instant.parse("2021-07-01T11:00:00Z"));
    assertThat(Timestamps.parse("2021-07-01T12:00:00Z", london)).isEqualTo(Instant.parse("2021-07-01T12:00:00Z"));
  }

  @Test
  void blanks_and_non_dates_are_null() {
    assertThat(Timestamps.parse(null)).isNull();
    assertThat(Timestamps.parse("  ")).isNull();
    assertThat(Timestamps.parse("yesterday")).isNull();
    assertThat(Timestamps.parse("2021-02-30 10:00:00")).isNull();
  }
}
