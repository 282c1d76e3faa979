package org.footprint.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.footprint.model.Clause;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the packs against the design cross-walk ({@code shared/design/codes-crosswalk.yaml} beside
 * the project). Skipped when the cross-walk is not there; nothing from it is copied into the repo.
 */
class CrosswalkConsistencyTest {

  private static final List<Path> CANDIDATES = List.of(
      Path.of("..", "shared", "design", "codes-crosswalk.yaml"),
      Path.of("..", "..", "shared", "design", "codes-crosswalk.yaml"));

  private static final Pattern DOTTED_NUMBER = Pattern.compile("\\b\\d+(?:\\.\\d+)+\\b");

  /** Per code id, the clause references the cross-walk marks H (verified). */
  private static final Map<String, Set<String>> verifiedByCode = new HashMap<>();

  @BeforeAll
  static void readCrosswalk() throws IOException {
    Path file = CANDIDATES.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    Assumptions.assumeTrue(file != null, "cross-walk not found at ../shared or ../../shared; skipping");
    JsonNode root = new YAMLMapper().readTree(file.toFile());
    for (JsonNode code : root.path("codes")) {
      Set<String> verified = verifiedByCode.computeIfAbsent(code.path("id").asText(), id -> new HashSet<>());
      for (Iterator<JsonNode> categories = code.path("categories").elements(); categories.hasNext(); ) {
        for (JsonNode entry : categories.next()) {
          if ("H".equals(entry.path("confidence").asText())) {
            verified.add(entry.path("clause").asText());
          }
        }
      }
    }
    assertThat(verifiedByCode).as("codes read from " + file).isNotEmpty();
  }

  private static List<Clause> allClauses(PolicyPack pack) {
    List<Clause> all = new ArrayList<>(pack.publicTrust());
    pack.clauses().values().forEach(all::addAll);
    return all;
  }

  @Test
  void every_pack_code_is_in_the_crosswalk() {
    for (PolicyPack pack : PolicyPacks.loadBuiltIn().all()) {
      assertThat(verifiedByCode).as(pack.id()).containsKey(pack.code());
    }
  }

  @Test
  void every_verified_clause_is_marked_verified_in_the_crosswalk_for_that_code() {
    for (PolicyPack pack : PolicyPacks.loadBuiltIn().all()) {
      Set<String> verified = verifiedByCode.getOrDefault(pack.code(), Set.of());
      for (Clause clause : allClauses(pack)) {
        if (clause.verified()) {
          assertThat(verified)
              .as("%s: '%s' is verified: true, so the cross-walk must list it for %s with confidence H",
                  pack.id(), clause.reference(), pack.code())
              .contains(clause.reference());
        }
      }
    }
  }

  @Test
  void no_unverified_reference_is_a_bare_clause_number() {
    for (PolicyPack pack : PolicyPacks.loadBuiltIn().all()) {
      for (Clause clause : allClauses(pack)) {
        if (!clause.verified()) {
          assertThat(clause.reference()).as(pack.id()).doesNotMatch("^\\d+(\\.\\d+)+$");
        }
      }
    }
  }

  @Test
  void no_reference_summary_or_note_shows_a_clause_number_the_crosswalk_did_not_verify() {
    for (PolicyPack pack : PolicyPacks.loadBuiltIn().all()) {
      Set<String> verified = verifiedByCode.getOrDefault(pack.code(), Set.of());
      Stream<String> texts = Stream.concat(
          allClauses(pack).stream().flatMap(clause -> Stream.of(clause.reference(), clause.summary())),
          pack.notes().values().stream());
      texts.forEach(text -> {
        Matcher numbers = DOTTED_NUMBER.matcher(text);
        while (numbers.find()) {
          assertThat(verified).as("%s: '%s' in \"%s\"", pack.id(), numbers.group(), text).contains(numbers.group());
        }
      });
    }
  }
}
