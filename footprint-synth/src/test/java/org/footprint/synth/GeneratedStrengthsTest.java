package org.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footprint.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Strengths on the generator's posts: its work posts (training, signposting, thanks to the team) are the pattern,
 * its risk posts the near-misses, many of them work posts too ("sat through a training day…", "so proud of you,
 * text my own phone").
 */
class GeneratedStrengthsTest {
  @Test
  void no_post_written_to_show_a_risk_is_a_strength_and_some_benign_posts_are() {
    Analyzer analyzer = Analyzer.builtIn();
    List<SyntheticPost> posts = new CorpusGenerator(42).posts(8_000).toList();

    List<SyntheticPost> risky = posts.stream().filter(p -> !p.benign()).toList();
    assertThat(risky).hasSizeGreaterThan(800);
    assertThat(risky).filteredOn(p -> !analyzer.assess(p.item()).strengths().isEmpty()).extracting(p -> p.item().text()).isEmpty();
    long benignStrengths = posts.stream().filter(SyntheticPost::benign).filter(p -> !analyzer.assess(p.item()).strengths().isEmpty()).count();
    assertThat(benignStrengths).isGreaterThan(posts.size() / 20);
  }
}
