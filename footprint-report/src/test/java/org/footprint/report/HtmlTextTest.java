package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.footprint.model.EvidenceSpan;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void escapes_every_character_that_could_open_markup_or_end_an_attribute() {
    assertThat(HtmlText.escape("<script>alert('x')</script> & \"q\"")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void marks_evidence_by_utf16_offsets_after_emoji() {
    String text = "🍸🍸 still drunk for my shift";
    int start = text.indexOf("drunk");

    String html = HtmlText.highlighted(text, "x:1", List.of(new EvidenceSpan(start, start + 5, "drunk", "anchor")));

    assertThat(html).isEqualTo("🍸🍸 still <mark>drunk</mark> for my shift");
  }

  @Test
  void a_span_edge_inside_a_surrogate_pair_takes_the_whole_emoji() {
    String text = "ok 😡 now";
    // 3..4 is the high surrogate only; 4..5 the low one only.
    assertThat(HtmlText.highlighted(text, "x:1", List.of(new EvidenceSpan(3, 4, "?", "anchor")))).isEqualTo("ok <mark>😡</mark> now");
    assertThat(HtmlText.highlighted(text, "x:1", List.of(new EvidenceSpan(4, 5, "?", "anchor")))).isEqualTo("ok <mark>😡</mark> now");
  }

  @Test
  void overlapping_spans_merge_spans_of_other_items_and_empty_spans_are_not_marked_and_spans_past_the_end_are_cut() {
    String text = "you pathetic idiot";
    List<EvidenceSpan> spans = List.of(new EvidenceSpan(4, 12, "pathetic", "a"), new EvidenceSpan(9, 18, "etic idiot", "b"),
        new EvidenceSpan(0, 3, "you", "target", "x:other"), new EvidenceSpan(0, 0, "photo", "photo"), new EvidenceSpan(13, 99, "idiot…", "c"));

    assertThat(HtmlText.highlighted(text, "x:1", spans)).isEqualTo("you <mark>pathetic idiot</mark>");
  }

  @Test
  void a_long_text_is_shown_around_its_evidence_with_ellipses() {
    String text = "a".repeat(5_000) + " idiot " + "b".repeat(5_000);
    int start = text.indexOf("idiot");

    String html = HtmlText.highlighted(text, "x:1", List.of(new EvidenceSpan(start, start + 5, "idiot", "anchor")));

    assertThat(html).startsWith("… ").endsWith(" …").contains("<mark>idiot</mark>");
    assertThat(html.length()).isLessThan(2 * HtmlText.CONTEXT + 40);
  }

  @Test
  void only_web_addresses_become_links() {
    assertThat(HtmlText.isWebLink("https://x.com/me/status/1")).isTrue();
    assertThat(HtmlText.isWebLink("javascript:alert(1)")).isFalse();
    assertThat(HtmlText.isWebLink("https://x.com/a b")).isFalse();
    assertThat(HtmlText.isWebLink(null)).isFalse();
  }

  @Property
  void marked_text_without_the_marks_is_the_escaped_text(@ForAll String text, @ForAll @IntRange(min = 0, max = 50) int start,
      @ForAll @IntRange(min = 0, max = 50) int length) {
    String html = HtmlText.highlighted(text, "x:1", List.of(new EvidenceSpan(start, start + length, "", "anchor")));

    // jqwik's strings are shorter than the whole-text limit: the text is shown whole.
    assertThat(html.replace("<mark>", "").replace("</mark>", "")).isEqualTo(HtmlText.escape(text));
  }
}
