package org.footprint.ingest.twitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footprint.ingest.json.JsonRecords;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.FolderExportTree;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.testkit.SharedFixtures;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.synth.Persona;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.GeneratedArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwitterReaderTest {
  private final TwitterReader reader = new TwitterReader();
  @TempDir Path dir;

  private static Item byId(CollectingReadContext got, String nativeId) {
    return got.items.stream().filter(i -> nativeId.equals(i.nativeId())).findFirst().orElseThrow();
  }

  private static String tweet(String fields) {
    return "{\"tweet\":{" + fields + "}}";
  }

  private static ExportTree data(String... namesAndTexts) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      files.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return MemoryExportTree.of(files);
  }

  // ---------------------------------------------------------------- the real archive

  @Test
  void reads_every_file_of_the_real_2026_archive() {
    ExportTree tree = SharedFixtures.tree("x-twitter/milahu-twitter-milahu104");
    assertThat(reader.detect(tree)).isEqualTo(100);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    // tweets.js 14 + community-tweet.js 3 + deleted-tweets.js 3 + like.js 6 + direct-messages.js 5 + profile 2
    // + periscope-comments-made-by-user.js 3
    assertThat(got.items).hasSize(36);
    assertThat(got.ofKind(ItemKind.COMMENT)).hasSize(3).allMatch(c -> c.authoredBySelf() && c.audience() == Audience.PUBLIC)
        .extracting(Item::text).contains("NICHT RELEVANTE SCHEISSE");
    assertThat(got.ofKind(ItemKind.REPOST)).hasSize(5).allMatch(i -> !i.authoredBySelf() && i.text().startsWith("RT @"));
    assertThat(got.ofKind(ItemKind.REPLY)).hasSize(10).allMatch(Item::authoredBySelf);
    assertThat(got.ofKind(ItemKind.QUOTE)).hasSize(1);
    assertThat(got.ofKind(ItemKind.POST)).hasSize(4);
    assertThat(got.ofKind(ItemKind.LIKE)).hasSize(6).noneMatch(Item::authoredBySelf);
    assertThat(got.ofKind(ItemKind.MESSAGE)).hasSize(5).allMatch(i -> i.audience() == Audience.DIRECT);
    assertThat(got.ofKind(ItemKind.MESSAGE).stream().filter(Item::authoredBySelf)).hasSize(3);
    assertThat(got.ofKind(ItemKind.PROFILE_FIELD)).extracting(Item::text).containsExactly(
        "shadowbanned → https://t.co/dzymudWRGp\nbuying attention for my book: Pallas. Who are my friends.\nblackout in 3... 2... 1...",
        "Munich, Germany");
  }

  @Test
  void real_reply_keeps_the_handle_unescapes_entities_and_drops_the_media_link() {
    CollectingReadContext got = CollectingReadContext.read(reader,
        SharedFixtures.tree("x-twitter/milahu-twitter-milahu104"));
    Item photoReply = byId(got, "2029903943413772741");
    assertThat(photoReply.kind()).isEqualTo(ItemKind.REPLY);
    assertThat(photoReply.replyTo()).isEqualTo("SamaHoole");
    assertThat(photoReply.mentions()).containsExactly("SamaHoole");
    assertThat(photoReply.createdAt()).isEqualTo(Instant.parse("2026-03-06T12:56:28Z"));
    assertThat(photoReply.text()).isEqualTo("@SamaHoole Doctor: Try to eat some vegetables.\n\nSama Hoole:");
    assertThat(photoReply.media()).singleElement()
        .satisfies(m -> assertThat(m.path()).isEqualTo("data/tweets_media/2029903943413772741-HCuq2zDboAAKHUC.jpg"));
    assertThat(photoReply.permalink()).isEqualTo("https://x.com/milahu104/status/2029903943413772741");
    assertThat(byId(got, "2029612798058148140").text()).startsWith("@KimDotcom > X is censored");
    assertThat(byId(got, "2001571772517253131").text()).contains("trips & tranqs");
    assertThat(byId(got, "2025200229855687074").text()).contains("https://www.change.org/").doesNotContain("t.co");
    assertThat(byId(got, "2011883284482207917").media()).singleElement()
        .satisfies(m -> assertThat(m.path()).endsWith("2011883284482207917-G-ulHZgW0AE_yfP.mp4"));
  }

  @Test
  void reads_the_2019_archive_files_of_the_dogsheep_fixture_without_items_or_problems() {
    ExportTree tree = SharedFixtures.tree("x-twitter/dogsheep-twitter-to-sqlite/tests/zip_contents");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).isEmpty();
    assertThat(got.problems).isEmpty();
  }

  // ---------------------------------------------------------------- generated archives

  @Test
  void reads_a_generated_archive_back_whole() throws Exception {
    Persona persona = ArchiveGenerator.persona(11);
    GeneratedArchive archive = ArchiveGenerator.twitter(11, persona, 30, dir.resolve("x.zip"));
    ExportTree tree = MemoryExportTree.unzip(archive.path());
    assertThat(reader.detect(tree)).isEqualTo(100);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    List<Item> own = got.items.stream().filter(i -> i.authoredBySelf() && List.of(ItemKind.POST, ItemKind.REPLY, ItemKind.QUOTE).contains(i.kind())).toList();
    assertThat(own).extracting(Item::text).containsExactlyElementsOf(archive.postTexts());
    assertThat(own.get(0).media()).singleElement().satisfies(m -> {
      assertThat(m.location().latitude()).isCloseTo(archive.photoLatitude(), within(1e-5));
      assertThat(m.location().longitude()).isCloseTo(archive.photoLongitude(), within(1e-5));
      assertThat(m.camera()).isEqualTo("Apple iPhone 12");
    });
    assertThat(own.get(0).place()).isEqualTo(own.get(0).media().get(0).location());
    assertThat(own.get(1).kind()).isEqualTo(ItemKind.REPLY);
    assertThat(own.get(1).replyTo()).isNotBlank();
    assertThat(own.get(2).kind()).isEqualTo(ItemKind.QUOTE);
    assertThat(got.ofKind(ItemKind.REPOST)).singleElement().satisfies(rt -> assertThat(rt.authoredBySelf()).isFalse());
    assertThat(got.ofKind(ItemKind.LIKE)).hasSize(1);
    assertThat(got.ofKind(ItemKind.MESSAGE)).extracting(Item::authoredBySelf).containsExactly(true, false);
    assertThat(got.ofKind(ItemKind.PROFILE_FIELD)).extracting(Item::text).contains(persona.homeTown());
  }

  @Test
  void an_empty_generated_archive_has_only_the_others_words_and_the_profile() throws Exception {
    GeneratedArchive archive = ArchiveGenerator.twitter(5, ArchiveGenerator.persona(5), 0, dir.resolve("x"));
    CollectingReadContext got = CollectingReadContext.read(reader, new FolderExportTree(archive.path()));
    assertThat(got.problems).isEmpty();
    assertThat(got.items).extracting(Item::kind).containsExactlyInAnyOrder(ItemKind.REPOST, ItemKind.LIKE,
        ItemKind.MESSAGE, ItemKind.MESSAGE, ItemKind.PROFILE_FIELD, ItemKind.PROFILE_FIELD);
  }

  @Test
  void a_truncated_tweets_file_keeps_the_tweets_before_the_cut_and_the_other_files() throws Exception {
    GeneratedArchive archive = ArchiveGenerator.twitter(6, ArchiveGenerator.persona(6), 40, dir.resolve("x"));
    Path tweets = archive.path().resolve("data/tweets.js");
    byte[] bytes = Files.readAllBytes(tweets);
    Files.write(tweets, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    CollectingReadContext got = CollectingReadContext.read(reader, new FolderExportTree(archive.path()));
    assertThat(got.problemCodes()).containsExactly(JsonRecords.TRUNCATED);
    assertThat(got.problems.get(0).entry()).isEqualTo("data/tweets.js");
    long own = got.items.stream().filter(i -> i.kind() == ItemKind.POST || i.kind() == ItemKind.REPLY || i.kind() == ItemKind.QUOTE).count();
    assertThat(own).isBetween(5L, 39L);
    assertThat(got.ofKind(ItemKind.LIKE)).hasSize(1);
    assertThat(got.ofKind(ItemKind.MESSAGE)).hasSize(2);
  }

  @Test
  void a_long_post_takes_its_full_text_from_the_note() throws Exception {
    String full = "x".repeat(20) + " " + "a long thought ".repeat(30).strip();
    ExportTree tree = data(
        "data/tweets.js", "window.YTD.tweets.part0 = [" + tweet("\"id_str\":\"7\",\"created_at\":\"Wed Mar 04 12:00:00 +0000 2026\","
            + "\"full_text\":\"" + full.substring(0, 270) + "…\"") + "]",
        "data/note-tweet.js", "window.YTD.note_tweet.part0 = [{\"noteTweet\":{\"noteTweetId\":\"99\",\"createdAt\":\"2026-03-04T12:00:00.000Z\","
            + "\"core\":{\"urls\":[],\"text\":\"" + full + "\"}}},{\"noteTweet\":{\"noteTweetId\":\"98\","
            + "\"createdAt\":\"2026-01-01T00:00:00.000Z\",\"core\":{\"text\":\"a note with no tweet &amp; more\"}}}]");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(byId(got, "7").text()).isEqualTo(full);
    assertThat(byId(got, "7").createdAt()).isEqualTo(Instant.parse("2026-03-04T12:00:00Z"));
    assertThat(byId(got, "note:98").text()).isEqualTo("a note with no tweet & more");
  }

  @Test
  void reads_legacy_bare_tweet_js_and_numbered_parts() {
    ExportTree tree = data(
        "twitter-2019/data/tweet.js", "window.YTD.tweet.part0 = [{\"id_str\":\"1\",\"full_text\":\"bare &lt;3\",\"created_at\":\"Mon Jan 07 10:00:00 +0000 2019\"}]",
        "twitter-2019/data/tweets-part1.js", "window.YTD.tweets.part1 = [" + tweet("\"id_str\":\"2\",\"full_text\":\"part one\"") + "]");
    assertThat(reader.detect(tree)).isEqualTo(90);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).extracting(Item::text).containsExactlyInAnyOrder("bare <3", "part one");
    assertThat(byId(got, "1").createdAt()).isEqualTo(Instant.parse("2019-01-07T10:00:00Z"));
  }

  @Test
  void reads_a_grailbird_archive_of_2015() {
    ExportTree tree = data(
        "tweets/data/js/tweets/2015_01.js", "Grailbird.data.tweets_2015_01 = \n [ {\n \"id_str\" : \"55\", \"text\" : \"@sam fish &amp; chips\","
            + " \"created_at\" : \"2015-01-24 02:02:37 +0000\", \"in_reply_to_status_id_str\" : \"54\", \"in_reply_to_screen_name\" : \"sam\","
            + " \"entities\" : {\"user_mentions\" : [ {\"screen_name\" : \"sam\"} ]} },"
            + " {\"id_str\" : \"56\", \"text\" : \"RT @kim: hello\", \"retweeted_status\" : {\"id_str\" : \"1\"},"
            + " \"created_at\" : \"2015-01-25 10:00:00 +0000\"} ]",
        "tweets/tweets.csv", "tweet_id,text\n55,ignored\n");
    assertThat(reader.detect(tree)).isEqualTo(80);
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    Item reply = byId(got, "55");
    assertThat(reply.kind()).isEqualTo(ItemKind.REPLY);
    assertThat(reply.text()).isEqualTo("@sam fish & chips");
    assertThat(reply.createdAt()).isEqualTo(Instant.parse("2015-01-24T02:02:37Z"));
    assertThat(byId(got, "56").kind()).isEqualTo(ItemKind.REPOST);
  }

  @Test
  void group_messages_are_direct_and_authored_by_the_sender_id() {
    ExportTree tree = data(
        "data/account.js", "window.YTD.account.part0 = [{\"account\":{\"accountId\":\"10\",\"username\":\"me\"}}]",
        "data/direct-messages-group.js", "window.YTD.direct_messages_group.part0 = [{\"dmConversation\":{\"conversationId\":\"g1\","
            + "\"messages\":[{\"joinConversation\":{\"initiatingUserId\":\"11\"}},"
            + "{\"messageCreate\":{\"id\":\"1\",\"senderId\":\"10\",\"text\":\"mine\",\"createdAt\":\"2024-01-01T10:00:00.000Z\"}},"
            + "{\"messageCreate\":{\"id\":\"2\",\"senderId\":\"11\",\"text\":\"theirs\",\"createdAt\":\"2024-01-01T10:01:00.000Z\"}}]}}]",
        "data/twitter-circle-tweet.js", "window.YTD.twitter_circle_tweet.part0 = [" + tweet("\"id_str\":\"3\",\"full_text\":\"circle only\"") + "]");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.problems).isEmpty();
    assertThat(got.ofKind(ItemKind.MESSAGE)).extracting(Item::text, Item::authoredBySelf, Item::audience)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("mine", true, Audience.DIRECT),
            org.assertj.core.groups.Tuple.tuple("theirs", false, Audience.DIRECT));
    assertThat(byId(got, "3").audience()).isEqualTo(Audience.FOLLOWERS);
  }

  @Test
  void tweets_made_while_protected_reach_followers_only() {
    ExportTree tree = data(
        "data/protected-history.js", "window.YTD.protected_history.part0 = ["
            + "{\"protectedHistory\":{\"protectedAt\":\"2025-01-01T00:00:00.000Z\",\"action\":\"Protect\"}},"
            + "{\"protectedHistory\":{\"protectedAt\":\"2025-06-01T00:00:00.000Z\",\"action\":\"Unprotect\"}}]",
        "data/tweets.js", "window.YTD.tweets.part0 = ["
            + tweet("\"id_str\":\"1\",\"full_text\":\"before\",\"created_at\":\"Wed Dec 04 12:00:00 +0000 2024\"") + ","
            + tweet("\"id_str\":\"2\",\"full_text\":\"during\",\"created_at\":\"Tue Mar 04 12:00:00 +0000 2025\"") + ","
            + tweet("\"id_str\":\"3\",\"full_text\":\"after\",\"created_at\":\"Sat Jul 05 12:00:00 +0000 2025\"") + "]");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).extracting(Item::audience).containsExactly(Audience.PUBLIC, Audience.FOLLOWERS, Audience.PUBLIC);
  }

  @Test
  void tweets_without_text_are_skipped_and_counted_once() {
    ExportTree tree = data("data/tweets.js", "window.YTD.tweets.part0 = ["
        + tweet("\"id_str\":\"1\"") + "," + tweet("\"id_str\":\"2\"") + "," + tweet("\"id_str\":\"3\",\"full_text\":\"kept\"") + "]");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).extracting(Item::text).containsExactly("kept");
    assertThat(got.problemCodes()).containsExactly(JsonRecords.MISSING_FIELD);
    assertThat(got.problems.get(0).message()).isEqualTo("2 tweets have no id_str or full_text and were skipped");
  }

  @Test
  void files_without_the_prefix_or_of_the_wrong_shape_are_problems_and_the_rest_is_read() {
    ExportTree tree = data(
        "data/tweets.js", "this is not javascript at all, just words without an equals sign for a long while",
        "data/like.js", "window.YTD.like.part0 = {\"like\":{}}",
        "data/direct-messages.js", "",
        "data/deleted-tweets.js", "window.YTD.deleted_tweets.part0 = [" + tweet("\"id_str\":\"9\",\"full_text\":\"still here\"") + "]");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).extracting(Item::text).containsExactly("still here");
    assertThat(got.problemCodes()).containsExactlyInAnyOrder(YtdFile.NO_PREFIX, JsonRecords.WRONG_SHAPE, JsonRecords.TRUNCATED);
  }

  @Test
  void the_manifest_names_files_the_archive_lacks() {
    ExportTree tree = data("data/manifest.js", "window.__THAR_CONFIG = {\"userInfo\":{\"accountId\":\"5\",\"userName\":\"me\"},"
        + "\"dataTypes\":{\"tweets\":{\"files\":[{\"fileName\":\"data/tweets.js\"},{\"fileName\":\"data/tweets-part1.js\"}]}}}",
        "data/tweets.js", "window.YTD.tweets.part0 = [" + tweet("\"id_str\":\"1\",\"full_text\":\"one\"") + "]");
    CollectingReadContext got = CollectingReadContext.read(reader, tree);
    assertThat(got.items).singleElement().satisfies(i -> assertThat(i.permalink()).isEqualTo("https://x.com/me/status/1"));
    assertThat(got.problemCodes()).containsExactly(ArchiveRead.MISSING_FILE);
    assertThat(got.problems.get(0).message()).contains("data/tweets-part1.js");
  }

  @Test
  void detects_nothing_in_an_unrelated_tree() {
    assertThat(reader.detect(data("notes/readme.txt", "hello"))).isZero();
    assertThat(reader.detect(data("data/other.js", "var x = 1;"))).isZero();
  }
}
