package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.footprint.model.Item;
import org.footprint.synth.archive.FacebookLayout;
import org.junit.jupiter.api.Test;

/**
 * Any bytes as each platform's characteristic entry inside an otherwise good export of that platform (see
 * {@link FuzzExport}): the scan never throws, no reader fails, every problem code is documented, nothing is left
 * in the work folder, and the other entries still yield their items. Runs its seeds (in
 * {@code ReaderFuzzTestInputs/}, written by {@link FuzzSeeds}) as unit tests; see docs/FUZZING.md for long runs.
 */
class ReaderFuzzTest {
  private static final FuzzExport TWITTER = FuzzExport.twitter();
  private static final FacebookLayout[] LAYOUTS = FacebookLayout.values();
  private static final FuzzExport[] FACEBOOK = java.util.Arrays.stream(LAYOUTS).map(FuzzExport::facebook).toArray(FuzzExport[]::new);
  private static final FuzzExport INSTAGRAM = FuzzExport.instagram();
  private static final FuzzExport LINKEDIN = FuzzExport.linkedin();
  private static final FuzzExport MASTODON = FuzzExport.mastodon();
  private static final FuzzExport BLUESKY = FuzzExport.bluesky();
  private static final FuzzExport TIKTOK = FuzzExport.tiktok();
  private static final FuzzExport REDDIT = FuzzExport.reddit();
  private static final FuzzExport YOUTUBE = FuzzExport.youtube();
  private static final FuzzExport WHATSAPP = FuzzExport.whatsapp();

  /** The harness tests something: each good export is read by its own reader, cleanly, into items. */
  @Test
  void every_good_export_is_read_by_its_platform_reader() {
    List<FuzzExport> exports = Stream.concat(Stream.of(FACEBOOK),
        Stream.of(TWITTER, INSTAGRAM, LINKEDIN, MASTODON, BLUESKY, TIKTOK, REDDIT, YOUTUBE, WHATSAPP)).toList();
    for (FuzzExport export : exports) {
      List<Item> items = new ArrayList<>();
      IngestSummary summary = FuzzExport.scan(export.zip(export.entries().get(export.fuzzed())), items);
      assertThat(export.readByPlatform(summary)).as(export.fuzzed()).isTrue();
      assertThat(summary.problems()).as(export.fuzzed()).isEmpty();
      assertThat(items).as(export.fuzzed()).isNotEmpty();
    }
    // Where other entries yield items, the fuzz tests check that they still do.
    Stream.concat(Stream.of(FACEBOOK), Stream.of(TWITTER, INSTAGRAM, LINKEDIN, REDDIT))
        .forEach(export -> assertThat(export.intactIds()).as(export.fuzzed()).isNotEmpty());
  }

  @FuzzTest(maxDuration = "2m")
  void any_x_tweets_js(byte[] data) {
    TWITTER.check(data);
  }

  /** The layout (Y2022, ACTIVITY_ACROSS_FACEBOOK, FACEBOOK_ACTIVITY) is taken from the input's last byte. */
  @FuzzTest(maxDuration = "2m")
  void any_facebook_posts_json_in_each_layout(FuzzedDataProvider data) {
    FACEBOOK[data.consumeInt(0, LAYOUTS.length - 1)].check(data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "2m")
  void any_instagram_posts_json(byte[] data) {
    INSTAGRAM.check(data);
  }

  @FuzzTest(maxDuration = "2m")
  void any_linkedin_shares_csv(byte[] data) {
    LINKEDIN.check(data);
  }

  @FuzzTest(maxDuration = "2m")
  void any_mastodon_outbox_json(byte[] data) {
    MASTODON.check(data);
  }

  @FuzzTest(maxDuration = "2m")
  void any_bluesky_car(byte[] data) {
    BLUESKY.check(data);
  }

  @FuzzTest(maxDuration = "2m")
  void any_tiktok_user_data_json(byte[] data) {
    TIKTOK.check(data);
  }

  @FuzzTest(maxDuration = "2m")
  void any_reddit_comments_csv(byte[] data) {
    REDDIT.check(data);
  }

  @FuzzTest(maxDuration = "2m")
  void any_youtube_comments_csv(byte[] data) {
    YOUTUBE.check(data);
  }

  @FuzzTest(maxDuration = "2m")
  void any_whatsapp_chat_txt(byte[] data) {
    WHATSAPP.check(data);
  }
}
