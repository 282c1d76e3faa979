package org.footprint.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.footprint.ingest.Ingest;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestTestSupport;
import org.footprint.ingest.IngestTestSupport.Scan;
import org.footprint.ingest.Problem;
import org.footprint.ingest.SourceStats;
import org.footprint.model.Item;
import org.footprint.synth.Persona;
import org.footprint.synth.archive.ArchiveGenerator;
import org.footprint.synth.archive.FacebookLayout;
import org.footprint.synth.archive.GeneratedArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Last year's and this year's exports of one account, given together or unpacked side by side in one folder. */
class YearlyExportsTest {
  private static final Persona ME = ArchiveGenerator.persona(41);
  @TempDir Path temp;
  private Path work;

  @BeforeEach
  void work() throws IOException {
    work = Files.createDirectory(temp.resolve("work"));
  }

  private Scan scan(Path... inputs) {
    return IngestTestSupport.scan(IngestLimits.defaults(), work, Ingest.installedReaders(), inputs);
  }

  private static long noted(SourceStats source) {
    return source.problems().stream().filter(p -> p.code().equals(Ingest.DUPLICATE_ITEMS))
        .mapToLong(p -> Long.parseLong(p.message().replaceAll("^([0-9,]+) .*", "$1").replace(",", ""))).sum();
  }

  @Test
  void last_years_and_this_years_facebook_exports_given_together_judge_each_item_once() throws IOException {
    Path lastYear = ArchiveGenerator.facebook(41, ME, 30, FacebookLayout.ACTIVITY_ACROSS_FACEBOOK, temp.resolve("2023.zip")).path();
    Path thisYear = ArchiveGenerator.facebookReexport(41, ME, 30, 8, 12, FacebookLayout.FACEBOOK_ACTIVITY, temp.resolve("2024.zip")).path();
    long earlier = scan(lastYear).items().size();

    Scan both = scan(lastYear, thisYear);

    assertThat(both.items()).hasSize((int) earlier + 12).extracting(Item::id).doesNotHaveDuplicates();
    assertThat(both.codes()).isNotEmpty().containsOnly(Ingest.DUPLICATE_ITEMS);
    // Read in parallel, the shared items are skipped from whichever export came second, or partly from each.
    assertThat(both.summary().sources().stream().mapToLong(YearlyExportsTest::noted).sum()).isEqualTo(earlier);
  }

  @Test
  void two_instagram_exports_given_together_judge_each_item_once() throws IOException {
    Path lastYear = ArchiveGenerator.instagram(41, ME, 20, temp.resolve("ig-2023.zip")).path();
    Path thisYear = ArchiveGenerator.instagramReexport(41, ME, 20, 9, 7, temp.resolve("ig-2024.zip")).path();
    long earlier = scan(lastYear).items().size();

    Scan both = scan(lastYear, thisYear);

    assertThat(both.items()).hasSize((int) earlier + 7);
    assertThat(both.summary().sources().stream().mapToLong(YearlyExportsTest::noted).sum()).isEqualTo(earlier);
  }

  @Test
  void two_facebook_exports_unpacked_side_by_side_are_two_sources() throws IOException {
    Path downloads = Files.createDirectory(temp.resolve("downloads"));
    GeneratedArchive lastYear = ArchiveGenerator.facebook(41, ME, 25, FacebookLayout.Y2022, downloads.resolve("facebook-2023"));
    GeneratedArchive thisYear = ArchiveGenerator.facebookReexport(41, ME, 25, 3, 10, FacebookLayout.FACEBOOK_ACTIVITY,
        downloads.resolve("facebook-2024"));
    long earlier = scan(lastYear.path()).items().size();

    Scan scan = scan(downloads);

    assertThat(scan.summary().sources()).extracting(SourceStats::path, SourceStats::platform)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(lastYear.path().toString(), "facebook"),
            org.assertj.core.groups.Tuple.tuple(thisYear.path().toString(), "facebook"));
    assertThat(scan.items()).hasSize((int) earlier + 10);
    assertThat(scan.summary().sources()).allSatisfy(source -> assertThat(source.items() + noted(source))
        .isEqualTo(source.path().endsWith("2023") ? earlier : earlier + 10));
    assertThat(scan.summary().problems()).extracting(Problem::file).isNotEmpty().isSubsetOf(lastYear.path().toString(), thisYear.path().toString());
  }

  @Test
  void two_x_archives_unpacked_side_by_side_are_two_sources() throws IOException {
    Path downloads = Files.createDirectory(temp.resolve("x-archives"));
    GeneratedArchive mine = ArchiveGenerator.twitter(41, ME, 15, downloads.resolve("twitter-2024-me"));
    GeneratedArchive work = ArchiveGenerator.twitter(42, ArchiveGenerator.persona(42), 9, downloads.resolve("twitter-2024-work"));

    Scan scan = scan(downloads);

    assertThat(scan.summary().sources()).extracting(SourceStats::path, SourceStats::platform, SourceStats::items)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(mine.path().toString(), "twitter", (long) scan(mine.path()).items().size()),
            org.assertj.core.groups.Tuple.tuple(work.path().toString(), "twitter", (long) scan(work.path()).items().size()));
  }

  @ParameterizedTest
  @EnumSource(FacebookLayout.class)
  void one_export_unpacked_into_the_top_of_a_folder_stays_one_source(FacebookLayout layout) throws IOException {
    GeneratedArchive archive = ArchiveGenerator.facebook(41, ME, 12, layout, temp.resolve("fb"));
    Path unpacked = archive.path().resolve("facebook-" + ME.handle()); // posts/, comments_and_reactions/, … at its top

    Scan scan = scan(unpacked);

    assertThat(scan.summary().sources()).singleElement().satisfies(source -> {
      assertThat(source.path()).isEqualTo(unpacked.toString());
      assertThat(source.platform()).isEqualTo("facebook");
      assertThat(source.items()).isEqualTo(scan(archive.path()).items().size());
    });
  }
}
