package org.footprint.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The ten kinds of risk Footprint judges, and {@link #STRENGTH}: a post that shows the value of a professional
 * presence (guidance, public information, learning, celebrating colleagues). A strength is never a risk: it is
 * reported apart, never counted with risks, never labelled or scored in an evaluation, never behind an exit code.
 * Ids are lower-case and stable: they appear in every output.
 */
public enum Category {
  HOSTILITY, DISCRIMINATION, THREAT, PROFANITY, SEXUAL, SUBSTANCES, CONFIDENTIALITY, BOUNDARIES, POLITICAL, EXPOSURE,
  STRENGTH;

  private static final List<Category> RISKS = Stream.of(values()).filter(Category::isRisk).toList();

  /** False only for {@link #STRENGTH}. */
  public boolean isRisk() {
    return this != STRENGTH;
  }

  /** The ten risk categories, in declaration order: what packs cite, evaluations score and summaries count. */
  public static List<Category> risks() {
    return RISKS;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Category parse(String text) {
    for (Category category : values()) {
      if (category.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return category;
      }
    }
    throw new IllegalArgumentException("unknown category '" + text + "'");
  }
}
