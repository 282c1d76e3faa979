package org.footprint.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Remediation;

/**
 * What an item's age does to its findings ({@code policy/item-age.yaml}): an item at least a given number of whole
 * years old says how old it is in each finding's explanation ("This is 3 years old.") and, where the user can remove
 * it themselves, gets bulk deletion as advice. Age is counted against the time the caller gives (the scan's clock),
 * never the machine's, so that a report says the same whenever it is re-read and tests can fix the date. Immutable.
 */
public final class ItemAge {
  static final String RESOURCE = "policy/item-age.yaml";
  private static final List<String> FIELDS = List.of("older-than-years", "sentence", "remediation", "after");

  private final int olderThanYears;
  private final String sentence;
  private final List<Remediation> added;
  private final List<Remediation> after;

  private ItemAge(int olderThanYears, String sentence, List<Remediation> added, List<Remediation> after) {
    this.olderThanYears = olderThanYears;
    this.sentence = sentence;
    this.added = List.copyOf(added);
    this.after = List.copyOf(after);
  }

  private static final ItemAge BUILT_IN = parse(RESOURCE, PolicyFile.text(RESOURCE));

  /** The policy shipped with Footprint. */
  public static ItemAge builtIn() {
    return BUILT_IN;
  }

  /** How many whole years make an item old. */
  public int olderThanYears() {
    return olderThanYears;
  }

  /** Whole years from {@code createdAt} to {@code now} on the UTC calendar; 0 when undated or not yet a year. */
  public static int yearsOld(Instant createdAt, Instant now) {
    if (createdAt == null || createdAt.isAfter(now)) {
      return 0;
    }
    return Period.between(LocalDate.ofInstant(createdAt, ZoneOffset.UTC), LocalDate.ofInstant(now, ZoneOffset.UTC)).getYears();
  }

  /** True when the item is old enough for this policy at {@code now}. */
  public boolean isOld(Item item, Instant now) {
    return isOld(item.createdAt(), now);
  }

  /** @param createdAt an item's time, or null when unknown (never old) */
  public boolean isOld(Instant createdAt, Instant now) {
    return yearsOld(createdAt, now) >= olderThanYears;
  }

  /** The item's findings, each with its age said and the advice for old items added when the item is old; else as given. */
  public List<Finding> apply(Item item, List<Finding> findings, Instant now) {
    if (findings.isEmpty() || !isOld(item, now)) {
      return findings;
    }
    int years = yearsOld(item.createdAt(), now);
    String age = sentence.replace("{age}", years + (years == 1 ? " year" : " years"));
    List<Finding> aged = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      aged.add(new Finding(f.itemId(), f.involvement(), f.category(), f.severity(), f.confidence(), f.evidence(), f.ruleId(),
          f.message(), f.explanation() + " " + age, f.clauses(), advice(f.remediation()), f.suggestion()));
    }
    return aged;
  }

  /** The finding's own advice with the advice for old items right after the first action that removes the item. */
  private List<Remediation> advice(List<Remediation> own) {
    for (int i = 0; i < own.size(); i++) {
      if (after.contains(own.get(i))) {
        List<Remediation> advice = new ArrayList<>(own.subList(0, i + 1));
        added.stream().filter(r -> !own.contains(r)).forEach(advice::add);
        advice.addAll(own.subList(i + 1, own.size()));
        return advice;
      }
    }
    return own;
  }

  /**
   * Reads a policy file's text: {@code older-than-years} and {@code sentence} must be there, no field it does not know.
   *
   * @throws IllegalStateException naming the file and the field that is wrong
   */
  static ItemAge parse(String file, String text) {
    JsonNode root = PolicyFile.mapping(file, text, "a mapping with " + String.join(", ", FIELDS));
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalStateException(file + ": " + name + ": unknown field (expected " + String.join(", ", FIELDS) + ")");
      }
    }
    JsonNode years = root.path("older-than-years");
    if (!years.canConvertToInt() || years.asInt() < 1) {
      throw new IllegalStateException(file + ": older-than-years: expected a whole number of years, at least 1");
    }
    String sentence = root.path("sentence").asText("");
    if (!sentence.contains("{age}")) {
      throw new IllegalStateException(file + ": sentence: expected a sentence with {age} in it");
    }
    return new ItemAge(years.asInt(), sentence, ItemContextPolicy.remediation(file, "remediation", root.path("remediation")),
        ItemContextPolicy.remediation(file, "after", root.path("after")));
  }
}
