package org.footprint.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.footprint.review.ReviewDecision;

/**
 * Reads a file of review decisions for {@code footprint review import}, every row checked before any is recorded:
 * <ul>
 *   <li>CSV ({@code .csv}) with a header: {@code id} (or {@code finding_id}), {@code decision}, optionally {@code note};
 *       a row with an empty decision is skipped (a report's CSV with only some rows filled in);</li>
 *   <li>JSON: a list of {@code {"id", "decision", "note"}}, or the scan report ({@code report.json}), whose findings
 *       carry their decision in {@code review} (an object with {@code decision} and {@code note}, or the decision alone);
 *       findings without one are skipped.</li>
 * </ul>
 * A bad row (no id, an id that is not a finding id, an unknown decision) stops the import with a message naming the
 * file and the line.
 */
public final class DecisionImport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DecisionImport() {}

  public static List<DecisionRequest> read(Path file) {
    try {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? csv(file) : json(file);
    } catch (JsonProcessingException e) {
      throw new StoreException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new StoreException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<DecisionRequest> csv(Path file) throws IOException {
    List<DecisionRequest> decisions = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).build().parse(reader)) {
      Map<String, Integer> header = csv.getHeaderMap();
      String idColumn = header.containsKey("id") ? "id" : "finding_id";
      if (!header.containsKey(idColumn) || !header.containsKey("decision")) {
        throw new StoreException(file + ":1: the header needs the columns id (or finding_id) and decision, and may have note");
      }
      for (CSVRecord row : csv) {
        String origin = file + ":" + csv.getCurrentLineNumber();
        String decision = row.isMapped("decision") && row.isSet("decision") ? row.get("decision") : "";
        if (!decision.isBlank()) {
          String note = header.containsKey("note") && row.isSet("note") ? row.get("note") : null;
          decisions.add(request(row.isSet(idColumn) ? row.get(idColumn) : null, decision, note, origin));
        }
      }
    }
    return decisions;
  }

  private static List<DecisionRequest> json(Path file) throws IOException {
    List<DecisionRequest> decisions = new ArrayList<>();
    try (JsonParser json = MAPPER.createParser(file.toFile())) {
      JsonToken root = json.nextToken();
      if (root == JsonToken.START_ARRAY) {
        elements(json, file, false, decisions);
      } else if (root == JsonToken.START_OBJECT) {
        // The scan report: only its findings matter; everything else is stepped over.
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String field = json.currentName();
          if (json.nextToken() == JsonToken.START_ARRAY && field.equals("findings")) {
            elements(json, file, true, decisions);
          } else {
            json.skipChildren();
          }
        }
      } else {
        throw new StoreException(file + ":1: expected a list of {id, decision, note} or a scan report");
      }
    }
    return decisions;
  }

  /** The objects of the array the parser is at, each read with the line it starts on. */
  private static void elements(JsonParser json, Path file, boolean report, List<DecisionRequest> decisions) throws IOException {
    while (json.nextToken() != JsonToken.END_ARRAY) {
      String origin = file + ":" + json.currentTokenLocation().getLineNr();
      JsonNode element = json.readValueAsTree();
      JsonNode review = report ? element.path("review") : element;
      String decision = review.isTextual() ? review.asText() : text(review.path("decision"));
      if (decision == null && report) {
        continue;
      }
      decisions.add(request(text(element.path("id")), decision, text(review.path("note")), origin));
    }
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  private static DecisionRequest request(String id, String decision, String note, String origin) {
    if (id == null || id.isBlank()) {
      throw new StoreException(origin + ": no finding id");
    }
    if (decision == null || decision.isBlank()) {
      throw new StoreException(origin + ": no decision for " + id);
    }
    try {
      return new DecisionRequest(FindingKey.parse(id), ReviewDecision.parse(decision), note == null || note.isBlank() ? null : note, origin);
    } catch (IllegalArgumentException e) {
      throw new StoreException(origin + ": " + id + ": " + e.getMessage());
    }
  }
}
