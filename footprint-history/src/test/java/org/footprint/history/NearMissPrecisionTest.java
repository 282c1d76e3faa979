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

  /** The scenes a rule must list, and the near-misses it must not. */
  private record Scenes(List<Pattern> wanted, List<Pattern> nearMisses) {}

  @TempDir Path temp;

  @Test
  void no_near_miss_is_listed_and_every_pattern_item_is_over_generated_personas() {
    Map<String, Scenes> rules = new LinkedHashMap<>();
    rules.put("exposure.photo-home-cluster", new Scenes(List.of(Pattern.HOME_PHOTO), List.of(Pattern.FRIEND_HOUSE_PHOTO, Pattern.CITY_PHOTO)));
    rules.put("exposure.photo-school-cluster", new Scenes(List.of(Pattern.SCHOOL_PHOTO), List.of(Pattern.FRIEND_HOUSE_PHOTO, Pattern.CITY_PHOTO)));
    rules.put("exposure.mosaic-address", new Scenes(List.of(Pattern.MOSAIC), List.of(Pattern.SCHOOL_INFO)));
    rules.put("hostility.repeated-target", new Scenes(List.of(Pattern.HOSTILE_REPLY, Pattern.HOSTILE_QUOTE), List.of(Pattern.FRIENDLY_REPLY)));
    rules.put("hostility.pile-on", new Scenes(List.of(Pattern.PILE_ON_REPLY, Pattern.PILE_ON_LIKE), List.of(Pattern.PILE_ON_EARLY_LIKE,
        Pattern.FRIENDLY_REPLY, Pattern.FRIENDLY_LIKE, Pattern.ENDORSED_ONLY_LIKE, Pattern.LONE_HOSTILE_REPLY, Pattern.FRIENDLY_ABOUT_LIKE)));
    rules.put("hostility.at-colleague", new Scenes(List.of(Pattern.COLLEAGUE_WORK_POST, Pattern.COLLEAGUE_HOSTILE_REPLY),
        List.of(Pattern.MENTOR_WORK_POST, Pattern.LONE_HOSTILE_REPLY, Pattern.HOSTILE_REPLY, Pattern.HOSTILE_QUOTE, Pattern.PILE_ON_REPLY, Pattern.FRIENDLY_REPLY)));
    // per rule: pattern items listed, pattern items in all, near-miss items listed
    Map<String, Count> counts = new LinkedHashMap<>();
    rules.keySet().forEach(rule -> counts.put(rule, new Count()));
    for (int seed = 100; seed < 100 + PERSONAS; seed++) {
      GeneratedHistory history = GeneratedHistory.of(seed, 120, true, temp.resolve("s" + seed));
      List<HistoryCollector.Flagged> found = history.collect().findings();
      for (Map.Entry<String, Scenes> rule : rules.entrySet()) {
        List<String> listed = new ArrayList<>();
        ofRule(found, rule.getKey()).forEach(f -> listed.addAll(contributing(f)));
        List<String> wanted = ids(history, rule.getValue().wanted());
        int[] count = counts.get(rule.getKey()).values();
        count[0] += (int) wanted.stream().filter(listed::contains).count();
        count[1] += wanted.size();
        count[2] += (int) ids(history, rule.getValue().nearMisses()).stream().filter(listed::contains).count();
      }
    }
    counts.forEach((rule, count) -> System.out.printf("%s: pattern items listed %d/%d, near-miss items listed %d%n", rule,
        count.values()[0], count.values()[1], count.values()[2]));
    assertThat(counts.values()).allSatisfy(count -> {
      assertThat(count.values()[2]).isZero();
      assertThat(count.values()[0]).isEqualTo(count.values()[1]);
    });
  }

  private static List<String> ids(GeneratedHistory history, List<Pattern> patterns) {
    List<String> ids = new ArrayList<>();
    for (Pattern pattern : patterns) {
      ids.addAll(history.photoIds(pattern));
      ids.addAll(history.postIds(pattern));
      ids.addAll(history.likeIds(pattern));
    }
    return ids;
  }
}
