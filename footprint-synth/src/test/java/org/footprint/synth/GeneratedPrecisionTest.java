package org.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.footprint.analysis.Analyzer;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * The generator's posts as a check on precision: its benign templates repeat everyday phrasing ("That's all, carry
 * on 😄") thousands of times, so a word that a retrained model or a new lexicon entry wrongly weighs shows up here
 * when no labelled file shows it (a retraining once put threat precision on these posts at 0.26). The floors sit
 * under today's figures (docs/ACCURACY.md); hostility and exposure have templates that are hard on purpose.
 */
class GeneratedPrecisionTest {
  private static final Map<Category, Double> FLOORS = Map.of(Category.HOSTILITY, 0.60, Category.EXPOSURE, 0.60);
  private static final double FLOOR = 0.80;

  @Test
  void every_category_found_in_generated_posts_is_mostly_what_the_template_meant() {
    Analyzer analyzer = Analyzer.builtIn();
    Map<Category, int[]> counts = new EnumMap<>(Category.class); // [right, wrong]
    new CorpusGenerator(42).posts(8_000).forEach(post -> {
      Set<Category> found = EnumSet.noneOf(Category.class);
      for (Finding finding : analyzer.analyze(post.item())) {
        // what `footprint eval` counts as a prediction
        if (finding.severity().atLeast(Severity.LOW)) {
          found.add(finding.category());
        }
      }
      found.forEach(category -> counts.computeIfAbsent(category, c -> new int[2])[post.intendedCategories().contains(category) ? 0 : 1]++);
    });
    assertThat(counts.keySet()).containsAll(Category.risks());
    counts.forEach((category, count) -> assertThat(count[0] / (double) (count[0] + count[1]))
        .as("%s precision on generated posts (%d right, %d wrong)", category.id(), count[0], count[1])
        .isGreaterThanOrEqualTo(FLOORS.getOrDefault(category, FLOOR)));
  }
}
