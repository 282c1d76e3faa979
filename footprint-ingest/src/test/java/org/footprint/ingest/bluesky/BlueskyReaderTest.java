package org.footprint.ingest.bluesky;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.footprint.ingest.bluesky.CarFile.map;
import static org.footprint.ingest.bluesky.CarFile.post;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.testkit.SharedFixtures;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.Test;

class BlueskyReaderTest {
  private static final String FIXTURES = "bluesky/indigo/testing/testdata";
  private final BlueskyReader reader = new BlueskyReader();

  private static long count(CollectingReadContext result, ItemKind kind) {
    return result.items.stream().filter(i -> i.kind() == kind).count();
  }

  private static CollectingReadContext readFixture(BlueskyReader reader, String file) {
    var tree = SharedFixtures.file(FIXTURES, file, file);
    assertThat(reader.detect(tree)).isEqualTo(95);
    return CollectingReadContext.read(reader, tree);
  }

  // Counts below were checked once by decoding the CARs with an independent script.

  @Test
  void reads_the_real_staging_repository() {
    var result = readFixture(reader, "paul_staging.repo.car");

    assertThat(result.problems).isEmpty();
    assertThat(count(result, ItemKind.POST) + count(result, ItemKind.REPLY) + count(result, ItemKind.QUOTE)).isEqualTo(101);
    assertThat(count(result, ItemKind.REPLY)).isEqualTo(19);
    assertThat(count(result, ItemKind.QUOTE)).isEqualTo(6);
    assertThat(count(result, ItemKind.LIKE)).isEqualTo(60);
    assertThat(count(result, ItemKind.REPOST)).isEqualTo(15);
    assertThat(result.items.stream().filter(i -> i.kind() == ItemKind.PROFILE_FIELD).map(Item::text))
        .containsExactly("Paul", "Bluesky guy!!!");
    assertThat(result.items.stream().filter(i -> !i.media().isEmpty()).mapToInt(i -> i.media().size()).sum()).isEqualTo(70);
    assertThat(result.items).extracting(Item::id).doesNotHaveDuplicates();

    Item first = result.items.stream().filter(i -> i.text().equals("Big quote poastin")).findFirst().orElseThrow();
    assertThat(first.nativeId()).isEqualTo("at://did:plc:cmpvykrzb2l22kj4ojlv3ox4/app.bsky.feed.post/3jsavf5f6ss2k");
    assertThat(first.permalink()).isEqualTo("https://bsky.app/profile/did:plc:cmpvykrzb2l22kj4ojlv3ox4/post/3jsavf5f6ss2k");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2023-03-31T19:01:29.264Z"));
    assertThat(first.audience()).isEqualTo(Audience.PUBLIC);
    Item mention = result.items.stream().filter(i -> i.text().startsWith("Quick composer test")).findFirst().orElseThrow();
    assertThat(mention.mentions()).containsExactly("dholms.dev");
    assertThat(result.items.stream().filter(i -> i.kind() == ItemKind.LIKE))
        .allSatisfy(like -> assertThat(like.authoredBySelf()).isFalse());
  }

  @Test
  void reads_the_generated_fakermaker_repository() {
    var result = readFixture(reader, "fakermaker.repo.car");

    assertThat(result.problems).isEmpty();
    assertThat(count(result, ItemKind.POST) + count(result, ItemKind.REPLY)).isEqualTo(26);
    assertThat(count(result, ItemKind.REPLY)).isEqualTo(23);
    assertThat(count(result, ItemKind.LIKE)).isEqualTo(22);
    assertThat(count(result, ItemKind.REPOST)).isEqualTo(15);
    assertThat(count(result, ItemKind.PROFILE_FIELD)).isEqualTo(2);
    Item first = result.items.stream().filter(i -> i.text().startsWith("As wash i.e. in Swiss")).findFirst().orElseThrow();
    assertThat(first.nativeId()).isEqualTo("at://did:plc:dpg45vsnuir2vqqqadsn6afg/app.bsky.feed.post/3juazqs3shc2y");
    assertThat(first.kind()).isEqualTo(ItemKind.REPLY);
    assertThat(first.replyTo()).isEqualTo("at://did:plc:ae7livkarijil3qhbjswqkgm/app.bsky.feed.post/3juazqi537y2y");
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2023-04-26T07:09:58Z"));
    Item mention = result.items.stream().filter(i -> i.text().startsWith("@russel9324-4.test")).findFirst().orElseThrow();
    assertThat(mention.mentions()).containsExactly("russel9324-4.test");
  }

  @Test
  void reads_a_repository_slice_and_a_repository_without_posts() {
    var slice = readFixture(reader, "repo_slice.car");
    assertThat(slice.problems).isEmpty();
    assertThat(slice.items).singleElement().satisfies(item -> {
      assertThat(item.nativeId()).isEqualTo("at://did:plc:6evlgoug7wwijzxhzt2riyic/app.bsky.feed.post/3jquh3emtzo2o");
      assertThat(item.mentions()).containsExactly("ledner9213-c6.test");
      assertThat(item.media()).hasSize(1);
      assertThat(item.createdAt()).isEqualTo(Instant.parse("2023-03-14T02:48:20Z"));
    });

    var follows = readFixture(reader, "greenground.repo.car");
    assertThat(follows.problems).isEmpty();
    assertThat(follows.items).isEmpty();
  }

  @Test
  void reads_replies_quotes_facets_images_reposts_likes_and_the_profile() {
    String text = "🎉 hi @sam.example.com #shift";
    int mentionStart = "🎉 hi ".getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    Map<String, Object> reply = post(text, "2024-02-03T04:05:06.789Z");
    reply.put("facets", List.of(
        map("index", map("byteStart", mentionStart, "byteEnd", mentionStart + 16),
            "features", List.of(map("$type", "app.bsky.richtext.facet#mention", "did", "did:plc:sam"))),
        map("index", map("byteStart", mentionStart + 17, "byteEnd", mentionStart + 23),
            "features", List.of(map("$type", "app.bsky.richtext.facet#tag", "tag", "shift")))));
    reply.put("reply", map("root", map("uri", "at://did:plc:x/app.bsky.feed.post/1", "cid", "b"),
        "parent", map("uri", "at://did:plc:x/app.bsky.feed.post/2", "cid", "b")));
    reply.put("embed", map("$type", "app.bsky.embed.images",
        "images", List.of(map("alt", "", "image", map("$type", "blob", "ref", CarFile.cid(new byte[] {1}), "mimeType", "image/jpeg")))));
    Map<String, Object> quote = post("look at this", "2024-02-04T00:00:00Z");
    quote.put("embed", map("$type", "app.bsky.embed.record", "record", map("uri", "at://did:plc:y/app.bsky.feed.post/9", "cid", "b")));
    byte[] car = new CarFile()
        .record("app.bsky.feed.post/3kreply", reply)
        .record("app.bsky.feed.post/3kquote", quote)
        .record("app.bsky.feed.repost/3krepost", map("$type", "app.bsky.feed.repost", "createdAt", "2024-02-05T00:00:00Z",
            "subject", map("uri", "at://did:plc:z/app.bsky.feed.post/5", "cid", "b")))
        .record("app.bsky.feed.like/3klike", map("$type", "app.bsky.feed.like", "createdAt", "2024-02-06T00:00:00Z",
            "subject", map("uri", "at://did:plc:z/app.bsky.feed.post/6", "cid", "b")))
        .record("app.bsky.actor.profile/self", map("$type", "app.bsky.actor.profile", "displayName", "Robin", "description", "Nurse, views my own"))
        .record("app.bsky.graph.follow/3kfollow", map("$type", "app.bsky.graph.follow", "subject", "did:plc:q", "createdAt", "2024-01-01T00:00:00Z"))
        .bytes();
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", car));

    assertThat(result.problems).isEmpty();
    assertThat(result.items).extracting(Item::kind).containsExactly(
        ItemKind.REPLY, ItemKind.QUOTE, ItemKind.REPOST, ItemKind.LIKE, ItemKind.PROFILE_FIELD, ItemKind.PROFILE_FIELD);
    Item first = result.items.get(0);
    assertThat(first.text()).isEqualTo(text);
    assertThat(first.nativeId()).isEqualTo("at://" + CarFile.DID + "/app.bsky.feed.post/3kreply");
    assertThat(first.replyTo()).isEqualTo("at://did:plc:x/app.bsky.feed.post/2");
    assertThat(first.mentions()).containsExactly("sam.example.com");
    assertThat(first.tags()).containsExactly("#shift");
    assertThat(first.media()).hasSize(1);
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2024-02-03T04:05:06.789Z"));
    assertThat(result.items.get(2).permalink()).isEqualTo("at://did:plc:z/app.bsky.feed.post/5");
    assertThat(result.items.get(2).authoredBySelf()).isFalse();
    assertThat(result.items.get(4).text()).isEqualTo("Robin");
    assertThat(result.items.get(5).text()).isEqualTo("Nurse, views my own");
  }

  @Test
  void a_post_missing_its_fields_reads_as_empty_and_undated() {
    byte[] car = new CarFile().record("app.bsky.feed.post/bare", map("$type", "app.bsky.feed.post"))
        .record("app.bsky.feed.post/odd", map("$type", "app.bsky.feed.post", "text", 42, "createdAt", "yesterday",
            "facets", List.of(map("index", map("byteStart", 5, "byteEnd", 99), "features", List.of(map("$type", "app.bsky.richtext.facet#mention", "did", "did:plc:m"))))))
        .bytes();
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", car));

    assertThat(result.problems).isEmpty();
    assertThat(result.items).hasSize(2).allSatisfy(item -> {
      assertThat(item.createdAt()).isNull();
      assertThat(item.kind()).isEqualTo(ItemKind.POST);
    });
    assertThat(result.texts()).containsExactly("", "42");
    assertThat(result.items.get(1).mentions()).containsExactly("did:plc:m");
  }

  @Test
  void a_record_no_tree_node_names_keeps_its_cid_as_id() {
    CarFile file = new CarFile();
    CarFile.Cid cid = file.unkeyed(post("orphan", "2024-01-01T00:00:00Z"));
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", file.bytes()));

    assertThat(result.items).singleElement().satisfies(item -> {
      assertThat(item.nativeId()).isEqualTo(CarBlocks.cidText(cid.bytes())).startsWith("bafyrei");
      assertThat(item.permalink()).isNull();
    });
  }

  @Test
  void a_truncated_file_keeps_the_blocks_before_the_cut() {
    byte[] car = new CarFile().record("app.bsky.feed.post/a", post("first", "2024-01-01T00:00:00Z"))
        .record("app.bsky.feed.post/b", post("second", "2024-01-02T00:00:00Z")).bytes();
    byte[] cut = Arrays.copyOf(car, indexOf(car, "second") + 3);
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", cut));

    assertThat(result.texts()).containsExactly("first");
    assertThat(result.problemCodes()).containsExactly("ingest.car.truncated");
  }

  @Test
  void an_undecodable_block_is_skipped_and_reported_once() {
    byte[] car = new CarFile().record("app.bsky.feed.post/a", post("before", "2024-01-01T00:00:00Z"))
        .rawBlock(new byte[] {(byte) 0xa2, 0x61})
        .rawBlock(new byte[] {(byte) 0xff, (byte) 0xff})
        .record("app.bsky.feed.post/b", post("after", "2024-01-02T00:00:00Z")).bytes();
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", car));

    assertThat(result.texts()).containsExactly("before", "after");
    assertThat(result.problemCodes()).containsExactly("ingest.car.bad-block");
    assertThat(result.problems.get(0).message()).startsWith("2 block(s)");
  }

  /** Found by review while fuzzing: a ten-byte varint with the sign bit set was taken as a negative digest length. */
  @Test
  void a_cid_with_a_negative_digest_length_is_a_corrupt_block() {
    byte[] car = new CarFile().record("app.bsky.feed.post/a", post("kept", "2024-01-01T00:00:00Z")).bytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(car);
    byte[] section = {0x01, 0x71, 0x12, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};
    CarFile.varint(out, section.length);
    out.writeBytes(section);
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", out.toByteArray()));

    assertThat(result.texts()).containsExactly("kept");
    assertThat(result.problemCodes()).containsExactly("ingest.car.corrupt");
  }

  @Test
  void a_file_named_car_that_is_not_one_is_a_problem() {
    var tree = new MemoryExportTree().with("repo.car", "this is not a CAR file at all");
    assertThat(reader.detect(tree)).isEqualTo(50);
    var result = CollectingReadContext.read(reader, tree);
    assertThat(result.items).isEmpty();
    assertThat(result.problemCodes()).containsExactly("ingest.car.corrupt");

    var empty = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", new byte[0]));
    assertThat(empty.problemCodes()).containsExactly("ingest.car.corrupt");
  }

  @Test
  void a_car_version_2_is_unsupported() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] pragma = CarFile.cbor(map("version", 2));
    CarFile.varint(out, pragma.length);
    out.writeBytes(pragma);
    out.writeBytes(new byte[40]);
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", out.toByteArray()));
    assertThat(result.problemCodes()).containsExactly("ingest.car.unsupported");
  }

  @Test
  void detects_a_car_by_its_header_bytes_whatever_its_name() {
    byte[] car = new CarFile().record("app.bsky.feed.post/a", post("x", "2024-01-01T00:00:00Z")).bytes();
    assertThat(reader.detect(new MemoryExportTree().with("download", car))).isEqualTo(95);
    assertThat(reader.detect(new MemoryExportTree().with("notes.txt", "hello"))).isZero();
    assertThat(reader.detect(new MemoryExportTree().with("a.json", "{}").with("download", car))).isZero();
  }

  @Property(tries = 100)
  void any_generated_repository_reads_back_with_the_same_texts(@ForAll("texts") List<String> texts) {
    CarFile file = new CarFile();
    for (int i = 0; i < texts.size(); i++) {
      file.record(String.format("app.bsky.feed.post/3k%05d", i), post(texts.get(i), "2024-01-01T00:00:00Z"));
    }
    var result = CollectingReadContext.read(reader, new MemoryExportTree().with("repo.car", file.bytes()));

    assertThat(result.problems).isEmpty();
    // identical records are one block under several keys, so only the multiset of texts is fixed
    assertThat(result.texts()).containsExactlyInAnyOrderElementsOf(texts);
    assertThat(result.items).extracting(Item::id).doesNotHaveDuplicates();
  }

  @Property(tries = 500)
  void damaged_repositories_never_make_the_reader_throw(
      @ForAll("positions") List<Integer> positions, @ForAll @IntRange(min = 1, max = 100) int keepPercent) {
    byte[] car = new CarFile()
        .record("app.bsky.feed.post/a", post("first", "2024-01-01T00:00:00Z"))
        .record("app.bsky.feed.like/b", map("$type", "app.bsky.feed.like", "subject", map("uri", "at://x")))
        .record("app.bsky.actor.profile/self", map("$type", "app.bsky.actor.profile", "description", "bio")).bytes();
    for (int i = 0; i + 1 < positions.size(); i += 2) {
      car[Math.floorMod(positions.get(i), car.length)] = (byte) (int) positions.get(i + 1);
    }
    var tree = new MemoryExportTree().with("repo.car", Arrays.copyOf(car, Math.max(1, car.length * keepPercent / 100)));
    CollectingReadContext result = new CollectingReadContext(tree);

    assertThatCode(() -> reader.read(tree, result)).doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> token = Arbitraries.of("word", "Ünïcødé", "😀", "👩‍⚕️", ",", "\"", "\n", " ", "@jo.bsky.social", "#tag");
    return token.list().ofMinSize(1).ofMaxSize(10).map(parts -> String.join("", parts)).list().ofMaxSize(8);
  }

  private static int indexOf(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i <= haystack.length - n.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError(needle);
  }
}
