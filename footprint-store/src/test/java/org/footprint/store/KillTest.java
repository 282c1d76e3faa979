package org.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footprint.store.StoreFixtures.finding;
import static org.footprint.store.StoreFixtures.tweet;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.footprint.review.ReviewDecision;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 in the middle of a scan or of a batch of decisions: a child JVM writes to an H2 file and is killed
 * ({@link Process#destroyForcibly}, SIGKILL) once it says it is writing; the store then opens with every committed
 * decision, no trace of the half-written scan or batch, and takes new writes.
 */
class KillTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"scan", "decisions"})
  void a_killed_process_loses_no_committed_decision_and_leaves_no_half_written_scan(String killedDuring) throws Exception {
    Path file = temp.resolve("store");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), KilledWriter.class.getName(), file.toString(), killedDuring).redirectErrorStream(true).start();
    List<String> said = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && !line.equals(KilledWriter.WRITING); line = out.readLine()) {
        said.add(line);
      }
      // Well into the transaction: batches of it are in the file, uncommitted.
      Thread.sleep(300);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(said).as("the child's output").contains("committed");
    // 128 + SIGKILL: killed in the middle, not finished.
    assertThat(child.exitValue()).isEqualTo(137);

    StoreSettings settings = StoreSettings.h2File(file);
    try (ScanStore store = ScanStore.open(settings)) {
      assertThat(store.history()).singleElement().satisfies(scan -> assertThat(scan.findings()).isEqualTo(KilledWriter.FINDINGS));
      assertThat(store.decisionCount()).isEqualTo(KilledWriter.DECIDED);
      assertThat(store.reviews().stateOf(tweet("0", "idiot number 0"), finding(tweet("0", "idiot number 0")).finding()).note()).isEqualTo("committed");
      try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
          Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT (SELECT COUNT(*) FROM scans), (SELECT COUNT(DISTINCT item_id) FROM findings)")) {
        rows.next();
        assertThat(rows.getLong(1)).as("scans").isEqualTo(1);
        assertThat(rows.getLong(2)).as("items").isEqualTo(KilledWriter.FINDINGS);
      }
      // And it takes new writes.
      StoreFixtures.scan(store, List.of(finding(tweet("new", "idiot after the crash"))));
      store.decide(List.of(new DecisionRequest(new FindingKey("twitter:new", StoreFixtures.RULE), ReviewDecision.EDITED, null, "test")), StoreFixtures.AT);
      assertThat(store.history()).hasSize(2);
      assertThat(store.decisionCount()).isEqualTo(KilledWriter.DECIDED + 1);
    }
  }
}
