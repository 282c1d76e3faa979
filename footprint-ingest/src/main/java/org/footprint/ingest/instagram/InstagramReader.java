package org.footprint.ingest.instagram;

import java.util.List;
import org.footprint.ingest.meta.HtmlExport;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;

/**
 * Reads Instagram's "Download your information" export in JSON: the 2022 layout ({@code content/posts_1.json},
 * {@code content/stories.json}, {@code content/archived_posts.json}, {@code content/recently_deleted_content.json},
 * {@code content/profile_photos.json}, {@code comments/post_comments.json}, {@code account_information/…},
 * {@code login_and_account_creation/account_privacy_changes.json}) and the later one under
 * {@code your_instagram_activity/}. Checked against real exports of 2019 and June 2022.
 *
 * <ul>
 *   <li>posts, reels, archived and recently deleted posts ({@code {media:[…], title, creation_timestamp}}): the
 *       caption is the outer {@code title} (carousels) or the first media's; media with {@code exif_data} time,
 *       GPS and camera; @handles in the caption as mentions;</li>
 *   <li>stories and profile photos: media objects, photos when they have no caption;</li>
 *   <li>Threads posts ({@code threads/threads_and_replies.json}, {@code text_post_app_text_posts}): posts, and
 *       replies when {@code text_app_post.is_reply};</li>
 *   <li>comments (label maps: {@code string_map_data.Comment}, or the older {@code string_list_data}): the
 *       user's comments, reply-to the post owner's handle;</li>
 *   <li>personal information: handle, name, bio (a profile field) and whether the account is private now;
 *       privacy changes: posts made while the account was private reach followers, the rest are public.</li>
 * </ul>
 * Strings are repaired with {@link org.footprint.ingest.meta.MetaText#repair}; problems as in
 * {@link org.footprint.ingest.json.JsonRecords}; an export downloaded as HTML gets {@value HtmlExport#CODE}.
 */
public final class InstagramReader implements ExportReader {
  static final String PLATFORM = "instagram";
  /** The HTML pages that stand where the JSON files would in an export downloaded as HTML. */
  static final List<String> HTML_TWINS = List.of("content/posts_1.html", "media/posts_1.html",
      "comments/post_comments.html", "comments/post_comments_1.html");

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public int detect(ExportTree tree) {
    boolean posts = false;
    boolean account = false;
    boolean other = false;
    for (ExportEntry entry : tree.entries()) {
      if (InstagramFile.POSTS.matches(entry)) {
        posts = true;
        if (entry.path().contains("your_instagram_activity/")) {
          return 100;
        }
      } else if (InstagramFile.PERSONAL_INFORMATION.matches(entry)) {
        account = true;
      } else if (InstagramFile.STORIES.matches(entry) || InstagramFile.COMMENTS.matches(entry)
          || InstagramFile.ARCHIVED_POSTS.matches(entry) || InstagramFile.RECENTLY_DELETED.matches(entry)) {
        other = true;
      }
    }
    if (posts) {
      return account ? 100 : 90;
    }
    if (other) {
      return 60;
    }
    if (HtmlExport.marker(tree, HTML_TWINS).isPresent()) {
      return HtmlExport.DETECT_SCORE;
    }
    return account ? 30 : 0;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    new InstagramRead(tree, context).run();
  }
}
