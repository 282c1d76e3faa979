package org.footprint.ingest.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatLineTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "[2020-01-31, 12:00:01] Jo: hi            | true  | 2020-01-31T12:00:01",
      "[2020.04.01, 12:00:04] Jo: hi            | true  | 2020-04-01T12:00:04",
      "[31/01/2020, 23:59:59] Jo: hi            | true  | 2020-01-31T23:59:59",
      "[1/31/20, 11:59:59 PM] Jo: hi            | false | 2020-01-31T23:59:59",
      "31/01/2020, 23:59 - Jo: hi               | true  | 2020-01-31T23:59",
      "12/31/20, 11:59 PM - Jo: hi              | false | 2020-12-31T23:59",
      "12/31/20, 12:05 AM - Jo: hi              | false | 2020-12-31T00:05",
      "31.01.20, 09:15 - Jo: hi                 | true  | 2020-01-31T09:15",
      "2020-01-31, 9.15 - Jo: hi                | true  | 2020-01-31T09:15",
      "31/01/2020, 11:59 p. m. - Jo: hi         | true  | 2020-01-31T23:59"})
  void reads_header_forms(String line, boolean dayFirst, String expected) {
    ChatLine header = ChatLine.parse(line);
    assertThat(header).isNotNull();
    assertThat(header.sender()).isEqualTo("Jo");
    assertThat(header.body()).isEqualTo("hi");
    assertThat(header.dateTime(dayFirst)).isEqualTo(LocalDateTime.parse(expected));
  }

  @Test
  void continuation_lines_are_not_headers() {
    assertThat(ChatLine.parse("with a lot to say")).isNull();
    assertThat(ChatLine.parse("12/05/2020 was the day")).isNull();
    assertThat(ChatLine.parse("")).isNull();
    assertThat(ChatLine.parse("\u200eOPTION: Option A (1 vote)")).isNull();
  }

  @Test
  void system_lines_have_no_sender_and_generated_text_is_marked() {
    assertThat(ChatLine.parse("01/02/2020, 10:00 - Sam added Jo").sender()).isNull();
    ChatLine notice = ChatLine.parse("\u200e[2020-01-01, 12:00:01] Jo: \u200eMissed voice call");
    assertThat(notice.generated()).isTrue();
    assertThat(ChatLine.parse("[2020-01-01, 12:00:01] \u2068Jo Lee\u2069: hi").sender()).isEqualTo("Jo Lee");
  }
}
