package org.footprint.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterProperty;
import org.footprint.ingest.facebook.FacebookReader;
import org.footprint.ingest.instagram.InstagramReader;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.FolderExportTree;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.twitter.TwitterReader;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.FacebookLayout;
import org.footprint.synth.archive.GeneratedArchive;

/** Whatever the seed and size, a generated archive reads back as the posts it was written with. */
class GeneratedArchivePropertiesTest {
  private static final Set<ItemKind> POST_KINDS = EnumSet.of(ItemKind.POST, ItemKind.REPLY, ItemKind.QUOTE, ItemKind.CHECK_IN);
  private final Path dir = temp();

  @AfterProperty
  void clean() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 12)
  void any_x_archive_of_n_posts_reads_back_as_n_authored_posts(@ForAll @LongRange(max = 1_000_000) long seed,
      @ForAll @IntRange(max = 60) int n) throws IOException {
    GeneratedArchive archive = ArchiveGenerator.twitter(seed, ArchiveGenerator.persona(seed), n, dir.resolve("x-" + seed + "-" + n));
    assertReadsBack(new TwitterReader(), archive, n);
  }

  @Property(tries = 12)
  // one folder per layout: tries may repeat a seed and a size with another layout, and must not share a folder
  void any_facebook_export_of_n_posts_reads_back_as_n_authored_posts(@ForAll @LongRange(max = 1_000_000) long seed,
      @ForAll @IntRange(max = 60) int n, @ForAll FacebookLayout layout) throws IOException {
    GeneratedArchive archive = ArchiveGenerator.facebook(seed, ArchiveGenerator.persona(seed), n, layout, dir.resolve("fb-" + seed + "-" + n + "-" + layout));
    assertReadsBack(new FacebookReader(), archive, n);
  }

  @Property(tries = 12)
  void any_instagram_export_of_n_posts_reads_back_as_n_authored_posts(@ForAll @LongRange(max = 1_000_000) long seed,
      @ForAll @IntRange(max = 60) int n) throws IOException {
    GeneratedArchive archive = ArchiveGenerator.instagram(seed, ArchiveGenerator.persona(seed), n, dir.resolve("ig-" + seed + "-" + n));
    assertReadsBack(new InstagramReader(), archive, n);
  }

  /** Next year's export holds last year's items under the same ids, wherever the new posts fell and the folders moved. */
  @Property(tries = 12)
  void a_later_meta_export_with_posts_added_anywhere_keeps_every_earlier_id(@ForAll @LongRange(max = 1_000_000) long seed,
      @ForAll @IntRange(max = 40) int n, @ForAll @IntRange(max = 30) int added, @ForAll boolean instagram,
      @ForAll FacebookLayout earlier, @ForAll FacebookLayout later) throws IOException {
    String name = seed + "-" + n + "-" + added + "-" + instagram + "-" + earlier + "-" + later;
    ExportReader reader = instagram ? new InstagramReader() : new FacebookReader();
    GeneratedArchive first = instagram
        ? ArchiveGenerator.instagram(seed, ArchiveGenerator.persona(seed), n, dir.resolve("a-" + name))
        : ArchiveGenerator.facebook(seed, ArchiveGenerator.persona(seed), n, earlier, dir.resolve("a-" + name));
    GeneratedArchive second = instagram
        ? ArchiveGenerator.instagramReexport(seed, ArchiveGenerator.persona(seed), n, ~seed, added, dir.resolve("b-" + name))
        : ArchiveGenerator.facebookReexport(seed, ArchiveGenerator.persona(seed), n, ~seed, added, later, dir.resolve("b-" + name));

    Map<String, String> before = textsById(CollectingReadContext.read(reader, new FolderExportTree(first.path())).items);
    Map<String, String> after = textsById(CollectingReadContext.read(reader, new FolderExportTree(second.path())).items);

    assertThat(after).hasSize(before.size() + added).containsAllEntriesOf(before);
  }

  private static Map<String, String> textsById(List<Item> items) {
    Map<String, String> texts = new LinkedHashMap<>();
    items.forEach(item -> assertThat(texts.put(item.id(), item.text())).as("id given twice: " + item.id()).isNull());
    return texts;
  }

  /** Corrupting the bytes of one entry never changes the items read from the other entries. */
  @Property(tries = 30)
  void corrupting_one_entry_leaves_the_other_entries_items_intact(@ForAll @LongRange(max = 1_000_000) long seed,
      @ForAll @IntRange(max = 2) int platform, @ForAll @IntRange(max = 10_000) int where, @ForAll byte value,
      @ForAll boolean cut) throws IOException {
    Path out = dir.resolve("c-" + seed + "-" + platform);
    ExportReader reader;
    if (platform == 0) {
      ArchiveGenerator.twitter(seed, ArchiveGenerator.persona(seed), 8, out);
      reader = new TwitterReader();
    } else if (platform == 1) {
      ArchiveGenerator.facebook(seed, ArchiveGenerator.persona(seed), 8, FacebookLayout.Y2022, out);
      reader = new FacebookReader();
    } else {
      ArchiveGenerator.instagram(seed, ArchiveGenerator.persona(seed), 8, out);
      reader = new InstagramReader();
    }
    Map<String, byte[]> files = readAll(out);
    List<String> json = files.keySet().stream().filter(p -> p.endsWith(".js") || p.endsWith(".json")).sorted().toList();
    String victim = json.get(where % json.size());
    Map<String, byte[]> broken = new LinkedHashMap<>(files);
    byte[] bytes = files.get(victim).clone();
    int at = where % Math.max(1, bytes.length);
    broken.put(victim, cut ? java.util.Arrays.copyOf(bytes, at) : set(bytes, at, value));
    CollectingReadContext before = CollectingReadContext.read(reader, MemoryExportTree.of(files));
    CollectingReadContext after = CollectingReadContext.read(reader, MemoryExportTree.of(broken));
    // Items that come from other entries: on Meta those not read from it, and on X only the victim's own kinds change.
    // Files that shape every item (who "me" is, the privacy history, long-post notes) may change fields, never lose items.
    if (shapesOthers(victim)) {
      assertThat(ids(outside(after, victim, platform))).isEqualTo(ids(outside(before, victim, platform)));
    } else {
      assertThat(outside(after, victim, platform)).isEqualTo(outside(before, victim, platform));
    }
  }

  private static boolean shapesOthers(String path) {
    return Stream.of("manifest.js", "account.js", "protected-history.js", "note-tweet.js", "profile_information.json",
        "personal_information.json", "account_privacy_changes.json").anyMatch(path::endsWith);
  }

  private static List<String> ids(List<Item> items) {
    return items.stream().map(Item::id).toList();
  }

  private static List<Item> outside(CollectingReadContext read, String victim, int platform) {
    if (platform != 0) {
      List<Item> fromVictim = read.readFrom(victim);
      return read.items.stream().filter(i -> !fromVictim.contains(i) && !i.nativeId().startsWith("profile:")).toList();
    }
    String file = victim.substring(victim.lastIndexOf('/') + 1);
    return read.items.stream().filter(i -> !fromXFile(i, file)).toList();
  }

  /** Whether an X item came from the file; the manifest, account, history and notes only shape others. */
  private static boolean fromXFile(Item item, String file) {
    return switch (file) {
      case "manifest.js", "account.js", "protected-history.js", "note-tweet.js" -> false;
      case "like.js" -> item.kind() == ItemKind.LIKE;
      case "direct-messages.js" -> item.kind() == ItemKind.MESSAGE;
      case "profile.js" -> item.kind() == ItemKind.PROFILE_FIELD;
      default -> item.nativeId().matches("\\d+");
    };
  }

  private static byte[] set(byte[] bytes, int at, byte value) {
    if (bytes.length > 0) {
      bytes[at] = value;
    }
    return bytes;
  }

  private static void assertReadsBack(ExportReader reader, GeneratedArchive archive, int n) {
    CollectingReadContext got = CollectingReadContext.read(reader, new FolderExportTree(archive.path()));
    assertThat(got.problems).isEmpty();
    List<String> texts = got.items.stream().filter(i -> i.authoredBySelf() && POST_KINDS.contains(i.kind())).map(Item::text).toList();
    assertThat(texts).hasSize(n).containsExactlyElementsOf(archive.postTexts());
  }

  private static Map<String, byte[]> readAll(Path root) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static Path temp() {
    try {
      return Files.createTempDirectory("footprint-archives");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
