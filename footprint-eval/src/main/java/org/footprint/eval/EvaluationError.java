package org.footprint.eval;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.footprint.model.Category;

/**
 * One row whose predicted categories differ from its gold labels.
 *
 * @param id the row id
 * @param gold the known gold categories (unknown label names are not included)
 * @param predicted the categories of the row's findings at severity low or above
 * @param text the row's text, as given to the judge
 * @param ruleIds ids of the rules whose findings made the predictions (low or above), distinct, in the judge's order
 */
public record EvaluationError(String id, Set<Category> gold, Set<Category> predicted, String text, List<String> ruleIds) {

  public EvaluationError {
    Objects.requireNonNull(id, "id");
    gold = frozen(gold);
    predicted = frozen(predicted);
    text = text == null ? "" : text;
    ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
  }

  /** Gold categories that were not predicted. */
  public Set<Category> falseNegatives() {
    EnumSet<Category> missed = EnumSet.noneOf(Category.class);
    missed.addAll(gold);
    missed.removeAll(predicted);
    return Collections.unmodifiableSet(missed);
  }

  /** Predicted categories that are not gold. */
  public Set<Category> falsePositives() {
    EnumSet<Category> extra = EnumSet.noneOf(Category.class);
    extra.addAll(predicted);
    extra.removeAll(gold);
    return Collections.unmodifiableSet(extra);
  }

  /**
   * One line for people, e.g. {@code id  FN:hostility FP:profanity  [rule.a, rule.b]  text}; line breaks and tabs in
   * the text become spaces.
   */
  public String toLine() {
    StringBuilder line = new StringBuilder(id.length() + text.length() + 64);
    line.append(oneLine(id)).append("  ");
    int before = line.length();
    for (Category category : falseNegatives()) {
      line.append(line.length() == before ? "" : " ").append("FN:").append(category.id());
    }
    for (Category category : falsePositives()) {
      line.append(line.length() == before ? "" : " ").append("FP:").append(category.id());
    }
    line.append("  [").append(String.join(", ", ruleIds)).append("]  ").append(oneLine(text));
    return line.toString();
  }

  private static String oneLine(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean breaks = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085';
      if (breaks && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(breaks ? ' ' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static Set<Category> frozen(Set<Category> categories) {
    EnumSet<Category> copy = EnumSet.noneOf(Category.class);
    if (categories != null) {
      copy.addAll(categories);
    }
    return Collections.unmodifiableSet(copy);
  }
}
