package org.footprint.ingest.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.testkit.SharedFixtures;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Place;
import org.junit.jupiter.api.Test;

class WhatsAppReaderTest {
  private static final LocalDateTime T = LocalDateTime.of(2021, 4, 3, 21, 7, 9);
  private final WhatsAppReader reader = new WhatsAppReader();

  @Test
  void reads_the_ios_fixture_with_notices_attachments_polls_and_places() {
    var tree = SharedFixtures.tree("whatsapp/timelinize");
    assertThat(reader.detect(tree)).isEqualTo(95);
    var result = CollectingReadContext.read(new WhatsAppReader("Person 1", ZoneOffset.UTC), tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly(
        "A message",
        "A reply with _italic_ and *bold* and ~strikethrough~ and `monospace` and emoji ☺️",
        "Someone else\nwith a lot to say\nover multiple lines!",
        "",
        "A retort",
        "How rude",
        "A PDF.pdf • 1 page",
        "POLL:\nA question\nOPTION: Option A (1 vote)\nOPTION: Option B (2 votes)",
        "British Library (96 Euston Rd, London, Greater London NW1 2DB): https://foursquare.com/v/4ac518cef964a52019a620e3",
        "Location: https://maps.google.com/?q=51.513767,-0.098266",
        "An edited message",
        "ENCUESTA:\nUna pregunta\nOPCIÓN: Opción A (0 votos)\nOPCIÓN: Opción B (1 voto)\nOPCIÓN: Opción C (2 votos)");
    assertThat(result.items).allSatisfy(item -> {
      assertThat(item.kind()).isEqualTo(ItemKind.MESSAGE);
      assertThat(item.audience()).isEqualTo(Audience.DIRECT);
    });
    assertThat(result.items).filteredOn(Item::authoredBySelf).extracting(Item::nativeId)
        .containsExactly("_chat.txt:4", "_chat.txt:8", "_chat.txt:12", "_chat.txt:13");
    Item image = result.items.get(3);
    assertThat(image.media()).singleElement().satisfies(m -> assertThat(m.path()).isEqualTo("some-image.jpg"));
    assertThat(image.nativeId()).isEqualTo("_chat.txt:8");
    assertThat(image.createdAt()).isEqualTo(Instant.parse("2020-06-01T12:00:06Z"));
    assertThat(result.items.get(6).media()).singleElement().satisfies(m -> assertThat(m.path()).isNull());
    assertThat(result.items.get(8).place()).isEqualTo(new Place("British Library (96 Euston Rd, London, Greater London NW1 2DB)", null, null));
    assertThat(result.items.get(9).place()).isEqualTo(new Place(null, 51.513767, -0.098266));
    assertThat(result.items.get(3).createdAt()).isEqualTo(Instant.parse("2020-06-01T12:00:06Z"));
    assertThat(result.items.get(1).createdAt()).isEqualTo(Instant.parse("2020-04-01T12:00:04Z"));
    assertThat(result.items.get(2).createdAt()).isEqualTo(Instant.parse("2020-05-01T12:00:05Z"));
    assertThat(result.items.get(11).createdAt()).isEqualTo(Instant.parse("2025-07-01T12:00:19Z"));
  }

  @Test
  void without_an_owner_no_message_is_the_users_own() {
    var chat = new WhatsAppChat(WhatsAppChat.Form.IOS_ISO).message(T, "Robin", "hello").message(T, "Sam", "hi");
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("_chat.txt", chat.text()));
    assertThat(result.items).hasSize(2).noneMatch(Item::authoredBySelf);

    var owned = CollectingReadContext.read(new WhatsAppReader("robin", ZoneOffset.UTC), new MemoryExportTree().with("_chat.txt", chat.text()));
    assertThat(owned.items).extracting(Item::authoredBySelf).containsExactly(true, false);
  }

  @Test
  void reads_android_us_dates_with_12_hour_times_month_first() {
    String chat = "12/31/20, 11:59\u202fPM - Robin: last one of the year\n1/2/21, 1:05 AM - Sam: and the first\n";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("WhatsApp Chat with Sam.txt", chat));

    assertThat(result.items).extracting(Item::createdAt)
        .containsExactly(Instant.parse("2020-12-31T23:59:00Z"), Instant.parse("2021-01-02T01:05:00Z"));
  }

  @Test
  void a_later_unambiguous_date_decides_day_first_for_the_whole_chat() {
    String chat = "03/04/2021, 10:00 - Robin: early\n25/04/2021, 10:00 - Robin: late\n";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("WhatsApp Chat with Sam.txt", chat));
    assertThat(result.items).extracting(Item::createdAt)
        .containsExactly(Instant.parse("2021-04-03T10:00:00Z"), Instant.parse("2021-04-25T10:00:00Z"));

    String us = "03/04/2021, 10:00 - Robin: early\n04/25/2021, 10:00 - Robin: late\n";
    var monthFirst = CollectingReadContext.read(reader, new MemoryExportTree().with("WhatsApp Chat with Sam.txt", us));
    assertThat(monthFirst.items.get(0).createdAt()).isEqualTo(Instant.parse("2021-03-04T10:00:00Z"));
  }

  @Test
  void reads_zone_less_times_in_the_zone_given() {
    var chat = new WhatsAppChat(WhatsAppChat.Form.IOS_ISO).message(LocalDateTime.of(2021, 7, 1, 12, 0, 0), "Robin", "summer");
    var result = CollectingReadContext.read(new WhatsAppReader(null, ZoneId.of("Europe/London")),
        new MemoryExportTree().with("_chat.txt", chat.text()));
    assertThat(result.items.get(0).createdAt()).isEqualTo(Instant.parse("2021-07-01T11:00:00Z"));
  }

  @Test
  void android_attachments_system_lines_and_omitted_media() {
    var chat = new WhatsAppChat(WhatsAppChat.Form.ANDROID_DAY_FIRST)
        .systemLine(T, "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.")
        .systemLine(T, "Sam added Robin")
        .message(T, "Robin", "IMG-20210403-WA0001.jpg (file attached)\nlook at this, @Sam")
        .message(T, "Sam", "<Media omitted>")
        .message(T, "Sam", "meet at https://maps.google.com/maps?q=55.953251,-3.188267 ok?");
    var tree = new MemoryExportTree()
        .with("WhatsApp Chat with Sam/WhatsApp Chat with Sam.txt", chat.text())
        .with("WhatsApp Chat with Sam/IMG-20210403-WA0001.jpg", new byte[] {(byte) 0xff, (byte) 0xd8});
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactly("look at this, @Sam", "meet at https://maps.google.com/maps?q=55.953251,-3.188267 ok?");
    Item photo = result.items.get(0);
    assertThat(photo.media()).singleElement().satisfies(m -> assertThat(m.path()).isEqualTo("WhatsApp Chat with Sam/IMG-20210403-WA0001.jpg"));
    assertThat(photo.mentions()).containsExactly("Sam");
    assertThat(photo.createdAt()).isEqualTo(Instant.parse("2021-04-03T21:07:00Z"));
    assertThat(result.items.get(1).place()).isEqualTo(new Place(null, 55.953251, -3.188267));
  }

  @Test
  void direction_marks_are_removed_from_text_and_names() {
    String chat = "\u200e[2021-04-03, 21:07:09] \u2068Robin\u2069: \u200fمرحبا\u200e and hello \u2068@Sam\u2069\n";
    var result = CollectingReadContext.read(new WhatsAppReader("Robin", ZoneOffset.UTC), new MemoryExportTree().with("_chat.txt", chat));
    assertThat(result.items).singleElement().satisfies(item -> {
      assertThat(item.text()).isEqualTo("مرحبا and hello @Sam");
      assertThat(item.authoredBySelf()).isTrue();
    });
  }

  @Test
  void detection_needs_a_message_line_and_a_chat_without_one_is_a_problem() {
    assertThat(reader.detect(new MemoryExportTree().with("notes.txt", "just some notes\n[2021-04-03, 21:07:09] Robin: hi"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("export.txt", "[2021-04-03, 21:07:09] Robin: hi"))).isEqualTo(80);
    assertThat(reader.detect(new MemoryExportTree().with("_chat.txt", ""))).isZero();

    var empty = CollectingReadContext.read(reader, new MemoryExportTree().with("_chat.txt", ""));
    assertThat(empty.items).isEmpty();
    assertThat(empty.problemCodes()).containsExactly("ingest.whatsapp.no-messages");
    var notAChat = CollectingReadContext.read(reader, new MemoryExportTree().with("_chat.txt", "hello\nworld\n"));
    assertThat(notAChat.problemCodes()).containsExactly("ingest.whatsapp.no-messages");
  }

  @Test
  void a_line_without_end_is_cut_and_reported() {
    String chat = "[2021-04-03, 21:07:09] Robin: " + "x".repeat(1_200_000) + "\r\n[2021-04-03, 21:08:00] Sam: next\r";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("_chat.txt", chat));

    assertThat(result.problemCodes()).containsExactly("ingest.whatsapp.too-long");
    assertThat(result.items).hasSize(2);
    assertThat(result.items.get(0).text()).hasSizeLessThanOrEqualTo(1_000_000).startsWith("xxx");
    assertThat(result.items.get(1).text()).isEqualTo("next");
  }

  @Test
  void a_message_of_endless_lines_is_cut_and_reported() {
    String chat = "[2021-04-03, 21:07:09] Robin: start\n" + "more words on a line\n".repeat(60_000) + "[2021-04-03, 21:08:00] Sam: next\n";
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("_chat.txt", chat));

    assertThat(result.problemCodes()).containsExactly("ingest.whatsapp.too-long");
    assertThat(result.items.get(0).text()).startsWith("start\nmore words").hasSizeLessThan(1_000_000);
    assertThat(result.items.get(1).text()).isEqualTo("next");
  }

  @Test
  void impossible_dates_keep_the_message_without_a_time() {
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("_chat.txt", "[2021-02-30, 10:00:00] Robin: odd\n"));
    assertThat(result.items).singleElement().satisfies(item -> {
      assertThat(item.text()).isEqualTo("odd");
      assertThat(item.createdAt()).isNull();
    });
  }

  @Property(tries = 300)
  void any_generated_chat_reads_back_with_the_same_texts_and_times(
      @ForAll("texts") List<String> texts, @ForAll WhatsAppChat.Form form, @ForAll("times") List<LocalDateTime> times) {
    WhatsAppChat chat = new WhatsAppChat(form);
    for (int i = 0; i < texts.size(); i++) {
      chat.message(times.get(i), i % 2 == 0 ? "Robin" : "Sam Lee", texts.get(i));
    }
    var result = CollectingReadContext.read(new WhatsAppReader("Robin", ZoneOffset.UTC), new MemoryExportTree().with("_chat.txt", chat.text()));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactlyElementsOf(texts);
    for (int i = 0; i < texts.size(); i++) {
      LocalDateTime expected = form.hasSeconds() ? times.get(i) : times.get(i).truncatedTo(ChronoUnit.MINUTES);
      assertThat(result.items.get(i).createdAt()).isEqualTo(expected.toInstant(ZoneOffset.UTC));
      assertThat(result.items.get(i).authoredBySelf()).isEqualTo(i % 2 == 0);
    }
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> token = Arbitraries.of("word", "Ünïcødé", "😀", "👩‍⚕️", ",", "\"", "\n", " ", "*bold*", "12:00", "1/2/3", "- x", "[ok]");
    Arbitrary<String> text = token.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts))
        .filter(t -> !t.isBlank() && t.strip().equals(t))
        // a line that reads as a message header starts a new message in WhatsApp's own format too
        .filter(t -> t.lines().allMatch(line -> ChatLine.parse(line) == null));
    return text.list().ofMinSize(1).ofMaxSize(8); // a chat file without any message is a problem of its own
  }

  @Provide
  Arbitrary<List<LocalDateTime>> times() {
    Arbitrary<LocalDateTime> time = Arbitraries.longs().between(0, 20L * 365 * 24 * 3600)
        .map(s -> LocalDateTime.of(2005, 1, 1, 0, 0).plusSeconds(s));
    return time.list().ofSize(8);
  }
}
