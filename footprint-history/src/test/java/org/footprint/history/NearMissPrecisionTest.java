package org.footprint.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footprint.history.GeneratedHistory.contributing;
import static org.footprint.history.GeneratedHistory.ofRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footprint.synth.archive.HistoryScenes.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers in docs/ACCURACY.md ("Cross-item analysis"): over several generated personas, how many of each pattern's
 * items the finding lists (recall) and how many of the items it lists are near-misses (precision on the scenes).
 */
class NearMissPrecisionTest {
  private static final int PERSONAS = 8;

  private record Count(int[] values) {
    Count() {
      this(new int[3]);
    }
  }

  @TempDir Path temp;

  @Test
  void no_near_miss_is_listed_and_every_pattern_item_is_over_generated_personas() {
    Map<String, Pattern[]> rules = new LinkedHashMap<>();
    rules.put("exposure.photo-home-cluster", new Pattern[] {Pattern.HOME_PHOTO, Pattern.FRIEND_HOUSE_PHOTO, Pattern.CITY_PHOTO});
    rules.put("exposure.photo-school-cluster", new Pattern[] {Pattern.SCHOOL_PHOTO, Pattern.FRIEND_HOUSE_PHOTO, Pattern.CITY_PHOTO});
    rules.put("exposure.mosaic-address", new Pattern[] {Pattern.MOSAIC, Pattern.SCHOOL_INFO});
    rules.put("hostility.repeated-target", new Pattern[] {Pattern.HOSTILE_REPLY, Pattern.FRIENDLY_REPLY});
    // per rule: pattern items listed, pattern items in all, near-miss items listed
    Map<String, Count> counts = new LinkedHashMap<>();
    rules.keySet().forEach(rule -> counts.put(rule, new Count()));
    for (int seed = 100; seed < 100 + PERSONAS; seed++) {
      GeneratedHistory history = GeneratedHistory.of(seed, 120, true, temp.resolve("s" + seed));
      List<HistoryCollector.Flagged> found = history.collect().findings();
      for (Map.Entry<String, Pattern[]> rule : rules.entrySet()) {
        List<String> listed = new ArrayList<>();
        ofRule(found, rule.getKey()).forEach(f -> listed.addAll(contributing(f)));
        Pattern[] patterns = rule.getValue();
        List<String> wanted = ids(history, patterns[0]);
        if (patterns[0] == Pattern.HOSTILE_REPLY) {
          wanted.addAll(ids(history, Pattern.HOSTILE_QUOTE));
        }
        int[] count = counts.get(rule.getKey()).values();
        count[0] += (int) wanted.stream().filter(listed::contains).count();
        count[1] += wanted.size();
        for (int p = 1; p < patterns.length; p++) {
          count[2] += (int) ids(history, patterns[p]).stream().filter(listed::contains).count();
        }
      }
    }
    counts.forEach((rule, count) -> System.out.printf("%s: pattern items listed %d/%d, near-miss items listed %d%n", rule,
        count.values()[0], count.values()[1], count.values()[2]));
    assertThat(counts.values()).allSatisfy(count -> {
      assertThat(count.values()[2]).isZero();
      assertThat(count.values()[0]).isEqualTo(count.values()[1]);
    });
  }

  private static List<String> ids(GeneratedHistory history, Pattern pattern) {
    List<String> ids = new ArrayList<>(history.photoIds(pattern));
    ids.addAll(history.postIds(pattern));
    return ids;
  }
}
