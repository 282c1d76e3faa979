package org.footprint.synth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.footprint.model.Category;
import org.footprint.model.Item;

/**
 * One generated post and the categories its template was written to show.
 *
 * <p>The labels say what the template's author meant the post to contain, not what any detector finds:
 * an empty set means the post was written to be benign (it may still use tricky words such as
 * "child protection training").
 *
 * @param item the post, ready to analyse
 * @param intendedCategories what the template was written to show; empty for a benign post
 */
public record SyntheticPost(Item item, Set<Category> intendedCategories) {
  public SyntheticPost {
    Objects.requireNonNull(item, "item");
    // An enum set keeps the labels in declaration order, the same in every run.
    intendedCategories = intendedCategories.isEmpty()
        ? Collections.unmodifiableSet(EnumSet.noneOf(Category.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(intendedCategories));
  }

  /** True when the template was written to show none of the ten categories. */
  public boolean benign() {
    return intendedCategories.isEmpty();
  }
}
