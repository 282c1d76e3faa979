package org.footprint.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.footprint.model.Category;
import org.footprint.model.Involvement;
import org.footprint.model.Severity;
import org.footprint.report.ItemFinding;
import org.footprint.report.ReviewJson;
import org.footprint.report.ScanFindingJson;
import org.footprint.review.ReviewState;
import org.footprint.review.Reviews;

/**
 * A finished scan's findings, served from its {@code report.jsonl} (report order): the file is read once and only
 * what the filters need is kept of each line, with where the line is; a page reads its findings back from the file.
 * Memory grows by some hundred bytes a finding, never with the posts' text.
 */
final class FindingIndex {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One line of the file: where it is and the fields the filters test. */
  private record Entry(long offset, int length, String itemId, String ruleId, Category category, Severity severity, Involvement involvement,
      String platform, String year) {}

  /** One page of findings and how many matched in all. */
  record Page(long total, List<ObjectNode> findings) {}

  private final Path file;
  private final List<Entry> entries;

  private FindingIndex(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = List.copyOf(entries);
  }

  static FindingIndex of(Path jsonLines) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(jsonLines), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      long offset = 0;
      int next;
      while ((next = in.read()) >= 0) {
        if (next != '\n') {
          line.write(next);
          continue;
        }
        entries.add(entry(offset, line.toByteArray()));
        offset += line.size() + 1;
        line.reset();
      }
    }
    return new FindingIndex(jsonLines, entries);
  }

  private static Entry entry(long offset, byte[] line) throws IOException {
    JsonNode finding = MAPPER.readTree(line);
    JsonNode item = finding.path("item");
    String createdAt = item.path("created_at").asText(null);
    return new Entry(offset, line.length, item.path("id").asText(), finding.path("rule").asText(), Category.parse(finding.path("category").asText()),
        Severity.parse(finding.path("severity").asText()), Involvement.parse(finding.path("involvement").asText()), item.path("platform").asText(),
        createdAt == null ? "undated" : createdAt.substring(0, 4));
  }

  long size() {
    return entries.size();
  }

  /**
   * The findings the query asks for, in report order, each in the scan JSON shape with the review that applies now
   * (decisions made since the scan included), {@code id} the API's finding id and {@code key} the report's id.
   */
  Page page(FindingQuery query, Reviews reviews) throws IOException {
    List<ObjectNode> shown = new ArrayList<>();
    long total = 0;
    try (FileChannel channel = FileChannel.open(file)) {
      for (Entry entry : entries) {
        if (!fieldsMatch(query, entry)) {
          continue;
        }
        ObjectNode finding = null;
        ReviewState review = null;
        // Only a finding someone decided on is read back to look its review up; every other one is open.
        if (reviews.mayApply(entry.itemId(), entry.ruleId())) {
          finding = read(channel, entry);
          ItemFinding parsed = ScanFindingJson.read(finding);
          review = reviews.stateOf(parsed.item(), parsed.finding());
        }
        if (!query.keepsReview(review == null ? null : review.decision())) {
          continue;
        }
        if (query.text() != null) {
          finding = finding == null ? read(channel, entry) : finding;
          if (!mentions(finding, query.text())) {
            continue;
          }
        }
        if (total >= query.offset() && shown.size() < query.limit()) {
          shown.add(presented(finding == null ? read(channel, entry) : finding, review));
        }
        total++;
      }
    }
    return new Page(total, shown);
  }

  private static boolean fieldsMatch(FindingQuery query, Entry entry) {
    return (query.category() == null || query.category() == entry.category())
        && (query.severity() == null || entry.severity().atLeast(query.severity()))
        && (query.platform() == null || query.platform().equals(entry.platform()))
        && (query.year() == null || query.year().equals(entry.year()))
        && (query.involvement() == null || query.involvement() == entry.involvement());
  }

  private static boolean mentions(JsonNode finding, String lowerCaseText) {
    return contains(finding.path("item").path("text"), lowerCaseText) || contains(finding.path("message"), lowerCaseText)
        || contains(finding.path("explanation"), lowerCaseText);
  }

  private static boolean contains(JsonNode field, String lowerCaseText) {
    return field.isTextual() && field.asText().toLowerCase(Locale.ROOT).contains(lowerCaseText);
  }

  private static ObjectNode presented(ObjectNode finding, ReviewState review) {
    String key = finding.path("id").asText();
    finding.put("id", FindingIds.of(key));
    finding.put("key", key);
    finding.set("review", review == null ? NullNode.getInstance() : ReviewJson.node(review));
    return finding;
  }

  private ObjectNode read(FileChannel channel, Entry entry) throws IOException {
    ByteBuffer line = ByteBuffer.allocate(entry.length());
    while (line.hasRemaining()) {
      if (channel.read(line, entry.offset() + line.position()) < 0) {
        throw new IOException(file + ": shorter than when it was indexed");
      }
    }
    return (ObjectNode) MAPPER.readTree(line.array());
  }
}
