package org.footprint.ingest.facebook;

import java.util.List;
import org.footprint.ingest.meta.HtmlExport;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;

/**
 * Reads Facebook's "Download your information" export in JSON, in the 2021–2022 layout ({@code posts/},
 * {@code comments_and_reactions/}, {@code groups/}, {@code stories/}, {@code profile_information/},
 * {@code messages/inbox/}) and the newer ones that moved the same files under {@code your_activity_across_facebook/}
 * and {@code your_facebook_activity/}. Checked against real 2022-layout exports (an English and a Danish account).
 *
 * <ul>
 *   <li>profile ({@code profile_v2}): the user's name and former names, to tell their words from others', and
 *       current city, hometown, work, education and relationship as profile fields;</li>
 *   <li>posts ({@code data[].post}, attachments with media, places and links, {@code tags[]}): posts, photos and
 *       check-ins; a post another person wrote on the user's timeline ("X wrote on Y's timeline") is authored
 *       by others;</li>
 *   <li>comments ({@code comments_v2}) and group posts and comments: authored by the user unless the
 *       comment's {@code author} is someone else; reply-to from the English title;</li>
 *   <li>uncategorised photos, videos, archived stories: photos with their {@code media_metadata};</li>
 *   <li>messages ({@code messages/inbox/<thread>/message_N.json} and the other message folders): direct, authored when {@code sender_name} is the
 *       user.</li>
 * </ul>
 * Every string goes through {@link org.footprint.ingest.meta.MetaText#repair}. Of {@code media_metadata} only
 * time, GPS and camera are kept: {@code upload_ip} is never read into an item. Facebook records no audience per
 * post, so posts, comments and photos are {@code unknown} (treat as possibly public). Problems as in
 * {@link org.footprint.ingest.json.JsonRecords}; an export downloaded as HTML gets {@value HtmlExport#CODE}.
 */
public final class FacebookReader implements ExportReader {
  static final String PLATFORM = "facebook";
  /** The HTML pages that stand where the JSON files would in an export downloaded as HTML. */
  static final List<String> HTML_TWINS = List.of("posts/your_posts_1.html",
      "posts/your_posts__check_ins__photos_and_videos_1.html", "profile_information/profile_information.html");

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public int detect(ExportTree tree) {
    int score = 0;
    for (ExportEntry entry : tree.entries()) {
      String path = entry.path();
      if (FacebookFile.POSTS.matches(entry)) {
        score = Math.max(score, path.contains("your_facebook_activity/") || path.contains("your_activity_across_facebook/") ? 100 : 90);
      } else if (FacebookFile.PROFILE.matches(entry) || FacebookFile.COMMENTS.matches(entry)
          || FacebookFile.GROUP_POSTS.matches(entry)) {
        score = Math.max(score, 80);
      } else if (FacebookFile.MESSAGES.matches(entry)) {
        score = Math.max(score, 40); // Instagram exports hold messages/inbox too
      }
      if (score == 100) {
        break;
      }
    }
    if (score == 0 && HtmlExport.marker(tree, HTML_TWINS).isPresent()) {
      return HtmlExport.DETECT_SCORE;
    }
    return score;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    new FacebookRead(tree, context).run();
  }
}
