package org.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.footprint.store.StoreFixtures.AT;
import static org.footprint.store.StoreFixtures.finding;
import static org.footprint.store.StoreFixtures.tweet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundRecordingTest {
  @TempDir Path temp;

  @Test
  void saves_every_finding_that_several_threads_hand_in_at_once() throws Exception {
    try (ScanStore store = ScanStore.open(StoreSettings.h2File(temp.resolve("store")))) {
      long scanId;
      try (ScanRecording recording = store.record(AT, List.of("/exports/twitter.zip"), "sssc", "test")) {
        BackgroundRecording saving = new BackgroundRecording(recording);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> added = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
          Item item = tweet(String.valueOf(i), "idiot number " + i);
          added.add(threads.submit(() -> saving.add(item, List.of(finding(item).finding(),
              finding(item, "profanity.mild-swearing", Severity.LOW).finding()))));
        }
        for (Future<?> done : added) {
          done.get();
        }
        threads.shutdown();
        saving.finish();
        scanId = recording.commit(3_000);
      }

      assertThat(store.findings(scanId)).hasSize(6_000);
      assertThat(store.history()).singleElement().satisfies(scan -> assertThat(scan.id()).isEqualTo(scanId));
    }
  }

  @Test
  void what_stops_the_recording_reaches_the_scan_and_never_blocks_the_analysis_threads() throws Exception {
    try (ScanStore store = ScanStore.open(StoreSettings.h2File(temp.resolve("store")))) {
      try (ScanRecording recording = store.record(AT, List.of("/exports/twitter.zip"), "sssc", "test")) {
        BackgroundRecording saving = new BackgroundRecording(recording);
        store.close(); // the connection goes away under the recording

        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<?> adding = thread.submit(() -> {
          for (int i = 0; i < 5_000; i++) {
            Item item = tweet(String.valueOf(i), "idiot number " + i);
            saving.add(item, List.of(finding(item).finding()));
          }
        });
        adding.get(30, TimeUnit.SECONDS);
        thread.shutdown();

        assertThatThrownBy(saving::finish).isInstanceOf(StoreException.class).hasMessageContaining("cannot save the scan");
      } catch (StoreException closing) {
        // Rolling back on a closed connection fails too: what matters is what finish() said.
      }
    }
  }
}
