package org.footprint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.footprint.model.Audience;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Remediation;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

class ScanFindingJsonTest {
  private final Item item = Item.builder("facebook", "post@1700000000:ab12cd34").id("facebook:post@1700000000:ab12cd34").kind(ItemKind.COMMENT)
      .authoredBySelf(false).createdAt(Instant.parse("2023-11-14T22:13:20.5Z")).audience(Audience.FRIENDS)
      .text("Steaming at the wedding 🍾 with <b>Kim</b>").permalink("https://www.facebook.com/1/posts/2").build();
  private final Finding finding = new Finding(item.id(), Involvement.BY_OTHERS, Category.SUBSTANCES, Severity.LOW, 0.65,
      List.of(new EvidenceSpan(0, 8, "Steaming", "anchor"), new EvidenceSpan(3, 9, "at home", "clue", "twitter:9")), "substances.heavy-drinking",
      "'Steaming' says someone was drunk", "Photos and posts of being drunk are a common referral.",
      List.of(new Clause("nmc-2018", "20.10", "Use social media responsibly.", true), new Clause("nmc-2018", "Section 20", "Uphold reputation.", false)),
      List.of(Remediation.ASK_POSTER_TO_REMOVE, Remediation.UNTAG), "Ask Kim to take it down.");

  @Test
  void reads_back_the_finding_and_what_the_report_holds_of_its_item() {
    ItemFinding back = ScanFindingJson.read(ScanFindingJson.render(item, finding));

    assertThat(back.finding()).isEqualTo(finding);
    assertThat(back.item().id()).isEqualTo(item.id());
    assertThat(back.item().nativeId()).isEqualTo(item.nativeId());
    assertThat(back.item().kind()).isEqualTo(ItemKind.COMMENT);
    assertThat(back.item().authoredBySelf()).isFalse();
    assertThat(back.item().createdAt()).isEqualTo(item.createdAt());
    assertThat(back.item().audience()).isEqualTo(Audience.FRIENDS);
    assertThat(back.item().text()).isEqualTo(item.text());
    assertThat(back.item().permalink()).isEqualTo(item.permalink());
  }

  @Test
  void writes_the_scan_shape_with_the_items_a_cross_item_finding_draws_on() throws IOException {
    JsonNode json = new ObjectMapper().readTree(ScanFindingJson.render(item, finding));

    assertThat(json.path("id").asText()).isEqualTo(item.id() + "#substances.heavy-drinking");
    assertThat(json.path("rule").asText()).isEqualTo("substances.heavy-drinking");
    assertThat(json.path("item").path("source_id").asText()).isEqualTo("post@1700000000:ab12cd34");
    assertThat(json.path("evidence").get(1).path("item_id").asText()).isEqualTo("twitter:9");
    assertThat(json.path("evidence").get(0).has("item_id")).isFalse();
    assertThat(json.path("contributing_items")).extracting(JsonNode::asText).containsExactly(item.id(), "twitter:9");
    assertThat(json.path("clauses").get(1).path("clause").asText()).isEqualTo("Section 20");
    assertThat(json.path("clauses").get(1).path("verified").asBoolean()).isFalse();
    assertThat(json.path("remediation").get(0).path("action").asText()).isEqualTo("ask-poster-to-remove");
    assertThat(json.path("suggestion").asText()).isEqualTo("Ask Kim to take it down.");
  }

  @Test
  void text_that_is_not_a_finding_is_refused_with_what_is_missing() {
    assertThatThrownBy(() -> ScanFindingJson.read("{\"item\":{\"platform\":\"x\"}}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'id'");
    assertThatThrownBy(() -> ScanFindingJson.read("[1,")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scan report's shape");
  }
}
