package org.footprint.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.footprint.ingest.bluesky.BlueskyReader;
import org.footprint.ingest.bluesky.CarFile;
import org.footprint.ingest.linkedin.LinkedInReader;
import org.footprint.ingest.mastodon.MastodonReader;
import org.footprint.ingest.reddit.RedditReader;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.testkit.CollectingReadContext;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.tiktok.TikTokReader;
import org.footprint.ingest.whatsapp.WhatsAppReader;
import org.footprint.ingest.youtube.YouTubeReader;

/** Byte-level damage to one file never makes a reader throw, and a second, intact file is still read in full. */
class CorruptedExportsTest {
  /** A reader, the path its file goes under, a valid file, and the text of an intact second file. */
  record Case(ExportReader reader, String path, byte[] valid, String intactPath, byte[] intact, String intactText) {}

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<Case> cases() {
    String outbox = "{\"type\":\"OrderedCollection\",\"orderedItems\":[{\"type\":\"Create\",\"object\":{\"type\":\"Note\",\"id\":\"n\","
        + "\"content\":\"<p>one</p><p>two</p>\",\"to\":[\"as:Public\"],\"tag\":[{\"type\":\"Mention\",\"name\":\"@a\"}],"
        + "\"attachment\":[{\"url\":\"/media_attachments/x.png\"}]}},{\"type\":\"Announce\",\"object\":\"https://x\"}]}";
    String likes = "{\"type\":\"OrderedCollection\",\"orderedItems\":[\"https://example.org/1\"]}";
    String tiktok = "{\"Comment\":{\"Comments\":{\"CommentsList\":[{\"date\":\"2024-01-01 00:00:00\",\"comment\":\"hi\"}]}},"
        + "\"Video\":{\"Videos\":{\"VideoList\":[{\"Date\":\"2024-01-01 00:00:00\",\"Link\":\"https://t/video/1/\",\"Desc\":\"d\"}]}}}";
    String chat = "[2021-04-03, 21:07:09] Robin: hello\r\nsecond line\r\n\u200e[03/04/2021, 21:08:00] Sam: \u200e<attached: a.jpg>\r\n";
    String shares = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2024-01-01 00:00:00,urn:li:share:1,\"a\"\"\n\"\"b\",,,PUBLIC\n";
    String reddit = "id,permalink,date,ip,subreddit,gildings,title,url,body\np1,https://r/p1,2023-01-15 12:34:56 UTC,,s,0,title,,body\n";
    String youtube = "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n"
        + "c1,UC,2023-01-01T00:00:00+00:00,0,,v,\"{\"\"takeoutSegments\"\":[{\"\"text\"\":\"\"t\"\"}]}\"\n";
    return List.of(
        new Case(new MastodonReader(), "outbox.json", utf8(outbox), "likes.json", utf8(likes), ""),
        new Case(new TikTokReader(), "user_data.json", utf8(tiktok), "user_data_2.json", utf8(tiktok), "hi"),
        new Case(new WhatsAppReader(), "_chat.txt", utf8(chat), "b/_chat.txt", utf8(chat), "hello\nsecond line"),
        new Case(new LinkedInReader(), "Shares.csv", utf8(shares), "b/Shares.csv", utf8(shares), "a\nb"),
        new Case(new RedditReader(), "posts.csv", utf8(reddit), "b/posts.csv", utf8(reddit), "title\n\nbody"),
        new Case(new YouTubeReader(), "comments.csv", utf8(youtube), "b/comments.csv", utf8(youtube), "t"),
        new Case(new BlueskyReader(), "repo.car", blueskyRepository(), "b/repo.car", blueskyRepository(), "hello bluesky"));
  }

  private static byte[] blueskyRepository() {
    return new CarFile().record("app.bsky.feed.post/3kpost", CarFile.post("hello bluesky", "2024-01-01T00:00:00Z"))
        .record("app.bsky.feed.like/3klike", Map.of("$type", "app.bsky.feed.like", "subject", Map.of("uri", "at://x"))).bytes();
  }

  /** A damaged copy: bytes overwritten, a cut, or both. */
  record Damage(int caseIndex, List<Integer> positions, List<Integer> values, int cutPercent) {
    byte[] apply(byte[] bytes) {
      byte[] out = bytes.clone();
      for (int i = 0; i < positions.size(); i++) {
        out[Math.floorMod(positions.get(i), out.length)] = (byte) (int) values.get(i);
      }
      return java.util.Arrays.copyOf(out, out.length * cutPercent / 100);
    }
  }

  @Provide
  Arbitrary<Damage> damage() {
    return Combinators.combine(Arbitraries.integers().between(0, cases().size() - 1),
            Arbitraries.integers().list().ofMaxSize(6), Arbitraries.integers().between(0, 255).list().ofSize(6),
            Arbitraries.integers().between(0, 100))
        .as(Damage::new);
  }

  @Property(tries = 1500)
  void damage_to_one_file_never_throws_and_leaves_the_other_file_intact(@ForAll("damage") Damage damage) {
    Case c = cases().get(damage.caseIndex());
    var tree = new MemoryExportTree().with(c.path(), damage.apply(c.valid())).with(c.intactPath(), c.intact());

    assertThatCode(() -> c.reader().detect(tree)).doesNotThrowAnyException();
    CollectingReadContext result = new CollectingReadContext(tree);
    assertThatCode(() -> c.reader().read(tree, result)).doesNotThrowAnyException();

    var intactOnly = CollectingReadContext.read(c.reader(), new MemoryExportTree().with(c.intactPath(), c.intact()));
    assertThat(intactOnly.texts()).contains(c.intactText());
    assertThat(result.texts()).contains(c.intactText());
  }
}
