package org.footprint.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A {@link ScanDiff} as JSON: what {@code footprint diff --format json} prints and the server's {@code GET /diff} answers. */
public final class ScanDiffJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScanDiffJson() {}

  public static String render(ScanDiff diff) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("before", diff.before().id());
    root.put("after", diff.after().id());
    ObjectNode counts = root.putObject("counts");
    counts.put("new", diff.newFindings().size());
    counts.put("resolved", diff.resolved().size());
    counts.put("unchanged", diff.unchanged().size());
    list(root.putArray("new"), diff.newFindings());
    list(root.putArray("resolved"), diff.resolved());
    list(root.putArray("unchanged"), diff.unchanged());
    return root.toString();
  }

  private static void list(ArrayNode array, List<StoredFinding> findings) {
    for (StoredFinding finding : findings) {
      ObjectNode node = array.addObject();
      node.put("id", finding.key().toString());
      node.put("item_id", finding.key().itemId());
      node.put("rule", finding.key().ruleId());
      node.put("category", finding.category());
      node.put("severity", finding.severity().id());
      node.put("message", finding.message());
    }
  }
}
