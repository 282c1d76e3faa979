package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.footprint.ingest.bluesky.CarFile;
import org.footprint.ingest.container.ZipBuilder;
import org.footprint.ingest.linkedin.LinkedInExport;
import org.footprint.ingest.mastodon.MastodonArchive;
import org.footprint.ingest.reddit.RedditExport;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.tiktok.TikTokExport;
import org.footprint.ingest.whatsapp.WhatsAppChat;
import org.footprint.ingest.youtube.TakeoutComments;
import org.footprint.model.Item;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.FacebookLayout;

/**
 * A well-formed export of one platform, built by the project's own builders, with one characteristic entry whose
 * bytes a fuzz test replaces: {@link #check} zips the export with the fuzzed bytes as that entry, scans it with every
 * installed reader, and checks what must hold for any input.
 *
 * @param platform the platform whose reader should read the export
 * @param entries every entry of the good export, in order
 * @param fuzzed the path of the entry whose bytes are fuzzed
 * @param variants other good contents of that entry (another generation of the format), for seeds
 */
public record FuzzExport(String platform, Map<String, byte[]> entries, String fuzzed, List<byte[]> variants) {
  /** Item ids the other entries yield, by export: computed once, as each check needs them. */
  private static final Map<String, Set<String>> INTACT_IDS = new ConcurrentHashMap<>();

  /**
   * Scans the export with {@code data} as the fuzzed entry: nothing thrown (no reader failure either), every
   * problem code documented, the work folder left empty and, when the platform's reader read it, every item the
   * other entries yield is still there.
   */
  public void check(byte[] data) {
    Set<String> intact = intactIds();
    List<Item> items = new ArrayList<>();
    IngestSummary summary = scan(zip(data), items);
    FuzzSupport.assertProblemsDocumented(summary);
    if (readByPlatform(summary)) {
      assertThat(ids(items)).containsAll(intact);
    }
  }

  /** The ids of the items the export yields without its fuzzed entry (none when its reader then no longer recognises it). */
  public Set<String> intactIds() {
    return INTACT_IDS.computeIfAbsent(platform + ":" + fuzzed, key -> {
      List<Item> items = new ArrayList<>();
      scan(zip(null), items);
      return ids(items);
    });
  }

  /** Scans {@code zip} with every installed reader, adding the items to {@code items}. */
  public static IngestSummary scan(byte[] zip, List<Item> items) {
    return FuzzSupport.scanStaysContained("export.zip", zip, Ingest.installedReaders(), item -> {
      synchronized (items) {
        items.add(item);
      }
    });
  }

  public boolean readByPlatform(IngestSummary summary) {
    return summary.sources().stream().anyMatch(s -> platform.equals(s.platform()));
  }

  private static Set<String> ids(List<Item> items) {
    return items.stream().map(Item::id).collect(Collectors.toSet());
  }

  /** The export as a zip, with {@code data} as the fuzzed entry (left out when null). */
  public byte[] zip(byte[] data) {
    ZipBuilder zip = new ZipBuilder();
    entries.forEach((path, bytes) -> {
      if (!path.equals(fuzzed)) {
        zip.file(path, bytes);
      } else if (data != null) {
        zip.file(path, data);
      }
    });
    return zip.bytes();
  }

  /** The fuzzed entry's good contents: the export's own, then its variants. */
  public List<byte[]> goodContents() {
    List<byte[]> good = new ArrayList<>(List.of(entries.get(fuzzed)));
    good.addAll(variants);
    return good;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static FuzzExport of(String platform, String fuzzed, MemoryExportTree tree, String... variants) {
    return new FuzzExport(platform, new LinkedHashMap<>(tree.files()), fuzzed, List.of(variants).stream().map(FuzzExport::utf8).toList());
  }

  /** A generated X, Facebook or Instagram archive; the fuzzed entry is the first whose path matches {@code fuzzedPath}. */
  private static FuzzExport generated(String platform, String fuzzedPath, Generator generator) {
    try {
      Path folder = Files.createTempDirectory("footprint-fuzz-export");
      try {
        Path zip = folder.resolve("export.zip");
        generator.write(1, zip);
        Path other = folder.resolve("other.zip");
        generator.write(2, other);
        Map<String, byte[]> files = MemoryExportTree.unzip(zip).files();
        Map<String, byte[]> otherFiles = MemoryExportTree.unzip(other).files();
        // The other persona's export has another top folder: its entry is found the same way.
        return new FuzzExport(platform, new LinkedHashMap<>(files), first(files, fuzzedPath), List.of(otherFiles.get(first(otherFiles, fuzzedPath))));
      } finally {
        IngestTestSupport.deleteTree(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String first(Map<String, byte[]> files, String pathPattern) {
    return files.keySet().stream().filter(p -> p.matches(pathPattern)).findFirst().orElseThrow();
  }

  private interface Generator {
    void write(long seed, Path zip) throws IOException;
  }

  public static FuzzExport twitter() {
    return generated("twitter", "(.*/)?data/tweets\\.js", (seed, zip) -> ArchiveGenerator.twitter(seed, ArchiveGenerator.persona(seed), 4, zip));
  }

  public static FuzzExport facebook(FacebookLayout layout) {
    return generated("facebook", ".*/posts/your_posts[^/]*_1\\.json",
        (seed, zip) -> ArchiveGenerator.facebook(seed, ArchiveGenerator.persona(seed), 4, layout, zip));
  }

  public static FuzzExport instagram() {
    return generated("instagram", "(.*/)?content/posts_1\\.json", (seed, zip) -> ArchiveGenerator.instagram(seed, ArchiveGenerator.persona(seed), 4, zip));
  }

  private static final String LINKEDIN = "Basic_LinkedInDataExport_01-01-2025/";

  public static FuzzExport linkedin() {
    List<LinkedInExport.Share> shares = List.of(new LinkedInExport.Share("2024-05-01 09:30:00", "1", "Proud of the team, \"again\"!\n\nSecond para", "", "PUBLIC"),
        new LinkedInExport.Share("2024-05-03 09:30:00", "3", "Members only", "https://example.org/a", "MEMBER_NETWORK"));
    return of("linkedin", LINKEDIN + "Shares.csv", new MemoryExportTree()
            .with(LINKEDIN + "Shares.csv", LinkedInExport.shares(shares))
            .with(LINKEDIN + "Comments.csv", LinkedInExport.comments(List.of("Jo Example Congratulations!", "Well said")))
            .with(LINKEDIN + "Profile.csv", "First Name,Last Name,Headline\nRobin,Example,Nurse\n"),
        LinkedInExport.shares2018(shares));
  }

  public static FuzzExport mastodon() {
    MastodonArchive archive = new MastodonArchive().publicNote("first toot\n\nwith a paragraph")
        .note("followers only", List.of(MastodonArchive.FOLLOWERS), List.of()).boost("https://other.example/@sam/1");
    return of("mastodon", "outbox.json", new MemoryExportTree()
            .with("actor.json", MastodonArchive.actor("Robin", "<p>Nurse &amp; runner</p>"))
            .with("outbox.json", archive.outbox())
            .with("likes.json", "{\"type\":\"OrderedCollection\",\"orderedItems\":[\"https://other.example/@sam/2\"]}")
            .with("bookmarks.json", "{\"type\":\"OrderedCollection\",\"orderedItems\":[]}"),
        new MastodonArchive().publicNote("only one").outbox());
  }

  public static FuzzExport bluesky() {
    CarFile car = new CarFile().record("app.bsky.feed.post/3kpost1", CarFile.post("hello bluesky", "2024-01-01T00:00:00Z"))
        .record("app.bsky.feed.post/3kpost2", CarFile.post("a second post 🍸", "2024-02-01T00:00:00.123Z"))
        .record("app.bsky.feed.like/3klike", new TreeMap<>(Map.of("$type", "app.bsky.feed.like", "subject", Map.of("uri", "at://did:plc:x/app.bsky.feed.post/1"))));
    return new FuzzExport("bluesky", new LinkedHashMap<>(Map.of("repo.car", car.bytes())), "repo.car", List.of());
  }

  public static FuzzExport tiktok() {
    return of("tiktok", "user_data_tiktok.json", new MemoryExportTree()
            .with("user_data_tiktok.json", TikTokExport.newer(List.of("nice one", "so true"), List.of("my first video"))),
        TikTokExport.older(List.of("hi"), List.of("a dance"), "Nurse, runner"));
  }

  public static FuzzExport reddit() {
    return of("reddit", "comments.csv", new MemoryExportTree()
            .with("posts.csv", RedditExport.posts(List.of(new RedditExport.Post("p1", "A title", "A **markdown** body"))))
            .with("comments.csv", RedditExport.comments(List.of(new RedditExport.Comment("c1", "t3_p1", "a comment"),
                new RedditExport.Comment("c2", "t1_c1", "multi\nline, \"quoted\"")))));
  }

  private static final String YOUTUBE = "Takeout/YouTube and YouTube Music/";

  public static FuzzExport youtube() {
    List<TakeoutComments.Comment> comments = List.of(new TakeoutComments.Comment("c1", "", List.of("great video ", "https://example.org")),
        new TakeoutComments.Comment("c2", "c1", List.of("a reply\n", "on two lines")));
    return of("youtube", YOUTUBE + "comments/comments.csv", new MemoryExportTree()
            .with(YOUTUBE + "comments/comments.csv", TakeoutComments.beforeMid2024(comments))
            .with(YOUTUBE + "subscriptions/subscriptions.csv", "Channel Id,Channel Url,Channel Title\nUC1,http://www.youtube.com/channel/UC1,A channel\n"),
        TakeoutComments.afterMid2024(comments));
  }

  public static FuzzExport whatsapp() {
    LocalDateTime at = LocalDateTime.of(2021, 4, 3, 21, 7, 9);
    String ios = new WhatsAppChat(WhatsAppChat.Form.IOS_ISO).message(at, "Robin", "hello\nsecond line")
        .notice(at.plusMinutes(1), "Sam", "<attached: 00000012-PHOTO-2021-04-03-21-08-00.jpg>").message(at.plusMinutes(2), "Robin", "🍸").text();
    String android = new WhatsAppChat(WhatsAppChat.Form.ANDROID_US).systemLine(at, "Messages are end-to-end encrypted.")
        .message(at.plusMinutes(3), "Robin", "hi there").message(at.plusMinutes(4), "Sam", "<Media omitted>").text();
    return of("whatsapp", "_chat.txt", new MemoryExportTree().with("_chat.txt", ios), android);
  }
}
