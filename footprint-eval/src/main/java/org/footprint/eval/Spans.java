package org.footprint.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;

/** Human evidence spans by row id, and the token-level comparison against predicted evidence. */
final class Spans {
  private final Map<String, int[]> byId;

  private Spans(Map<String, int[]> byId) {
    this.byId = byId;
  }

  /** Half-open [start, end) pairs for a row id, flattened, or null when the row has no human spans. */
  int[] forId(String id) {
    return byId.get(id);
  }

  /**
   * Reads {@code id<TAB>start<TAB>end[<TAB>text]} lines. A first line whose start field is not a number is a header.
   * Lines that do not parse, or whose end is before their start, are ignored.
   */
  static Spans load(Path file) throws IOException {
    Map<String, List<int[]>> building = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      boolean first = true;
      while ((line = reader.readLine()) != null) {
        if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        first = false;
        String[] fields = line.split("\t", 4);
        if (fields.length < 3) {
          continue;
        }
        int start;
        int end;
        try {
          start = Integer.parseInt(fields[1].trim());
          end = Integer.parseInt(fields[2].trim());
        } catch (NumberFormatException e) {
          continue; // the header, or a broken line
        }
        if (start < 0 || end < start) {
          continue;
        }
        building.computeIfAbsent(fields[0].trim(), k -> new ArrayList<>()).add(new int[] {start, end});
      }
    }
    Map<String, int[]> byId = new HashMap<>(Math.max(16, building.size() * 2));
    building.forEach((id, list) -> {
      int[] pairs = new int[list.size() * 2];
      for (int i = 0; i < list.size(); i++) {
        pairs[2 * i] = list.get(i)[0];
        pairs[2 * i + 1] = list.get(i)[1];
      }
      byId.put(id, pairs);
    });
    return new Spans(byId);
  }

  /** Adds one row's whitespace-token counts to {@code into}: human = overlaps a human span, predicted = overlaps evidence. */
  static void score(String text, int[] human, List<Finding> predicting, Accumulator into) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      boolean isHuman = overlaps(human, start, i);
      boolean isPredicted = overlapsEvidence(predicting, start, i);
      if (isHuman && isPredicted) {
        into.tokenTp++;
      } else if (isHuman) {
        into.tokenFn++;
      } else if (isPredicted) {
        into.tokenFp++;
      }
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean overlaps(int[] pairs, int start, int end) {
    for (int k = 0; k + 1 < pairs.length; k += 2) {
      if (pairs[k] < end && start < pairs[k + 1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsEvidence(List<Finding> findings, int start, int end) {
    for (Finding finding : findings) {
      for (EvidenceSpan span : finding.evidence()) {
        if (span.start() < end && start < span.end()) {
          return true;
        }
      }
    }
    return false;
  }
}
