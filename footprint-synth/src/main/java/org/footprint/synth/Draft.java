package org.footprint.synth;

import java.time.MonthDay;
import java.util.Set;
import org.footprint.model.Category;

/**
 * A filled-in template before it is dated and turned into an {@link org.footprint.model.Item}.
 *
 * @param text the finished text
 * @param categories what the template was written to show
 * @param template the template it came from
 * @param pinnedDay the day it belongs on (an awareness day, say), or null
 * @param pinnedMonths months a slot value belongs to (empty when none); the template's own months apply otherwise
 */
record Draft(String text, Set<Category> categories, Template template, MonthDay pinnedDay, Set<Integer> pinnedMonths) {}
