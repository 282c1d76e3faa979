package org.footprint.analysis.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.footprint.analysis.Analyzer;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.junit.jupiter.api.Test;

/** A lexicon term inside a web address says nothing of the post, unless the term is an address itself. */
class WebAddressesTest {

  @Test
  void an_address_is_the_run_without_spaces_around_its_mark() {
    String text = "see https://x.com/gav and www.beech-court.co.uk/news or mail jo.bell@nhs.net";
    int[] spans = WebAddresses.in(text.toCharArray());
    assertThat(spans).hasSize(6);
    assertThat(text.substring(spans[0], spans[1])).isEqualTo("https://x.com/gav");
    assertThat(text.substring(spans[2], spans[3])).isEqualTo("www.beech-court.co.uk/news");
    assertThat(text.substring(spans[4], spans[5])).isEqualTo("jo.bell@nhs.net");
  }

  @Test
  void full_stops_colons_and_abbreviations_are_no_address() {
    assertThat(WebAddresses.in("Shift done. Home at 7:30, e.g. after tea. Ratio 3:1".toCharArray())).isEmpty();
    assertThat(WebAddresses.in("".toCharArray())).isEmpty();
    assertThat(WebAddresses.in("ends with a mark ://".toCharArray())).hasSize(2);
  }

  @Test
  void a_term_inside_an_address_is_not_a_hit_but_an_address_term_is() {
    assertThat(BuiltInAnalysis.of("what a clown https://x.com/gav/status/1").lexiconHits("affection-cues")).isEmpty();
    assertThat(BuiltInAnalysis.of("what a clown, see you friday x").lexiconHits("affection-cues")).isNotEmpty();
    assertThat(BuiltInAnalysis.of("register by Monday: https://www.gov.uk/register-to-vote").lexiconHits("political-neutral-context"))
        .extracting(hit -> hit.term()).contains("gov.uk");
  }

  @Test
  void words_in_a_link_raise_no_finding_that_the_same_words_in_the_post_raise() {
    Analyzer analyzer = Analyzer.builtIn();
    assertThat(analyzer.analyzeText("a", "Handy leaflet for families: www.drunk-and-high-no-more.org.uk/leaflet"))
        .extracting(Finding::category).doesNotContain(Category.SUBSTANCES);
    assertThat(analyzer.analyzeText("b", "Got so drunk and high last night before my early shift"))
        .extracting(Finding::category).contains(Category.SUBSTANCES);
  }
}
