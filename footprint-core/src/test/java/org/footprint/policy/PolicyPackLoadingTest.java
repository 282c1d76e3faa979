package org.footprint.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.footprint.model.Category;
import org.footprint.model.Severity;
import org.junit.jupiter.api.Test;

/** Loading problems name the file and say what is wrong. Packs here are small in-memory files. */
class PolicyPackLoadingTest {

  private static final String CATEGORIES = """
        hostility:
          - {ref: "1.1", summary: "Be kind.", verified: true}
        discrimination:
          - {ref: "1.2", summary: "Be fair.", verified: true}
        threat: []
        profanity: []
        sexual: []
        substances: []
        confidentiality:
          - {ref: "Section 2 (confidentiality)", summary: "Keep secrets.", verified: false}
        boundaries: []
        political: []
        exposure:
          - {ref: "Guidance: staying safe", summary: "Stay safe.", verified: false}
      """;

  private static final String NOTES = """
      notes:
        threat: "none"
        profanity: "none"
        sexual: "none"
        substances: "none"
        boundaries: "none"
        political: "none"
      """;

  private final Map<String, String> files = new HashMap<>();

  private static String pack(String id, boolean isDefault, String categories, String severity) {
    return "id: " + id + "\n"
        + "title: \"Test " + id + "\"\n"
        + "code: " + id + "-code\n"
        + "code-title: \"Test code\"\n"
        + "profession: \"Testers\"\n"
        + "version: \"1\"\n"
        + "url: \"https://example.org/\"\n"
        + "default: " + isDefault + "\n"
        + "clauses:\n"
        + "  public_trust:\n"
        + "    - {ref: \"Section 5 (public trust)\", summary: \"Keep trust.\", verified: false}\n"
        + categories
        + severity
        + NOTES;
  }

  private PolicyPacks load(String index) {
    files.put("packs/index.txt", index);
    return PolicyPacks.load(files::get);
  }

  @Test
  void loads_a_well_formed_pack() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, "severity:\n  political: {ceiling: low, shift: -1}\n"));

    PolicyPacks packs = load("# comment\none   # the only pack\n\n");

    assertThat(packs.defaultPack().id()).isEqualTo("one");
    assertThat(packs.get("one").adjust(Category.POLITICAL, Severity.HIGH)).isEqualTo(Severity.LOW);
    assertThat(packs.resolve("one:1.1")).map(clause -> clause.code()).hasValue("one-code");
  }

  @Test
  void unknown_category_names_the_file_and_the_category() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES.replace("threat: []", "threats: []"), ""));

    assertThatThrownBy(() -> load("one"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("packs/one.yaml: clauses: unknown category 'threats' (expected one of public_trust, hostility,");
  }

  @Test
  void missing_category_is_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES.replace("  threat: []\n", ""), ""));

    assertThatThrownBy(() -> load("one"))
        .hasMessage("packs/one.yaml: clauses: missing category 'threat' (list it, empty if the code has no clause for it)");
  }

  @Test
  void empty_category_without_a_note_is_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, "").replace("  threat: \"none\"\n", ""));

    assertThatThrownBy(() -> load("one"))
        .hasMessageStartingWith("packs/one.yaml: clauses.threat: lists no clause and notes has no 'threat' entry");
  }

  @Test
  void bad_severity_names_the_file_and_the_field() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, "severity:\n  political: {ceiling: lowish}\n"));

    assertThatThrownBy(() -> load("one"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("packs/one.yaml: severity.political.ceiling: unknown severity 'lowish' (expected info, low, medium, high or critical)");
  }

  @Test
  void floor_above_ceiling_is_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, "severity:\n  exposure: {floor: high, ceiling: low}\n"));

    assertThatThrownBy(() -> load("one")).hasMessage("packs/one.yaml: severity.exposure: floor high is above ceiling low");
  }

  @Test
  void two_default_packs_are_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, ""));
    files.put("packs/two.yaml", pack("two", true, CATEGORIES, ""));

    assertThatThrownBy(() -> load("one\ntwo\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("packs/two.yaml: default: true, but packs/one.yaml is already the default pack (exactly one pack may be the default)");
  }

  @Test
  void no_default_pack_is_refused() {
    files.put("packs/one.yaml", pack("one", false, CATEGORIES, ""));

    assertThatThrownBy(() -> load("one")).hasMessage("packs/index.txt: none of the listed packs has default: true (exactly one must)");
  }

  @Test
  void unverified_bare_clause_number_is_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES.replace("{ref: \"1.2\", summary: \"Be fair.\", verified: true}",
        "{ref: \"5.8\", summary: \"Be fair.\", verified: false}"), ""));

    assertThatThrownBy(() -> load("one"))
        .hasMessage("packs/one.yaml: clauses.discrimination[0].ref: '5.8' is not verified, so cite the section or heading, not the clause number");
  }

  @Test
  void unquoted_clause_number_is_refused_because_yaml_reads_it_as_a_number() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES.replace("ref: \"1.1\"", "ref: 1.10"), ""));

    assertThatThrownBy(() -> load("one")).hasMessageStartingWith("packs/one.yaml: clauses.hostility[0].ref: must be quoted text");
  }

  @Test
  void guidance_cannot_be_verified() {
    files.put("packs/one.yaml", pack("one", true,
        CATEGORIES.replace("{ref: \"Guidance: staying safe\", summary: \"Stay safe.\", verified: false}",
            "{ref: \"Guidance: staying safe\", summary: \"Stay safe.\", verified: true}"), ""));

    assertThatThrownBy(() -> load("one"))
        .hasMessage("packs/one.yaml: clauses.exposure[0].verified: guidance is not a code clause, so it cannot be verified: true");
  }

  @Test
  void duplicate_reference_within_a_category_is_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES.replace(
        "{ref: \"1.1\", summary: \"Be kind.\", verified: true}",
        "{ref: \"1.1\", summary: \"Be kind.\", verified: true}\n    - {ref: \"1.1\", summary: \"Again.\", verified: true}"), ""));

    assertThatThrownBy(() -> load("one")).hasMessage("packs/one.yaml: clauses.hostility[1].ref: '1.1' is listed twice in this category");
  }

  @Test
  void unknown_field_is_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, "severity:\n  political: {cap: low}\n"));

    assertThatThrownBy(() -> load("one"))
        .hasMessage("packs/one.yaml: severity.political: unknown field 'cap' (expected floor, ceiling, shift)");
  }

  @Test
  void id_must_match_the_file_name() {
    files.put("packs/one.yaml", pack("other", true, CATEGORIES, ""));

    assertThatThrownBy(() -> load("one")).hasMessage("packs/one.yaml: id: 'other' does not match the file name (expected 'one')");
  }

  @Test
  void duplicate_yaml_key_is_refused() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, "") + "title: \"again\"\n");

    assertThatThrownBy(() -> load("one"))
        .hasMessageStartingWith("packs/one.yaml: not valid YAML")
        .hasMessageContaining("title");
  }

  @Test
  void pack_listed_in_the_index_but_missing_is_named() {
    files.put("packs/one.yaml", pack("one", true, CATEGORIES, ""));

    assertThatThrownBy(() -> load("one\nghost\n"))
        .hasMessage("packs/index.txt line 2: lists pack 'ghost' but packs/ghost.yaml does not exist");
  }

  @Test
  void bad_pack_id_in_the_index_is_named() {
    assertThatThrownBy(() -> load("Bad_Id"))
        .hasMessage("packs/index.txt line 1: 'Bad_Id' is not a pack id (lower-case letters, digits and hyphens)");
  }

  @Test
  void missing_index_is_named() {
    assertThatThrownBy(() -> PolicyPacks.load(name -> null)).hasMessage("packs/index.txt: not found");
  }
}
