package org.footprint.synth;

import java.time.DayOfWeek;
import java.util.Set;
import org.footprint.model.Category;

/**
 * One line of a template file, parsed.
 *
 * @param source file and line, for messages
 * @param categories what the template was written to show; empty for benign
 * @param text the template text with {@code {slots}}
 * @param professions the professions it suits; empty means all
 * @param timing when in the day it is usually posted
 * @param days the days of the week it belongs on; empty means any
 * @param months the months it belongs to (1..12); empty means any
 * @param professional true for work-facing content that often goes on LinkedIn
 */
record Template(
    String source,
    Set<Category> categories,
    String text,
    Set<Profession> professions,
    Timing timing,
    Set<DayOfWeek> days,
    Set<Integer> months,
    boolean professional) {

  /** Part of the day a post is usually written in. */
  enum Timing {
    ANY, MORNING, WORK, LUNCH, EVENING, NIGHT
  }

  boolean suits(Profession profession) {
    return professions.isEmpty() || professions.contains(profession);
  }
}
