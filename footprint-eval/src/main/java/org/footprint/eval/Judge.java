package org.footprint.eval;

import java.util.List;
import org.footprint.model.Finding;

/**
 * Whatever is being evaluated: given one labelled row's id and text, the findings it produces.
 *
 * <p>Called concurrently from several worker threads, so implementations must be thread-safe. Evidence span
 * offsets are read as UTF-16 offsets into {@code text}.
 */
@FunctionalInterface
public interface Judge {
  List<Finding> judge(String id, String text);
}
