package org.footprint.ingest.facebook;

import java.util.Set;
import org.footprint.ingest.meta.MetaFile;
import org.footprint.ingest.spi.ExportEntry;

/**
 * The files of a Facebook "Download your information" JSON export that Footprint reads. Roots moved between
 * generations ({@code posts/…} in 2021–2022, {@code your_activity_across_facebook/posts/…} in 2022–2023,
 * {@code your_facebook_activity/posts/…} since 2024), so files are matched by folder and name below any root;
 * lists split over {@code _1.json}, {@code _2.json} … are all read.
 */
enum FacebookFile {
  PROFILE("profile_information", "profile_information\\.json", Set.of("profile_v2")),
  POSTS("posts", "your_posts(_\\d+)?\\.json|your_posts__check_ins__photos_and_videos(_\\d+)?\\.json"
      + "|posts_on_other_pages_and_profiles(_\\d+)?\\.json", Set.of()),
  // Others' posts on the user's timeline [unverified name and wrapper key]: any list inside is taken.
  TIMELINE_BY_OTHERS("posts", "other_people.s_posts_to_your_(timeline|feed)(_\\d+)?\\.json", Set.of()),
  CHECK_INS("posts", "check[-_]ins(_\\d+)?\\.json", Set.of()),
  PHOTOS("posts", "your_uncategorized_photos(_\\d+)?\\.json", Set.of("other_photos_v2", "other_photos")),
  VIDEOS("posts", "your_videos(_\\d+)?\\.json", Set.of("videos_v2", "videos")),
  STORIES("stories", "archived_stories(_\\d+)?\\.json", Set.of("archived_stories_v2", "archived_stories")),
  COMMENTS("comments_and_reactions|comments", "comments(_\\d+)?\\.json|comments_and_reactions(_\\d+)?\\.json",
      Set.of("comments_v2", "comments")),
  GROUP_POSTS("groups", "your_posts_in_groups(_\\d+)?\\.json|group_posts_and_comments(_\\d+)?\\.json",
      Set.of("group_posts_v2", "group_posts")),
  GROUP_COMMENTS("groups", "your_comments_in_groups(_\\d+)?\\.json", Set.of("group_comments_v2", "group_comments")),
  // messages/inbox/<thread>/message_1.json: the folder that tells is two above the file.
  MESSAGES("inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover", "message_\\d+\\.json", Set.of("messages"), 2);

  private final MetaFile where;
  /** The keys the list may sit under; none means a top-level list or the first list in the file. */
  final Set<String> keys;

  FacebookFile(String folder, String name, Set<String> keys) {
    this(folder, name, keys, 1);
  }

  FacebookFile(String folder, String name, Set<String> keys, int levelsUp) {
    this.where = MetaFile.of(folder, name).above(levelsUp);
    this.keys = keys;
  }

  boolean matches(ExportEntry entry) {
    return where.matches(entry);
  }
}
