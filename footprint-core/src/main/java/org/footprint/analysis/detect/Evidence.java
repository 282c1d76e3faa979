package org.footprint.analysis.detect;

import java.util.List;
import org.footprint.analysis.match.Hit;

/**
 * What made a rule fire on one text: the anchor hits that survived their context, and for each the
 * hits of the rule's other parts, in the order the rule lists them.
 */
public record Evidence(List<Hit> anchors, List<List<Hit>> parts) {
  public Evidence {
    anchors = List.copyOf(anchors);
    parts = parts.stream().map(List::copyOf).toList();
  }
}
