package org.footprint.ingest.corpus;

import java.time.Instant;
import org.footprint.ingest.drafts.Dates;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * One row of a researcher's corpus (many authors' public posts, as the Spark job reads them) as an item, or why it
 * cannot be one. The item is a public post its author wrote ({@code authoredBySelf}: each post is judged as its
 * author's own), its id the corpus's id as it is.
 *
 * @param item the post, or null when the row was skipped
 * @param author the author's id as the corpus gives it (never written out as it is), or null when skipped
 * @param problem why the row was skipped, or null
 */
public record CorpusPost(Item item, String author, CorpusProblem problem) {
  /**
   * The row's post: skipped with its problem when it has no id, author or text (blank counts as none) or a created-at
   * that is not an ISO-8601 date or date-time (the generic input's {@link Dates}); an absent created-at leaves it undated.
   *
   * @param defaultPlatform the platform of a row that names none
   */
  public static CorpusPost of(String id, String author, String createdAt, String text, String platform, String replyTo, String defaultPlatform) {
    if (blank(id)) {
      return skipped(CorpusProblem.MISSING_ID);
    }
    if (blank(author)) {
      return skipped(CorpusProblem.MISSING_AUTHOR);
    }
    if (blank(text)) {
      return skipped(CorpusProblem.MISSING_TEXT);
    }
    Instant when = Dates.parse(createdAt);
    if (when == null && !blank(createdAt)) {
      return skipped(CorpusProblem.BAD_DATE);
    }
    Item item = Item.builder(blank(platform) ? defaultPlatform : platform, id).id(id).kind(ItemKind.POST).authoredBySelf(true)
        .audience(Audience.PUBLIC).createdAt(when).text(text).replyTo(blank(replyTo) ? null : replyTo).build();
    return new CorpusPost(item, author, null);
  }

  /** A row that is no post at all (a line that is not JSON). */
  public static CorpusPost skipped(CorpusProblem problem) {
    return new CorpusPost(null, null, problem);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
