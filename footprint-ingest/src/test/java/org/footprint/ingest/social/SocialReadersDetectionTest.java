package org.footprint.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.testkit.MemoryExportTree;
import org.footprint.ingest.testkit.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seven social readers are registered, and on each export the right one scores highest. */
class SocialReadersDetectionTest {
  private static final List<String> PLATFORMS = List.of("linkedin", "mastodon", "bluesky", "tiktok", "reddit", "youtube", "whatsapp");

  private static List<ExportReader> readers() {
    return StreamSupport.stream(ServiceLoader.load(ExportReader.class).spliterator(), false)
        .filter(r -> PLATFORMS.contains(r.platform())).toList();
  }

  private static String winner(ExportTree tree) {
    ExportReader best = readers().stream().max(Comparator.comparingInt(r -> r.detect(tree))).orElseThrow();
    return best.detect(tree) > 0 ? best.platform() : "none";
  }

  @Test
  void service_loader_finds_every_reader() {
    assertThat(readers()).extracting(ExportReader::platform).containsExactlyInAnyOrderElementsOf(PLATFORMS);
  }

  @ParameterizedTest
  @CsvSource({
      "linkedin/sanand0-linkedin, linkedin",
      "mastodon/eramdam-mastodon-archive-viewer, mastodon",
      "mastodon/hikurry-mastodon-archive, mastodon",
      "bluesky/indigo/testing/testdata, bluesky",
      "tiktok/porter7678-tiktok-shuffler, tiktok",
      "google-takeout/google_takeout_parser, youtube",
      "whatsapp/timelinize, whatsapp",
      "x-twitter, none",
      "facebook, none",
      "instagram, none"})
  void each_fixture_is_claimed_by_its_own_reader(String folder, String platform) {
    assertThat(winner(SharedFixtures.tree(folder))).isEqualTo(platform);
  }

  @Test
  void files_called_comments_csv_go_to_the_platform_their_header_names() {
    assertThat(winner(new MemoryExportTree().with("comments.csv", "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n")))
        .isEqualTo("reddit");
    assertThat(winner(new MemoryExportTree().with("comments.csv",
        "Channel ID,Comment Create Timestamp,Price,Comment ID,Parent Comment ID,Video ID,Comment Text\n"))).isEqualTo("youtube");
    assertThat(winner(new MemoryExportTree().with("Comments.csv", "Date,Link,Message\n"))).isEqualTo("linkedin");
    assertThat(winner(new MemoryExportTree().with("notes.txt", "nothing to see"))).isEqualTo("none");
  }
}
