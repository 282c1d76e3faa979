package org.footprint.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footprint.analysis.normalise.Normaliser;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

class WatchedNamesHistoryTest {
  private static final Normaliser NORMALISER = RuleCatalogue.builtIn().normaliser();

  private static WatchedNames watching() {
    WatchList list = WatchList.create();
    list.add(WatchedNameHistory.WATCHED, NORMALISER);
    return new WatchedNames(list, WatchRule.builtIn(), PolicyPacks.loadBuiltIn().defaultPack());
  }

  private static List<Finding> judge(WatchedNames stage, String text) {
    return stage.apply(Item.draft("draft:1", text), NORMALISER.normalise(text), List.of());
  }

  @Test
  void catches_every_watched_name_in_every_spelling_of_a_generated_history() {
    WatchedNames stage = watching();
    List<WatchedNameHistory.Post> posts = WatchedNameHistory.posts(5, 600);
    long naming = posts.stream().filter(p -> p.watched() != null).count();
    assertThat(naming).isGreaterThan(150);
    for (WatchedNameHistory.Post post : posts) {
      List<Finding> findings = judge(stage, post.text());
      if (post.watched() == null) {
        assertThat(findings).as(post.text()).isEmpty();
      } else {
        assertThat(findings).as(post.text()).hasSize(1);
        String evidence = findings.get(0).evidence().get(0).text();
        assertThat(post.text()).contains(evidence);
        // the span is the watched words as the post wrote them, nothing around them
        assertThat(words(evidence)).isEqualTo(words(post.watched()));
      }
    }
  }

  /** The words of a text as the watch-list compares them. */
  private static String words(String text) {
    List<WatchTokens.Token> tokens = WatchTokens.of(NORMALISER.normalise(text).text());
    return WatchTokens.phrase(tokens, 0, tokens.size());
  }

  @Test
  void near_misses_are_not_caught() {
    WatchedNames stage = watching();
    for (String post : WatchedNameHistory.nearMisses(11)) {
      assertThat(judge(stage, post)).as(post).isEmpty();
    }
  }
}
