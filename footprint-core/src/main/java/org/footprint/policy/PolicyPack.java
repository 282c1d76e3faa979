package org.footprint.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.footprint.model.Category;
import org.footprint.model.Clause;
import org.footprint.model.Severity;

/**
 * One professional code as Footprint applies it: which clauses each category of finding relates to,
 * and how the code moves a rule's severity. Immutable.
 *
 * @param id the pack id users choose, e.g. {@code sssc}
 * @param title the short name people know, e.g. "Scottish Social Services Council"
 * @param code the cross-walk id of the code, e.g. {@code sssc-2024}; every clause carries it
 * @param codeTitle the code's full title
 * @param profession who the code applies to
 * @param version which edition of the code the pack follows
 * @param url where the code is published
 * @param isDefault true for the one pack used when the user names none
 * @param clauses per category, the clauses a finding of that category relates to (may be empty)
 * @param publicTrust the general conduct and reputation clauses, which every finding also cites
 * @param severity per category, how the pack adjusts the rule's severity (absent: unchanged)
 * @param notes free-text notes, keyed by category id or a topic such as {@code all}
 */
public record PolicyPack(
    String id,
    String title,
    String code,
    String codeTitle,
    String profession,
    String version,
    String url,
    boolean isDefault,
    Map<Category, List<Clause>> clauses,
    List<Clause> publicTrust,
    Map<Category, SeverityAdjustment> severity,
    Map<String, String> notes) {

  public PolicyPack {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(codeTitle, "codeTitle");
    EnumMap<Category, List<Clause>> clauseCopy = new EnumMap<>(Category.class);
    Objects.requireNonNull(clauses, "clauses").forEach((category, list) -> clauseCopy.put(category, List.copyOf(list)));
    clauses = Collections.unmodifiableMap(clauseCopy);
    publicTrust = List.copyOf(publicTrust);
    EnumMap<Category, SeverityAdjustment> severityCopy = new EnumMap<>(Category.class);
    severityCopy.putAll(Objects.requireNonNull(severity, "severity"));
    severity = Collections.unmodifiableMap(severityCopy);
    notes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(notes, "notes")));
  }

  /**
   * The clauses a finding of {@code category} cites: the category's own clauses first, then the
   * public-trust clauses, each reference once (the category's wording wins).
   */
  public List<Clause> clausesFor(Category category) {
    Objects.requireNonNull(category, "category");
    List<Clause> own = clauses.getOrDefault(category, List.of());
    List<Clause> result = new ArrayList<>(own.size() + publicTrust.size());
    Set<String> seen = new HashSet<>();
    for (Clause clause : own) {
      if (seen.add(clause.reference())) {
        result.add(clause);
      }
    }
    for (Clause clause : publicTrust) {
      if (seen.add(clause.reference())) {
        result.add(clause);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The clauses of {@link #clausesFor(Category)} and then the extra ones a rule names as {@code pack:reference}
   * (only those of this pack; the others are for other packs), each once.
   */
  public List<Clause> clausesFor(Category category, List<String> extras) {
    List<Clause> result = new ArrayList<>(clausesFor(category));
    String prefix = id + ":";
    for (String extra : extras) {
      if (extra.startsWith(prefix)) {
        clause(extra.substring(prefix.length())).filter(c -> !result.contains(c)).ifPresent(result::add);
      }
    }
    return result;
  }

  /** The severity a finding of {@code category} gets under this pack when its rule said {@code ruleSeverity}. */
  public Severity adjust(Category category, Severity ruleSeverity) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(ruleSeverity, "ruleSeverity");
    SeverityAdjustment adjustment = severity.get(category);
    return adjustment == null ? ruleSeverity : adjustment.apply(ruleSeverity);
  }

  /**
   * The clause with exactly this reference (e.g. {@code 2.8} or {@code Discreditable conduct}),
   * looked up in public trust first, then in the categories in their declared order.
   */
  public Optional<Clause> clause(String reference) {
    Objects.requireNonNull(reference, "reference");
    String wanted = reference.trim();
    for (Clause clause : publicTrust) {
      if (clause.reference().equals(wanted)) {
        return Optional.of(clause);
      }
    }
    for (List<Clause> list : clauses.values()) {
      for (Clause clause : list) {
        if (clause.reference().equals(wanted)) {
          return Optional.of(clause);
        }
      }
    }
    return Optional.empty();
  }
}
