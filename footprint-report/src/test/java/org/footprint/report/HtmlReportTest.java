package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.footprint.report.ReportFixtures.found;
import static org.footprint.report.ReportFixtures.hostileTweet;
import static org.footprint.report.ReportFixtures.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.footprint.model.Category;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.review.ReviewDecision;
import org.footprint.review.ReviewState;
import org.footprint.review.Reviews;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static Document written(ExportScan scan) throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(scan, out);
    return Jsoup.parse(out.toString());
  }

  @Test
  void hostile_text_from_an_export_stays_text() throws IOException {
    Item tweet = hostileTweet();
    Document page = written(scan(List.of(found(tweet, "hostility.insult-at-target", Category.HOSTILITY, Severity.MEDIUM,
        new EvidenceSpan(tweet.text().indexOf("\"idiot"), tweet.text().indexOf("\"idiot") + 7, "\"idiot\"", "<b>anchor</b>"))), Reviews.NONE));

    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("script").first().data()).doesNotContain("pwned");
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("[onerror]")).isEmpty();
    assertThat(page.select("b")).isEmpty();
    Element post = page.selectFirst("article.finding blockquote.post");
    assertThat(post.text()).isEqualTo(tweet.text());
    assertThat(post.select("mark").text()).isEqualTo("\"idiot\"");
    // A javascript: "permalink" is no link at all.
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.select("#settings").text()).contains("Dundee <script>", "The location on your <X> profile");
    assertThat(page.select("#problems td").eachText()).contains("data/<b>like</b>.js", "the file ends <early>");
  }

  @Test
  void is_self_contained_and_allows_nothing_but_its_own_style_and_script() throws IOException {
    Document page = written(scan(List.of(found(hostileTweet(), "profanity.swearing", Category.PROFANITY, Severity.LOW)), Reviews.NONE));

    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(policy).startsWith("default-src 'none'").contains("script-src 'sha256-").doesNotContain("unsafe");
    assertThat(page.select("link, script[src], img[src], iframe, object, [style]")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    // Printable: the filters are left out and no finding is cut across pages.
    assertThat(page.selectFirst("style").data()).containsPattern("@media print \\{\\s*#filters, nav, \\.skip \\{ display: none; \\}")
        .contains("break-inside: avoid");
    assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream()).filter(a -> a.getKey().startsWith("on"))).isEmpty();
  }

  @Test
  void shows_each_finding_with_its_explanation_clauses_advice_permalink_review_and_id() throws IOException {
    Item tweet = Item.builder("twitter", "42").createdAt(Instant.parse("2024-03-05T09:00:00Z")).text("what an idiot").permalink("https://x.com/me/status/42").build();
    Document page = written(scan(List.of(found(tweet, "hostility.insult-at-target", Category.HOSTILITY, Severity.HIGH, new EvidenceSpan(8, 13, "idiot", "anchor"))),
        Reviews.NONE));

    Element finding = page.selectFirst("article.finding");
    assertThat(finding.attr("data-category")).isEqualTo("hostility");
    assertThat(finding.attr("data-severity")).isEqualTo("high");
    assertThat(finding.attr("data-platform")).isEqualTo("twitter");
    assertThat(finding.attr("data-year")).isEqualTo("2024");
    assertThat(finding.attr("data-review")).isEqualTo("open");
    // Severity is written out, not shown by colour alone.
    assertThat(finding.selectFirst("h3 .sev").text()).isEqualTo("high");
    assertThat(finding.text()).contains("Why hostility.insult-at-target matters.", "sssc-2024 2.8", "Delete the post", "Say it kindly.",
        "twitter:42#hostility.insult-at-target", "footprint review set twitter:42#hostility.insult-at-target");
    assertThat(finding.select(".unverified")).hasSize(1);
    assertThat(finding.selectFirst("a").attr("href")).isEqualTo("https://x.com/me/status/42");
    assertThat(finding.selectFirst("a").attr("rel")).contains("noreferrer");
    assertThat(page.select("#summary svg[role=img] title").eachText()).anyMatch(t -> t.contains("Findings by month"));
    assertThat(page.select("#summary table caption").text()).isEqualTo("Findings by category and severity");
  }

  @Test
  void has_labelled_filters_for_category_severity_platform_year_and_review_state_and_a_search() throws IOException {
    Item tweet = Item.builder("twitter", "1").createdAt(Instant.parse("2021-01-01T00:00:00Z")).text("x").build();
    Item draft = Item.draft("d1", "y");
    Document page = written(scan(List.of(found(tweet, "a.b", Category.HOSTILITY, Severity.HIGH), found(draft, "c.d", Category.EXPOSURE, Severity.LOW)),
        Reviews.NONE));

    for (String name : List.of("category", "severity", "platform", "year", "review", "q")) {
      Element control = page.selectFirst("#filters [name=" + name + "]");
      assertThat(control).as(name).isNotNull();
      assertThat(page.select("label[for=" + control.id() + "]")).as("label of " + name).hasSize(1);
    }
    assertThat(page.select("#filter-year option").eachAttr("value")).containsExactly("all", "2021", "undated");
    assertThat(page.select("#filter-platform option").eachAttr("value")).containsExactly("all", "draft", "twitter");
    assertThat(page.select("#filter-category option").eachAttr("value")).containsExactly("all", "hostility", "exposure");
    assertThat(page.selectFirst("#filter-review option[selected]").attr("value")).isEqualTo("open");
  }

  @Test
  void reviewed_findings_are_hidden_by_default_but_counted() throws IOException {
    Item kept = Item.builder("twitter", "1").text("kept").build();
    Item open = Item.builder("twitter", "2").text("open").build();
    ReviewState keep = new ReviewState(ReviewDecision.KEEP, "context <matters>", Instant.parse("2025-05-01T12:00:00Z"));
    Reviews reviews = (item, finding) -> item.id().equals(kept.id()) ? keep : null;

    Document page = written(scan(List.of(found(kept, "a.b", Category.PROFANITY, Severity.LOW), found(open, "a.b", Category.PROFANITY, Severity.LOW)), reviews));

    assertThat(page.select("ol.findings > li")).hasSize(2);
    Element reviewed = page.selectFirst("article[data-review=keep]");
    assertThat(reviewed.parent().hasAttr("hidden")).isTrue();
    assertThat(reviewed.text()).contains("Keep, 2025-05-01T12:00:00Z: context <matters>");
    assertThat(page.selectFirst("article[data-review=open]").parent().hasAttr("hidden")).isFalse();
    assertThat(page.select("#summary").text()).contains("1 open, 1 reviewed (Keep 1)");
  }

  @Test
  void a_finding_about_the_whole_history_lists_its_contributing_items() throws IOException {
    Item latest = Item.builder("twitter", "3").text("Walked Mia to Elm Park Primary").build();
    ItemFinding mosaic = found(latest, "exposure.mosaic-address", Category.EXPOSURE, Severity.LOW, new EvidenceSpan(14, 30, "Elm Park Primary", "school"),
        new EvidenceSpan(10, 12, "14", "house-number", "twitter:1"), new EvidenceSpan(0, 0, "taken at 21:00 near 55.95, -3.19", "photo", "instagram:7"));

    Element finding = written(scan(List.of(mosaic), Reviews.NONE)).selectFirst("article.finding");

    assertThat(finding.select("blockquote mark").eachText()).containsExactly("Elm Park Primary");
    assertThat(finding.select("ul.contributing li code").eachText()).containsExactly("twitter:3", "twitter:1", "instagram:7");
  }

  @Test
  void strengths_settings_and_old_items_are_in_the_summary_part() throws IOException {
    Item old = Item.builder("twitter", "9").createdAt(Instant.parse("2019-01-01T00:00:00Z")).text("old swear").permalink("https://x.com/me/status/9").build();
    Item clinic = Item.builder("twitter", "5").text("flu clinic open").build();
    Document page = written(scan(List.of(found(old, "profanity.swearing", Category.PROFANITY, Severity.LOW)),
        List.of(found(clinic, "strength.public-information", Category.STRENGTH, Severity.INFO, new EvidenceSpan(0, 10, "flu clinic", "service"))), Reviews.NONE));

    assertThat(page.select("#strengths mark").text()).isEqualTo("flu clinic");
    assertThat(page.select("#settings input[type=checkbox]")).hasSize(1);
    assertThat(page.select("#old-items").text()).contains("twitter: 1 item");
    assertThat(page.select("#old-items a").attr("href")).isEqualTo("https://x.com/me/status/9");
  }

  @Test
  void the_overview_is_copied_alone_for_the_web_app() throws IOException {
    Item tweet = hostileTweet();
    StringWriter page = new StringWriter();
    HtmlReport.write(scan(List.of(found(tweet, "profanity.swearing", Category.PROFANITY, Severity.LOW)), Reviews.NONE), page);
    StringWriter overview = new StringWriter();

    HtmlReport.copyOverview(new BufferedReader(new StringReader(page.toString())), overview);

    Document fragment = Jsoup.parseBodyFragment(overview.toString());
    assertThat(fragment.select("body > section").eachAttr("id")).containsExactly("summary", "strengths", "settings", "old-items");
    assertThat(fragment.select("#summary svg")).isNotEmpty();
    assertThat(fragment.select("article.finding, script, style, main, header")).isEmpty();
    assertThatThrownBy(() -> HtmlReport.copyOverview(new BufferedReader(new StringReader("<p>not a report</p>")), new StringWriter()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void twenty_thousand_findings_are_streamed_while_they_are_read() throws IOException {
    int total = 20_000;
    CountingWriter out = new CountingWriter();
    long[] writtenWhenLastWasRead = {0};
    int[] reads = {0};
    ReportedFindings generated = visitor -> {
      for (int i = 0; i < total; i++) {
        Item item = Item.builder("twitter", String.valueOf(i)).createdAt(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(i * 3_600L))
            .text("post number " + i + " with a swear word").build();
        visitor.visit(found(item, "profanity.swearing", Category.PROFANITY, Severity.LOW, new EvidenceSpan(17, 22, "swear", "anchor")));
      }
      reads[0]++;
      if (reads[0] == 2) {
        writtenWhenLastWasRead[0] = out.chars;
      }
    };
    ExportScan scan = new ExportScan("0.1.0", ReportFixtures.SCANNED_AT, "sssc", "SSSC", List.of(), total, generated, visitor -> { }, List.of(), List.of(),
        Reviews.NONE);

    HtmlReport.write(scan, out);

    assertThat(out.articles).isEqualTo(total);
    // Nearly all the page had gone to the writer by the time the last finding was read: nothing was held back.
    assertThat(writtenWhenLastWasRead[0]).isGreaterThan(out.chars * 9 / 10);
    assertThat(out.chars).isGreaterThan(total * 1_000L);
  }

  /** Keeps nothing: counts characters and finding articles, as a file on disk would receive them. */
  private static final class CountingWriter extends Writer {
    long chars;
    long articles;

    @Override
    public void write(char[] buffer, int offset, int length) {
      chars += length;
      articles += count(new String(buffer, offset, length));
    }

    @Override
    public void write(String text) {
      chars += text.length();
      articles += count(text);
    }

    private static int count(String text) {
      int n = 0;
      for (int at = text.indexOf("<article class=\"finding\""); at >= 0; at = text.indexOf("<article class=\"finding\"", at + 1)) {
        n++;
      }
      return n;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
