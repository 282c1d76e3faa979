package org.footprint.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.footprint.model.Severity;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;

/**
 * The scan store over one JDBC connection: opened migrated to the latest schema (Flyway, {@code db/migration}), the same
 * SQL for H2 and PostgreSQL. Scans are written through {@link #record}; decisions through {@link #decide}, one
 * transaction per call. Not thread-safe.
 */
public final class ScanStore implements AutoCloseable {
  /** Flyway logs each migration at INFO through java.util.logging when nothing else is there: a command prints only its own output. */
  private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY_LOG.setLevel(Level.WARNING);
  }

  private final Connection connection;
  private final StoreSettings settings;

  private ScanStore(Connection connection, StoreSettings settings) {
    this.connection = connection;
    this.settings = settings;
  }

  /** The newest migration's version (`db/migration/V3__…`); a test keeps the two in step. */
  static final String SCHEMA_VERSION = "4";

  /**
   * Opens the store, creating it or bringing its schema up to date first. A store already at {@link #SCHEMA_VERSION}
   * is opened without Flyway, whose loading and checks cost every command ~0.5 s of CPU.
   */
  public static ScanStore open(StoreSettings settings) {
    try {
      Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
      if (!SCHEMA_VERSION.equals(appliedVersion(connection))) {
        try {
          migrate(settings, null);
        } catch (StoreException e) {
          connection.close();
          throw e;
        }
      }
      if (settings.url().startsWith("jdbc:h2:")) {
        // H2 writes a commit to its file up to half a second later by default: a process killed in that time loses
        // committed decisions. With no delay the commit is in the file when commit() returns.
        try (Statement sql = connection.createStatement()) {
          sql.execute("SET WRITE_DELAY 0");
        }
      }
      deleteAbandonedScans(connection, settings);
      return new ScanStore(connection, settings);
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot be opened", e);
    }
  }

  /**
   * Scans left {@code running} by a process that died while writing them. An H2 file is open in one process at a time,
   * so every running scan there that this process is not writing is abandoned; a server database may have scans being
   * written by other processes, so there only those started more than {@link #ABANDONED_AFTER} ago count.
   */
  private static void deleteAbandonedScans(Connection connection, StoreSettings settings) throws SQLException {
    boolean singleProcess = settings.url().startsWith("jdbc:h2:");
    Instant cutOff = Instant.now().minus(ABANDONED_AFTER);
    List<Long> abandoned = new ArrayList<>();
    try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT id, started_at FROM scans WHERE state = 'running'")) {
      while (row.next()) {
        long id = row.getLong(1);
        boolean old = row.getObject(2, OffsetDateTime.class).toInstant().isBefore(cutOff);
        if (!ScanRecording.isLive(settings.toString(), id) && (singleProcess || old)) {
          abandoned.add(id);
        }
      }
    }
    for (long id : abandoned) {
      deleteScan(connection, id);
    }
  }

  /** A scan running longer than this on a server database is taken to be abandoned by a process that died. */
  static final Duration ABANDONED_AFTER = Duration.ofDays(1);

  /** Deletes a scan and, by the foreign key's cascade, its findings (in the connection's transaction). */
  static void deleteScan(Connection connection, long scanId) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scans WHERE id = ?")) {
      delete.setLong(1, scanId);
      delete.executeUpdate();
    }
  }

  /** The version of the last migration Flyway applied, or null when it never ran here (or its table cannot be read). */
  static String appliedVersion(Connection connection) {
    // Asked first, so that a new store's missing table is no failed query (H2 would log it in a trace file beside the store).
    try (ResultSet table = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
      if (!table.next()) {
        return null;
      }
    } catch (SQLException e) {
      return null;
    }
    try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(
        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
            + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY")) {
      return row.next() ? row.getString(1) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  /** Migrates the schema up to {@code version} ("1", "2"…), or to the latest when null. */
  static void migrate(StoreSettings settings, String version) {
    try {
      var configuration = Flyway.configure().dataSource(settings.url(), settings.user(), settings.password()).locations("classpath:db/migration");
      if (version != null) {
        configuration.target(version);
      }
      configuration.load().migrate();
    } catch (FlywayException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new StoreException("store " + settings + ": cannot be opened or migrated: " + reason, e);
    }
  }

  /** Starts writing a scan; nothing of it is visible until {@link ScanRecording#commit}. */
  public ScanRecording record(Instant startedAt, List<String> inputs, String packId, String toolVersion) {
    try {
      return new ScanRecording(connection, settings.toString(), startedAt, inputs, packId, toolVersion);
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot start saving the scan", e);
    }
  }

  /** Complete scans, newest first. */
  public List<ScanRecord> history() {
    return scans("WHERE state = 'complete' ORDER BY id DESC", null);
  }

  /** A complete scan by id. */
  public Optional<ScanRecord> scan(long id) {
    return scans("WHERE state = 'complete' AND id = ?", id).stream().findFirst();
  }

  /** The newest complete scan. */
  public Optional<ScanRecord> latest() {
    return history().stream().findFirst();
  }

  private List<ScanRecord> scans(String where, Long id) {
    String sql = "SELECT id, started_at, finished_at, inputs, pack_id, tool_version, items_scanned, flagged_items, finding_count FROM scans " + where;
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (id != null) {
        query.setLong(1, id);
      }
      Map<Long, Map<Severity, Long>> bySeverity = severityCounts(id);
      List<ScanRecord> scans = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          long scanId = row.getLong("id");
          scans.add(new ScanRecord(scanId, Jdbc.instant(row, "started_at"), Jdbc.instant(row, "finished_at"),
              List.of(row.getString("inputs").split("\n")), row.getString("pack_id"), row.getString("tool_version"),
              row.getLong("items_scanned"), row.getLong("flagged_items"), row.getLong("finding_count"),
              bySeverity.getOrDefault(scanId, Map.of())));
        }
      }
      return scans;
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot read the scans", e);
    }
  }

  private Map<Long, Map<Severity, Long>> severityCounts(Long id) throws SQLException {
    String sql = "SELECT f.scan_id, f.severity, COUNT(*) AS n FROM findings f JOIN scans s ON s.id = f.scan_id WHERE s.state = 'complete'"
        + (id == null ? "" : " AND s.id = ?") + " GROUP BY f.scan_id, f.severity";
    Map<Long, Map<Severity, Long>> counts = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      if (id != null) {
        query.setLong(1, id);
      }
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          counts.computeIfAbsent(row.getLong(1), s -> new EnumMap<>(Severity.class)).put(Severity.parse(row.getString(2)), row.getLong(3));
        }
      }
    }
    return counts;
  }

  /** The findings of a complete scan, most serious first. */
  public List<StoredFinding> findings(long scanId) {
    String sql = "SELECT f.item_id, f.rule_id, f.platform, f.content_hash, f.created_at, f.category, f.severity, f.involvement, f.confidence,"
        + " f.message, f.evidence FROM findings f JOIN scans s ON s.id = f.scan_id WHERE s.state = 'complete' AND f.scan_id = ?";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, scanId);
      List<StoredFinding> findings = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          findings.add(new StoredFinding(new FindingKey(row.getString("item_id"), row.getString("rule_id")), row.getString("platform"),
              row.getString("content_hash"), Jdbc.instant(row, "created_at"), row.getString("category"), Severity.parse(row.getString("severity")),
              row.getString("involvement"), row.getDouble("confidence"), row.getString("message"), row.getString("evidence")));
        }
      }
      findings.sort(StoredFinding.MOST_SERIOUS_FIRST);
      return findings;
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot read the findings of scan " + scanId, e);
    }
  }

  /** The decision that applies to each finding: the latest one made (every decision is kept, in order). */
  public StoredReviews reviews() {
    Map<FindingKey, StoredReviews.Decided> latest = new LinkedHashMap<>();
    try (Statement query = connection.createStatement();
        ResultSet row = query.executeQuery("SELECT item_id, rule_id, content_hash, decision, note, decided_at FROM review_decisions ORDER BY id")) {
      while (row.next()) {
        latest.put(new FindingKey(row.getString(1), row.getString(2)), new StoredReviews.Decided(row.getString(3),
            new ReviewState(ReviewDecision.parse(row.getString(4)), row.getString(5), Jdbc.instant(row, "decided_at"))));
      }
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot read the review decisions", e);
    }
    return new StoredReviews(latest);
  }

  /**
   * Records decisions, each on the content its item has in the latest scan that found it, all in one transaction: one
   * about a finding no stored scan has fails the whole call, naming its origin, and nothing is recorded.
   *
   * @return how many were recorded
   */
  public int decide(List<DecisionRequest> decisions, Instant decidedAt) {
    try {
      List<Long> scans = completeScansNewestFirst();
      connection.setAutoCommit(false);
      try (PreparedStatement content = connection.prepareStatement(
              "SELECT content_hash FROM findings WHERE scan_id = ? AND item_id = ? AND rule_id = ?");
          PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO review_decisions (item_id, rule_id, content_hash, decision, note, decided_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        int pending = 0;
        for (DecisionRequest decision : decisions) {
          insert.setString(1, decision.key().itemId());
          insert.setString(2, decision.key().ruleId());
          insert.setString(3, contentHash(content, scans, decision));
          insert.setString(4, decision.decision().id());
          insert.setString(5, decision.note());
          insert.setObject(6, Jdbc.timestamp(decidedAt));
          insert.addBatch();
          if (++pending == ScanRecording.BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        insert.executeBatch();
        connection.commit();
        return decisions.size();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot record the decisions", e);
    }
  }

  private List<Long> completeScansNewestFirst() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT id FROM scans WHERE state = 'complete' ORDER BY id DESC")) {
      while (row.next()) {
        ids.add(row.getLong(1));
      }
    }
    return ids;
  }

  /** The finding's item's content hash in the newest complete scan that has the finding (by key: the latest, nearly always). */
  private static String contentHash(PreparedStatement content, List<Long> newestFirst, DecisionRequest decision) throws SQLException {
    content.setString(2, decision.key().itemId());
    content.setString(3, decision.key().ruleId());
    for (long scan : newestFirst) {
      content.setLong(1, scan);
      try (ResultSet row = content.executeQuery()) {
        if (row.next()) {
          return row.getString(1);
        }
      }
    }
    throw new UnknownFindingException(decision.origin() + ": no stored scan has the finding " + decision.key()
        + " (see `footprint review` for the open findings of the latest scan)");
  }

  /** How many decisions were ever recorded (every one is kept, not only the latest per finding). */
  public int decisionCount() {
    try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery("SELECT COUNT(*) FROM review_decisions")) {
      row.next();
      return row.getInt(1);
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot count the review decisions", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw Jdbc.failed(settings.toString(), "cannot be closed", e);
    }
  }
}
