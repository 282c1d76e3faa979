package org.footprint.ingest.instagram;

import java.util.Set;
import org.footprint.ingest.meta.MetaFile;
import org.footprint.ingest.spi.ExportEntry;

/**
 * The files of an Instagram JSON export that Footprint reads, matched by folder and name below any root: the 2022
 * layout has {@code content/}, {@code comments/}, {@code account_information/} at the top, later exports put
 * them under {@code your_instagram_activity/} (content sometimes in {@code media/}) and {@code personal_information/}.
 */
enum InstagramFile {
  PERSONAL_INFORMATION("account_information|personal_information", "personal_information\\.json", Set.of("profile_user")),
  PRIVACY_CHANGES("login_and_account_creation|security_and_login_information", "account_privacy_changes\\.json",
      Set.of("account_history_account_privacy_history")),
  POSTS("content|media", "posts(_\\d+)?\\.json", Set.of("ig_posts")),
  STORIES("content|media", "stories(_\\d+)?\\.json", Set.of("ig_stories")),
  REELS("content|media", "reels(_\\d+)?\\.json", Set.of("ig_reels_media")),
  ARCHIVED_POSTS("content|media", "archived_posts(_\\d+)?\\.json", Set.of("ig_archived_post_media")),
  RECENTLY_DELETED("content|media", "recently_deleted_content(_\\d+)?\\.json", Set.of("ig_recently_deleted_media")),
  PROFILE_PHOTOS("content|media", "profile_photos(_\\d+)?\\.json", Set.of("ig_profile_picture")),
  // Threads posts inside the Instagram export [unverified shape]: posts with text_app_post.is_reply.
  THREADS("threads", "threads_and_replies(_\\d+)?\\.json", Set.of("text_post_app_text_posts")),
  COMMENTS("comments", "post_comments(_\\d+)?\\.json|reels_comments(_\\d+)?\\.json",
      Set.of("comments_media_comments", "comments_reels_comments"));

  private final MetaFile where;
  /** The keys the list may sit under; none means a top-level list or the first list in the file. */
  final Set<String> keys;

  InstagramFile(String folder, String name, Set<String> keys) {
    this.where = MetaFile.of(folder, name);
    this.keys = keys;
  }

  boolean matches(ExportEntry entry) {
    return where.matches(entry);
  }
}
