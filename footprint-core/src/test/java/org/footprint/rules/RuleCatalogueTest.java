package org.footprint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.footprint.model.Category;
import org.footprint.policy.PolicyPacks;
import org.junit.jupiter.api.Test;

/** The catalogue refuses rules that could not be tested, traced or cited. */
class RuleCatalogueTest {
  private static final Path RESOURCES = Path.of("src/main/resources");
  private final RuleCatalogue catalogue = RuleCatalogue.builtIn();

  @Test
  void every_rule_has_flag_and_pass_examples() {
    for (Rule rule : catalogue.rules()) {
      assertThat(rule.examples().flag()).as("flag examples of %s", rule.id()).isNotEmpty();
      assertThat(rule.examples().pass()).as("pass examples of %s", rule.id()).isNotEmpty();
    }
  }

  @Test
  void flag_examples_mark_their_evidence() {
    for (Rule rule : catalogue.rules()) {
      for (String example : rule.examples().flag()) {
        assertThat(MarkedExample.parse(example).spans()).as("[[…]] marks in %s: %s", rule.id(), example).isNotEmpty();
      }
    }
  }

  @Test
  void rule_ids_are_unique_and_every_category_has_rules() {
    List<String> ids = catalogue.rules().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    Set<Category> covered = catalogue.rules().stream().map(Rule::category).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(Category.values());
  }

  @Test
  void every_extra_clause_resolves_in_its_pack() {
    PolicyPacks packs = PolicyPacks.loadBuiltIn();
    for (Rule rule : catalogue.rules()) {
      for (String clause : rule.clauses()) {
        assertThat(packs.resolve(clause)).as("clause %s of %s", clause, rule.id()).isPresent();
      }
    }
  }

  @Test
  void every_rule_file_on_disk_is_listed_in_its_category_index() throws IOException {
    Set<String> listed = catalogue.rules().stream().map(r -> r.resource().substring("rules/".length())).collect(Collectors.toSet());
    try (Stream<Path> files = Files.walk(RESOURCES.resolve("rules"))) {
      Set<String> onDisk = files.filter(p -> p.toString().endsWith(".yaml"))
          .map(p -> RESOURCES.resolve("rules").relativize(p).toString().replace('\\', '/'))
          .collect(Collectors.toSet());
      assertThat(listed).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void every_lexicon_on_disk_is_listed_and_used() throws IOException {
    Set<String> listed = catalogue.lexicons().lexicons().stream().map(l -> l.name()).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(RESOURCES.resolve("lexicons"))) {
      Set<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv") && !n.startsWith("identifier-"))
          .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toSet());
      assertThat(listed).containsExactlyInAnyOrderElementsOf(onDisk);
    }
    Set<String> used = new HashSet<>(RuleCatalogue.CONDITION_LEXICONS);
    for (Rule rule : catalogue.rules()) {
      Stream.concat(Stream.of(rule.match().anchor()), Stream.concat(rule.match().with().stream(), rule.match().exclude().stream()))
          .flatMap(part -> part.sources().stream())
          .forEach(source -> used.add(source.startsWith("target:") ? "target-" + source.substring(7) : source));
    }
    assertThat(used).as("lexicons used by some rule or condition").containsAll(listed);
  }

  @Test
  void refuses_a_rule_with_an_unknown_kind() {
    String yaml = "id: hostility.x\nkind: vibes\ncategory: hostility\nseverity: low\nconfidence: 0.5\nsummary: s\nmessage: m\nwhy: w\n"
        + "remediation: [delete]\nmatch: {anchor: {lexicons: [insults]}}\nexamples: {flag: [a], pass: [b]}\n";
    assertThatThrownBy(() -> RuleReader.read("rules/hostility/x.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("rules/hostility/x.yaml").hasMessageContaining("unknown kind 'vibes'");
  }

  @Test
  void refuses_a_rule_with_an_unknown_key() {
    String yaml = "id: hostility.x\nkind: lexicon\ncategory: hostility\nseverity: low\nconfidence: 0.5\nsummary: s\nmessage: m\nwhy: w\n"
        + "remediation: [delete]\nmatch: {anchor: {lexicons: [insults]}}\nexamples: {flag: [a], pass: [b]}\nseverty: high\n";
    assertThatThrownBy(() -> RuleReader.read("rules/hostility/x.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("unknown key 'severty'");
  }

  @Test
  void refuses_a_rule_without_remediation() {
    String yaml = "id: hostility.x\nkind: lexicon\ncategory: hostility\nseverity: low\nconfidence: 0.5\nsummary: s\nmessage: m\nwhy: w\n"
        + "match: {anchor: {lexicons: [insults]}}\nexamples: {flag: [a], pass: [b]}\n";
    assertThatThrownBy(() -> RuleReader.read("rules/hostility/x.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("remediation");
  }

  @Test
  void a_learned_rule_needs_no_match_may_name_the_words_a_post_must_hold_and_may_list_conditions() {
    String head = "id: hostility.learned\nkind: learned\ncategory: hostility\nseverity: low\nconfidence: 0.5\nsummary: s\nmessage: m\nwhy: w\n"
        + "remediation: [delete]\nexamples: {flag: [a], pass: [b]}\n";
    assertThat(RuleReader.read("rules/hostility/learned.yaml", new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8))).kind())
        .isEqualTo(RuleKind.LEARNED);
    String withConditions = head + "unless: [reported-speech]\n";
    assertThat(RuleReader.read("rules/hostility/learned.yaml", new ByteArrayInputStream(withConditions.getBytes(StandardCharsets.UTF_8))).unless())
        .containsExactly(Condition.REPORTED_SPEECH);
    assertThat(RuleReader.read("rules/hostility/learned.yaml", new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8))).match().anchor().sources())
        .as("no match: any post").isEmpty();
    String withAnchor = head + "match: {anchor: {role: insult, lexicons: [insults]}}\n";
    assertThat(RuleReader.read("rules/hostility/learned.yaml", new ByteArrayInputStream(withAnchor.getBytes(StandardCharsets.UTF_8))).match().anchor().sources())
        .containsExactly("insults");
    String withParts = head + "match: {anchor: {lexicons: [insults]}, with: [{lexicons: [insult-frames]}]}\n";
    assertThatThrownBy(() -> RuleReader.read("rules/hostility/learned.yaml", new ByteArrayInputStream(withParts.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("rules/hostility/learned.yaml").hasMessageContaining("unknown key 'with'");
    String withExclude = head + "match: {exclude: [{role: kept, lexicons: [boundary-kept]}, {role: other meaning, lexicons: [benign-phrases], position: overlapping}]}\n";
    RuleMatch excluding = RuleReader.read("rules/hostility/learned.yaml", new ByteArrayInputStream(withExclude.getBytes(StandardCharsets.UTF_8))).match();
    assertThat(excluding.anchor().sources()).as("an exclude alone: any post").isEmpty();
    assertThat(excluding.exclude()).extracting(RulePart::position).containsExactly(RulePart.Position.ANY, RulePart.Position.OVERLAPPING);
    for (String part : List.of("{lexicons: [boundary-kept], window: 3}", "{lexicons: [boundary-kept], position: before}")) {
      String measured = head + "match: {exclude: [" + part + "]}\n";
      assertThatThrownBy(() -> RuleReader.read("rules/hostility/learned.yaml", new ByteArrayInputStream(measured.getBytes(StandardCharsets.UTF_8))))
          .as(part).hasMessageContaining("rules/hostility/learned.yaml").hasMessageContaining("takes no window and no before or after");
    }
  }

}
