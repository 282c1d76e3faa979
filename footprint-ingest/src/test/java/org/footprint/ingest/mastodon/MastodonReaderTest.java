package org.footprint.ingest.mastodon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.junit.jupiter.api.Test;

class MastodonReaderTest {
  private final MastodonReader reader = new MastodonReader();

  private static List<Item> ofKind(CollectingReadContext result, ItemKind kind) {
    return result.items.stream().filter(i -> i.kind() == kind).toList();
  }

  @Test
  void reads_the_test_account_that_labels_every_visibility() {
    var tree = SharedFixtures.tree("mastodon/eramdam-mastodon-archive-viewer");
    assertThat(reader.detect(tree)).isEqualTo(95);
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(ofKind(result, ItemKind.PROFILE_FIELD)).extracting(Item::text)
        .containsExactly("Zapdos", "This is a test account", "Field 1: value 2", "Field 2: value 2", "Field 3: value 3");
    List<Item> notes = result.items.stream().filter(i -> i.kind() == ItemKind.POST || i.kind() == ItemKind.REPLY).toList();
    assertThat(notes).hasSize(9);
    assertThat(notes).extracting(Item::text).containsExactly(
        "This is a testing account", "This is a reply to a post!", "This is a post with images!",
        "This is a post with a video!", "This is an audio file", "CW: sensitive content inside!!\n\nImage and content warning",
        "Unlisted post", "Followers-only post", "@zapdos private post");
    assertThat(notes).extracting(Item::audience).containsExactly(
        Audience.PUBLIC, Audience.PUBLIC, Audience.PUBLIC, Audience.PUBLIC, Audience.PUBLIC, Audience.PUBLIC,
        Audience.PUBLIC, Audience.FOLLOWERS, Audience.DIRECT);
    assertThat(notes.get(0).kind()).isEqualTo(ItemKind.POST);
    assertThat(notes.get(1).kind()).isEqualTo(ItemKind.REPLY);
    assertThat(notes.get(1).replyTo()).isEqualTo("https://social.erambert.me/users/zapdos/statuses/113060490461528306");
    assertThat(notes.get(0).id()).isEqualTo("mastodon:https://social.erambert.me/users/zapdos/statuses/113060490461528306");
    assertThat(notes.get(0).createdAt()).isEqualTo(Instant.parse("2024-09-01T04:49:35Z"));
    assertThat(notes.get(0).permalink()).isEqualTo("https://social.erambert.me/@zapdos/113060490461528306");
    assertThat(notes.get(2).media()).hasSize(4).allSatisfy(m -> assertThat(m.path()).isNull());
    assertThat(notes.get(8).mentions()).containsExactly("zapdos");
    assertThat(result.items).allSatisfy(i -> assertThat(i.authoredBySelf()).isTrue());
  }

  @Test
  void reads_the_trimmed_real_archive_with_boosts_polls_and_likes() {
    var tree = SharedFixtures.tree("mastodon/hikurry-mastodon-archive");
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    assertThat(ofKind(result, ItemKind.POST)).hasSize(8);
    assertThat(ofKind(result, ItemKind.REPLY)).hasSize(4);
    assertThat(ofKind(result, ItemKind.PROFILE_FIELD)).hasSize(4);
    assertThat(ofKind(result, ItemKind.LIKE)).hasSize(5).allSatisfy(like -> {
      assertThat(like.authoredBySelf()).isFalse();
      assertThat(like.text()).isEmpty();
      assertThat(like.permalink()).startsWith("https://");
    });
    List<Item> boosts = ofKind(result, ItemKind.REPOST);
    assertThat(boosts).hasSize(2);
    assertThat(boosts.get(0).authoredBySelf()).isFalse();
    assertThat(boosts.get(0).permalink()).isEqualTo("https://acg.mn/users/yourshot/statuses/106034097481162162");
    assertThat(boosts.get(0).audience()).isEqualTo(Audience.PUBLIC);

    Item poll = result.items.stream().filter(i -> i.text().startsWith("土狗和松鼠谁当1")).findFirst().orElseThrow();
    assertThat(poll.text()).isEqualTo("土狗和松鼠谁当1\n土狗当1\n松鼠当1");
    Item first = ofKind(result, ItemKind.POST).get(0);
    assertThat(first.audience()).isEqualTo(Audience.FOLLOWERS);
    Item withBreak = result.items.stream().filter(i -> i.text().contains("谁能懂")).findFirst().orElseThrow();
    assertThat(withBreak.text()).isEqualTo("老师画的哥太帅了......这张......谁能懂\n我兽性大发，我不做人啦");
    Item bio = ofKind(result, ItemKind.PROFILE_FIELD).get(1);
    assertThat(bio.text()).isEqualTo("cat：https://o3o.ca/@purplerain/tagged/喵呜\nblog: https://joysblog.vercel.app");
    Item twoParagraphs = result.items.stream().filter(i -> i.text().startsWith("CW: #我流五伏")).findFirst().orElseThrow();
    assertThat(twoParagraphs.text()).contains("发展。在我看来五伏之间状态的打破都得靠惠来实现。\n\n非常不喜欢");
  }

  @Test
  void reads_mentions_hashtags_and_attachments_present_in_the_archive() {
    String activity = """
        {"id":"https://social.example/users/robin/statuses/9/activity","type":"Create","published":"2023-01-02T03:04:05Z",
         "to":["https://social.example/users/sam"],"cc":[],
         "object":{"id":"https://social.example/users/robin/statuses/9","type":"Note","summary":"","inReplyTo":null,
           "published":"2023-01-02T03:04:05Z","to":["https://social.example/users/sam"],"cc":[],
           "content":"<p><span class=\\"h-card\\"><a href=\\"https://social.example/@sam\\" class=\\"u-url mention\\">@<span>sam</span></a></span> see <a href=\\"https://social.example/tags/shift\\" class=\\"mention hashtag\\">#<span>shift</span></a> &amp; <a href=\\"https://x.example/a\\"><span class=\\"invisible\\">https://</span><span>x.example/a</span></a></p>",
           "tag":[{"type":"Mention","name":"@sam@other.example","href":"https://other.example/users/sam"},{"type":"Hashtag","name":"#shift"},{"type":"Emoji","name":":blob:"}],
           "attachment":[{"type":"Document","mediaType":"image/jpeg","url":"/media_attachments/files/111/original/abc.jpg"},
                         {"type":"Document","mediaType":"image/jpeg","url":"/media_attachments/files/222/original/missing.jpg"}]}}
        """;
    var tree = new MastodonArchive().raw(activity).tree()
        .with("media_attachments/files/111/original/abc.jpg", new byte[] {1, 2, 3});
    var result = CollectingReadContext.read(reader, tree);

    Item note = ofKind(result, ItemKind.POST).get(0);
    assertThat(note.text()).isEqualTo("@sam see #shift & https://x.example/a");
    assertThat(note.audience()).isEqualTo(Audience.DIRECT);
    assertThat(note.mentions()).containsExactly("sam@other.example");
    assertThat(note.tags()).containsExactly("#shift");
    assertThat(note.media()).extracting(m -> m.path()).containsExactly("media_attachments/files/111/original/abc.jpg", null);
  }

  @Test
  void detects_only_an_ordered_collection_outbox() {
    assertThat(reader.detect(new MastodonArchive().publicNote("hi").tree())).isEqualTo(95);
    assertThat(reader.detect(new MemoryExportTree().with("outbox.json", new MastodonArchive().outbox()))).isEqualTo(70);
    assertThat(reader.detect(new MemoryExportTree().with("outbox.json", "{\"type\":\"Collection\"}"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("outbox.json", "not json"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("posts.json", new MastodonArchive().outbox()))).isZero();
  }

  @Test
  void a_truncated_outbox_keeps_the_items_before_the_cut() {
    String outbox = new MastodonArchive().publicNote("one").publicNote("two").publicNote("three").outbox();
    String cut = outbox.substring(0, outbox.lastIndexOf("three") - 40);
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("outbox.json", cut));

    assertThat(result.texts()).containsExactly("one", "two");
    assertThat(result.problemCodes()).containsExactly("ingest.json.truncated");
  }

  @Test
  void wrong_shapes_and_broken_files_are_problems_and_the_rest_is_read() {
    var tree = new MemoryExportTree()
        .with("actor.json", "[1,2]")
        .with("outbox.json", "{\"type\":\"OrderedCollection\",\"orderedItems\":[42,{\"type\":\"Create\",\"object\":{\"type\":\"Note\",\"id\":\"n1\",\"content\":\"<p>kept</p>\",\"to\":[\"as:Public\"]}}]}")
        .with("likes.json", "{\"type\":\"OrderedCollection\",\"orderedItems\":[");
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.texts()).containsExactly("kept");
    assertThat(result.items.get(0).audience()).isEqualTo(Audience.PUBLIC);
    assertThat(result.problemCodes()).containsExactly("ingest.json.wrong-shape", "ingest.json.wrong-shape", "ingest.json.truncated");
  }

  @Test
  void an_outbox_without_ordered_items_or_not_json_is_a_problem() {
    var missing = CollectingReadContext.read(reader, new MemoryExportTree().with("outbox.json", "{\"type\":\"OrderedCollection\"}"));
    assertThat(missing.problemCodes()).containsExactly("ingest.json.wrong-shape");
    var garbage = CollectingReadContext.read(reader, new MemoryExportTree().with("outbox.json", "{\"type\": nope}"));
    assertThat(garbage.problemCodes()).containsExactly("ingest.json.malformed");
    var empty = CollectingReadContext.read(reader, new MemoryExportTree().with("outbox.json", ""));
    assertThat(empty.problemCodes()).containsExactly("ingest.json.wrong-shape");
    assertThat(empty.items).isEmpty();
  }

  @Test
  void a_note_missing_its_fields_reads_as_empty_unknown_and_undated() {
    var tree = new MastodonArchive()
        .raw("{\"type\":\"Create\",\"object\":{\"type\":\"Note\",\"id\":\"bare\"}}")
        .raw("{\"type\":\"Create\",\"object\":{\"type\":\"Note\",\"id\":\"map\",\"contentMap\":{\"de\":\"<p>Hallo</p>\"},\"to\":[\"as:Public\"]}}")
        .raw("{\"type\":\"Like\",\"object\":\"https://x\"}")
        .tree();
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problems).isEmpty();
    List<Item> notes = ofKind(result, ItemKind.POST);
    assertThat(notes).extracting(Item::text).containsExactly("", "Hallo");
    assertThat(notes.get(0).audience()).isEqualTo(Audience.UNKNOWN);
    assertThat(notes.get(0).createdAt()).isNull();
    assertThat(notes.get(1).audience()).isEqualTo(Audience.PUBLIC);
  }

  @Test
  void an_oversized_actor_file_is_not_read_whole() {
    var tree = new MastodonArchive().publicNote("still read").tree()
        .with("actor.json", "{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}");
    var result = CollectingReadContext.read(reader, tree);

    assertThat(result.problemCodes()).containsExactly("ingest.json.too-large");
    assertThat(result.texts()).containsExactly("still read");
  }

  @Test
  void boosts_are_reposts_of_someone_else() {
    var result = CollectingReadContext.read(reader, new MastodonArchive().boost("https://other.example/users/x/statuses/1").tree());
    Item boost = ofKind(result, ItemKind.REPOST).get(0);
    assertThat(boost.authoredBySelf()).isFalse();
    assertThat(boost.text()).isEmpty();
    assertThat(boost.permalink()).isEqualTo("https://other.example/users/x/statuses/1");
  }

  @Property(tries = 200)
  void any_generated_outbox_reads_back_with_the_same_texts(@ForAll("texts") List<String> texts) {
    MastodonArchive archive = new MastodonArchive();
    texts.forEach(archive::publicNote);
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("outbox.json", archive.outbox()));

    assertThat(result.problems).isEmpty();
    assertThat(result.texts()).containsExactlyElementsOf(texts);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> word = Arbitraries.of("shift", "Ünïcødé", "😀", "a&b", "<not a tag>", "\"quoted\"", "@jo", "#tag", "x,y", "👩‍⚕️");
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "\n\n");
    Arbitrary<String> text = net.jqwik.api.Combinators.combine(word.list().ofMinSize(1).ofMaxSize(8), separator.list().ofSize(8))
        .as((words, seps) -> {
          StringBuilder out = new StringBuilder(words.get(0));
          for (int i = 1; i < words.size(); i++) {
            out.append(seps.get(i)).append(words.get(i));
          }
          return out.toString();
        });
    return text.list().ofMaxSize(6);
  }
}
