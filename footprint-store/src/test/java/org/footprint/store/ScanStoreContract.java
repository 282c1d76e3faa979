package org.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.footprint.store.StoreFixtures.AT;
import static org.footprint.store.StoreFixtures.RULE;
import static org.footprint.store.StoreFixtures.finding;
import static org.footprint.store.StoreFixtures.scan;
import static org.footprint.store.StoreFixtures.tweet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.report.ItemFinding;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;
import org.junit.jupiter.api.Test;

/** One set of store tests, run against every database the store supports: each subclass gives a fresh, empty database. */
abstract class ScanStoreContract {
  /** A new, empty database. */
  abstract StoreSettings freshDatabase() throws Exception;

  private static DecisionRequest decision(ItemFinding found, ReviewDecision decision) {
    return new DecisionRequest(FindingKey.of(found.finding()), decision, null, "test");
  }

  /**
   * V1 and V2 held each item's text; V3 drops it; V4 folds the items into their findings. Data written at any of them
   * survives the migration to the latest.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"1", "2", "3"})
  void flyway_migrates_an_empty_database_and_the_previous_schema_versions(String previous) throws Exception {
    StoreSettings settings = freshDatabase();
    ScanStore.migrate(settings, previous);
    try (Connection v1 = DriverManager.getConnection(settings.url(), settings.user(), settings.password()); Statement sql = v1.createStatement()) {
      sql.executeUpdate("INSERT INTO scans (started_at, finished_at, inputs, pack_id, tool_version, items_scanned, flagged_items, finding_count, state)"
          + " VALUES (TIMESTAMP WITH TIME ZONE '2025-05-01 10:00:00+00', TIMESTAMP WITH TIME ZONE '2025-05-01 10:01:00+00', 'old.zip', 'nmc', '0.0.9', 40, 1, 1, 'complete')");
      boolean withText = !previous.equals("3");
      sql.executeUpdate("INSERT INTO items (scan_id, item_id, platform, native_id, kind, created_at, content_hash" + (withText ? ", item_text" : "") + ")"
          + " VALUES (1, 'twitter:7', 'twitter', '7', 'post', TIMESTAMP WITH TIME ZONE '2025-04-30 09:00:00+00', '" + ContentHash.of(tweet("7", "idiot manager"))
          + "'" + (withText ? ", 'idiot manager'" : "") + ")");
      sql.executeUpdate("INSERT INTO findings (scan_id, item_id, rule_id, category, severity, involvement, confidence, message, evidence)"
          + " VALUES (1, 'twitter:7', '" + RULE + "', 'hostility', 'high', 'authored', 0.7, 'insult', '[]')");
    }
    try (ScanStore store = ScanStore.open(settings)) {
      assertThat(store.history()).singleElement().satisfies(scan -> {
        assertThat(scan.packId()).isEqualTo("nmc");
        assertThat(scan.inputs()).containsExactly("old.zip");
        assertThat(scan.bySeverity()).isEqualTo(Map.of(Severity.HIGH, 1L));
      });
      assertThat(store.findings(1)).singleElement().satisfies(found -> {
        assertThat(found.key()).hasToString("twitter:7#" + RULE);
        assertThat(found.platform()).isEqualTo("twitter");
        assertThat(found.contentHash()).isEqualTo(ContentHash.of(tweet("7", "idiot manager")));
        assertThat(found.createdAt()).isEqualTo(java.time.Instant.parse("2025-04-30T09:00:00Z"));
      });
      // The decisions table works on old data: a decision on the old scan's finding settles it.
      store.decide(List.of(new DecisionRequest(new FindingKey("twitter:7", RULE), ReviewDecision.KEEP, "old", "test")), AT);
      assertThat(store.reviews().stateOf(tweet("7", "idiot manager"), finding(tweet("7", "idiot manager")).finding()).note()).isEqualTo("old");
    }
    // A store already at the latest version opens again as it is.
    try (ScanStore store = ScanStore.open(settings)) {
      assertThat(store.history()).hasSize(1);
    }
  }

  @Test
  void a_scan_is_in_the_history_only_once_committed_and_keeps_each_item_and_finding_once() throws Exception {
    try (ScanStore store = ScanStore.open(freshDatabase())) {
      Item insult = tweet("insult", "idiot manager again");
      try (ScanRecording abandoned = store.record(AT, List.of("a.zip"), "sssc", "test")) {
        abandoned.add(insult, finding(insult).finding());
      }
      assertThat(store.history()).isEmpty();

      List<ItemFinding> findings = new ArrayList<>();
      for (int i = 0; i < 1_203; i++) {
        // More than two batches, an item with two rules, and a finding met twice (kept once).
        Item item = tweet(Integer.toString(i), "idiot number " + i);
        findings.add(finding(item, RULE, i % 3 == 0 ? Severity.HIGH : Severity.MEDIUM));
      }
      findings.add(finding(insult, RULE, Severity.HIGH));
      findings.add(finding(insult, "profanity.general", Severity.LOW));
      findings.add(finding(insult, RULE, Severity.HIGH));
      long id = scan(store, findings);

      ScanRecord scan = store.history().get(0);
      assertThat(scan.id()).isEqualTo(id);
      assertThat(scan.findings()).isEqualTo(1_205);
      assertThat(scan.flaggedItems()).isEqualTo(1_204);
      assertThat(scan.itemsScanned()).isEqualTo(1_216);
      assertThat(scan.bySeverity()).isEqualTo(Map.of(Severity.HIGH, 402L, Severity.MEDIUM, 802L, Severity.LOW, 1L));
      assertThat(scan.finishedAt()).isAfterOrEqualTo(scan.startedAt());
      List<StoredFinding> stored = store.findings(id);
      assertThat(stored).hasSize(1_205);
      assertThat(stored.get(0).severity()).isEqualTo(Severity.HIGH);
      assertThat(stored.get(stored.size() - 1).key()).isEqualTo(new FindingKey("twitter:insult", "profanity.general"));
      assertThat(stored.get(0).evidence()).isEqualTo("[{\"start\":0,\"end\":5,\"text\":\"idiot\",\"role\":\"insult\"}]");
    }
  }

  @Test
  void decisions_survive_a_rescan_and_a_reexport_and_an_edited_post_is_open_again() throws Exception {
    try (ScanStore store = ScanStore.open(freshDatabase())) {
      ItemFinding kept = finding(tweet("1", "idiot manager"));
      ItemFinding dismissed = finding(tweet("2", "idiot proof design"));
      ItemFinding open = finding(tweet("3", "idiot colleague"));
      scan(store, List.of(kept, dismissed, open));
      store.decide(List.of(decision(kept, ReviewDecision.KEEP), decision(dismissed, ReviewDecision.FALSE_POSITIVE)), AT);

      // The next export of the same account: the same ids and texts, new Item objects; the second post was edited.
      Item keptAgain = tweet("1", "idiot manager");
      Item edited = tweet("2", "idiot proof design, edited");
      scan(store, List.of(finding(keptAgain), finding(edited), finding(tweet("3", "idiot colleague"))));
      StoredReviews reviews = store.reviews();
      assertThat(reviews.stateOf(keptAgain, finding(keptAgain).finding())).extracting(ReviewState::decision).isEqualTo(ReviewDecision.KEEP);
      assertThat(reviews.stateOf(edited, finding(edited).finding())).isNull();
      long latest = store.latest().orElseThrow().id();
      assertThat(store.findings(latest)).filteredOn(f -> reviews.stateOf(f) == null).extracting(f -> f.key().itemId())
          .containsExactlyInAnyOrder("twitter:2", "twitter:3");
    }
  }

  @Test
  void the_latest_decision_applies_and_every_decision_is_kept() throws Exception {
    try (ScanStore store = ScanStore.open(freshDatabase())) {
      ItemFinding found = finding(tweet("1", "idiot manager"));
      scan(store, List.of(found));
      store.decide(List.of(decision(found, ReviewDecision.KEEP)), AT);
      store.decide(List.of(new DecisionRequest(FindingKey.of(found.finding()), ReviewDecision.DELETE, "on reflection", "test")), AT.plusSeconds(60));
      ReviewState state = store.reviews().stateOf(found.item(), found.finding());
      assertThat(state).isEqualTo(new ReviewState(ReviewDecision.DELETE, "on reflection", AT.plusSeconds(60)));
      assertThat(store.decisionCount()).isEqualTo(2);
    }
  }

  @Test
  void a_batch_of_decisions_with_one_unknown_finding_records_none() throws Exception {
    try (ScanStore store = ScanStore.open(freshDatabase())) {
      List<ItemFinding> findings = new ArrayList<>();
      for (int i = 0; i < 1_100; i++) {
        findings.add(finding(tweet(Integer.toString(i), "idiot " + i)));
      }
      scan(store, findings);
      List<DecisionRequest> batch = new ArrayList<>(findings.stream().map(f -> decision(f, ReviewDecision.KEEP)).toList());
      batch.add(1_050, new DecisionRequest(new FindingKey("twitter:missing", RULE), ReviewDecision.KEEP, null, "decisions.csv:1052"));
      assertThatThrownBy(() -> store.decide(batch, AT)).isInstanceOf(StoreException.class)
          .hasMessage("decisions.csv:1052: no stored scan has the finding twitter:missing#" + RULE
              + " (see `footprint review` for the open findings of the latest scan)");
      assertThat(store.decisionCount()).isZero();
      // The store still takes the good ones.
      assertThat(store.decide(batch.subList(0, 1_050), AT)).isEqualTo(1_050);
      assertThat(store.decisionCount()).isEqualTo(1_050);
    }
  }

  @Test
  void the_diff_of_two_scans_tells_new_resolved_and_unchanged_findings() throws Exception {
    try (ScanStore store = ScanStore.open(freshDatabase())) {
      ItemFinding stays = finding(tweet("1", "idiot manager"));
      ItemFinding goes = finding(tweet("2", "idiot colleague"));
      ItemFinding comes = finding(tweet("3", "idiot again"), "profanity.general", Severity.LOW);
      long before = scan(store, List.of(stays, goes));
      long after = scan(store, List.of(stays, comes));
      ScanDiff diff = ScanDiff.of(store.scan(before).orElseThrow(), store.findings(before), store.scan(after).orElseThrow(), store.findings(after));
      assertThat(diff.newFindings()).extracting(f -> f.key().toString()).containsExactly("twitter:3#profanity.general");
      assertThat(diff.resolved()).extracting(f -> f.key().toString()).containsExactly("twitter:2#" + RULE);
      assertThat(diff.unchanged()).extracting(f -> f.key().toString()).containsExactly("twitter:1#" + RULE);
    }
  }

  /**
   * Each batch is committed as it is written, yet a scan shows only once complete: another connection sees no part of a
   * scan being written (and opening the store then does not take it for abandoned), a scan closed unfinished leaves no
   * row, and one left running by a process that died is deleted when the store is next opened (on a server database,
   * where other processes may be writing, only once it is a day old).
   */
  @Test
  void a_scan_being_written_is_never_seen_and_an_unfinished_or_abandoned_one_leaves_nothing() throws Exception {
    StoreSettings settings = freshDatabase();
    int written = 3 * ScanRecording.BATCH + 1;
    try (ScanStore store = ScanStore.open(settings)) {
      try (ScanRecording writing = store.record(AT, List.of("a.zip"), "sssc", "test")) {
        for (int i = 0; i < written; i++) {
          Item item = tweet("w" + i, "idiot number " + i);
          writing.add(item, finding(item).finding());
        }
        try (ScanStore other = ScanStore.open(settings)) {
          assertThat(other.history()).isEmpty();
          assertThat(other.latest()).isEmpty();
        }
        assertThat(count(settings, "SELECT COUNT(*) FROM findings")).as("the committed batches").isEqualTo(3L * ScanRecording.BATCH);
      }
      assertThat(count(settings, "SELECT COUNT(*) FROM scans")).isZero();
      assertThat(count(settings, "SELECT COUNT(*) FROM findings")).isZero();
    }
    String running = "INSERT INTO scans (started_at, inputs, pack_id, tool_version, items_scanned, flagged_items, finding_count, state) VALUES (%s, 'dead.zip', 'sssc', 'test', 0, 0, 0, 'running')";
    execute(settings, running.formatted("CURRENT_TIMESTAMP"));
    execute(settings, running.formatted("TIMESTAMP WITH TIME ZONE '2020-01-01 10:00:00+00'"));
    execute(settings, "INSERT INTO findings (scan_id, item_id, rule_id, category, severity, involvement, confidence, message, evidence, platform, kind, content_hash)"
        + " SELECT id, 'twitter:1', '" + RULE + "', 'hostility', 'high', 'authored', 0.7, 'insult', '[]', 'twitter', 'post', '" + "0".repeat(64) + "' FROM scans");
    try (ScanStore store = ScanStore.open(settings)) {
      boolean singleProcess = settings.url().startsWith("jdbc:h2:");
      assertThat(count(settings, "SELECT COUNT(*) FROM scans")).isEqualTo(singleProcess ? 0 : 1);
      assertThat(count(settings, "SELECT COUNT(*) FROM findings")).isEqualTo(singleProcess ? 0 : 1);
      assertThat(store.history()).isEmpty();
    }
  }

  private static long count(StoreSettings settings, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
        Statement statement = connection.createStatement(); java.sql.ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Drops what a test left behind, for databases a class shares. */
  static void execute(StoreSettings settings, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password()); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
