package org.footprint.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;

/**
 * One scan being written to the store, finding by finding: the scan's row is written {@code running}, each batch of
 * findings is committed as it is written (so that the database's work is spread over the scan, not piled up at its
 * end), and {@link #commit} marks the scan complete: only then is it shown. Closed without it (the scan failed or
 * was cancelled), its rows are deleted; a process killed in the middle leaves a {@code running} scan that nothing
 * reads and {@link ScanStore#open} deletes ({@link #isLive} tells it which are still being written). Not thread-safe:
 * one thread feeds it ({@link BackgroundRecording} hands it the analysis threads' findings).
 */
public final class ScanRecording implements AutoCloseable {
  /** Rows per JDBC batch: large enough to cut round trips to a server, small enough to keep little in memory. */
  static final int BATCH = 500;
  private static final ObjectMapper EVIDENCE = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** The scans being written by this process, as store + "#" + scan id: not abandoned, whatever their state says. */
  private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

  private final Connection connection;
  private final String store;
  private final long scanId;
  /** This scan's entry in {@link #LIVE}. */
  private final String liveKey;
  private final PreparedStatement findings;
  /** Each item counted once, each finding id once (the first, most serious, wins): the key of the findings. */
  private final Set<String> itemIds = new HashSet<>();
  private final Set<FindingKey> findingKeys = new HashSet<>();
  private int pending;
  private boolean committed;

  ScanRecording(Connection connection, String store, Instant startedAt, List<String> inputs, String packId, String toolVersion) throws SQLException {
    this.connection = connection;
    this.store = store;
    connection.setAutoCommit(false);
    try (PreparedStatement scan = connection.prepareStatement(
        "INSERT INTO scans (started_at, inputs, pack_id, tool_version, items_scanned, flagged_items, finding_count, state)"
            + " VALUES (?, ?, ?, ?, 0, 0, 0, 'running')", Statement.RETURN_GENERATED_KEYS)) {
      scan.setObject(1, Jdbc.timestamp(startedAt));
      scan.setString(2, String.join("\n", inputs));
      scan.setString(3, packId);
      scan.setString(4, toolVersion);
      scan.executeUpdate();
      try (ResultSet keys = scan.getGeneratedKeys()) {
        keys.next();
        scanId = keys.getLong(1);
      }
    }
    // Live before the row can be seen, so that no other connection's open takes it for abandoned.
    liveKey = liveKey(store, scanId);
    LIVE.add(liveKey);
    try {
      connection.commit();
    } catch (SQLException e) {
      LIVE.remove(liveKey);
      throw e;
    }
    findings = connection.prepareStatement("INSERT INTO findings (scan_id, item_id, rule_id, category, severity, involvement, confidence, message, evidence,"
        + " platform, native_id, kind, created_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  /** Adds one finding of the item, with what the store keeps of the item. */
  public void add(Item item, Finding finding) {
    if (!findingKeys.add(FindingKey.of(finding))) {
      return;
    }
    itemIds.add(item.id());
    try {
      findings.setLong(1, scanId);
      findings.setString(2, finding.itemId());
      findings.setString(3, finding.ruleId());
      findings.setString(4, finding.category().id());
      findings.setString(5, finding.severity().id());
      findings.setString(6, finding.involvement().id());
      findings.setDouble(7, finding.confidence());
      findings.setString(8, finding.message());
      findings.setString(9, evidence(finding.evidence()));
      findings.setString(10, item.platform());
      findings.setString(11, item.nativeId());
      findings.setString(12, item.kind().id());
      findings.setObject(13, item.createdAt() == null ? null : Jdbc.timestamp(item.createdAt()));
      findings.setString(14, ContentHash.of(item));
      findings.addBatch();
      if (++pending >= BATCH) {
        flush();
      }
    } catch (SQLException e) {
      throw Jdbc.failed(store, "cannot save the scan", e);
    }
  }

  /** Writes what is left, marks the scan complete with its counts and commits: from now on it is in the history. */
  public long commit(long itemsScanned) {
    try {
      flush();
      try (PreparedStatement done = connection.prepareStatement(
          "UPDATE scans SET state = 'complete', finished_at = ?, items_scanned = ?, flagged_items = ?, finding_count = ? WHERE id = ?")) {
        done.setObject(1, Jdbc.timestamp(Instant.now()));
        done.setLong(2, itemsScanned);
        done.setLong(3, itemIds.size());
        done.setLong(4, findingKeys.size());
        done.setLong(5, scanId);
        done.executeUpdate();
      }
      connection.commit();
      committed = true;
      LIVE.remove(liveKey);
      return scanId;
    } catch (SQLException e) {
      throw Jdbc.failed(store, "cannot save the scan", e);
    }
  }

  private void flush() throws SQLException {
    findings.executeBatch();
    connection.commit();
    pending = 0;
  }

  /** True while this process is writing scan {@code scanId} to {@code store}. */
  static boolean isLive(String store, long scanId) {
    return LIVE.contains(liveKey(store, scanId));
  }

  private static String liveKey(String store, long scanId) {
    return store + "#" + scanId;
  }

  /** Unless committed, deletes what was written of the scan. */
  @Override
  public void close() {
    try (findings) {
      if (!committed) {
        connection.rollback();
        ScanStore.deleteScan(connection, scanId);
        connection.commit();
      }
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw Jdbc.failed(store, "cannot finish the scan", e);
    } finally {
      LIVE.remove(liveKey);
    }
  }

  /** The spans as the report writes them: {@code start}, {@code end}, {@code text}, {@code role}, {@code item_id} when elsewhere. */
  private static String evidence(List<EvidenceSpan> spans) {
    try {
      return EVIDENCE.writeValueAsString(spans);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("evidence spans are plain records", e);
    }
  }
}
