package org.footprint.ingest.tiktok;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds TikTok {@code user_data*.json} files of two generations, for tests; texts are invented. */
public final class TikTokExport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TikTokExport() {}

  /** The older generation: "Activity", "Comment"/"Comments", "Video"/"Videos", "Profile"; lower-case comment keys. */
  public static String older(List<String> comments, List<String> videoDescriptions, String bio) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode watched = root.putObject("Activity").putObject("Video Browsing History").putArray("VideoList");
    watched.addObject().put("Date", "2022-01-01 10:00:00").put("VideoLink", "https://www.tiktokv.com/share/video/1/");
    ArrayNode list = root.putObject("Comment").putObject("Comments").putArray("CommentsList");
    for (int i = 0; i < comments.size(); i++) {
      list.addObject().put("date", "2022-03-0" + (1 + i % 9) + " 12:00:00").put("comment", comments.get(i)).put("photo", "N/A").put("url", "");
    }
    ArrayNode videos = root.putObject("Video").putObject("Videos").putArray("VideoList");
    for (int i = 0; i < videoDescriptions.size(); i++) {
      videos.addObject().put("Date", "2022-04-01 08:00:00").put("Link", "https://www.tiktokv.com/share/video/70000000000" + i + "/")
          .put("Likes", "3").put("Desc", videoDescriptions.get(i));
    }
    root.putObject("Profile").putObject("Profile Information").putObject("ProfileMap")
        .put("userName", "robin.example").put("bioDescription", bio);
    return root.toString();
  }

  /** The newer generation: "Your Activity", "Likes and Favorites", "Post"/"Posts", capitalised keys, nulls. */
  public static String newer(List<String> comments, List<String> videoTitles) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode activity = root.putObject("Your Activity");
    activity.putObject("Watch History").putArray("VideoList").addObject().put("Date", "2025-01-01 00:00:00").put("Link", "x");
    activity.putObject("Favorite Sounds").putNull("FavoriteSoundList");
    ObjectNode likes = root.putObject("Likes and Favorites");
    likes.putObject("Like List").putArray("ItemFavoriteList").addObject()
        .put("date", "2025-02-02 02:02:02").put("link", "https://www.tiktokv.com/share/video/7631024397754600735/");
    ArrayNode list = root.putObject("Comment").putObject("Comments").putArray("CommentsList");
    comments.forEach(c -> list.addObject().put("Date", "2025-03-03 03:03:03").put("Comment", c));
    ArrayNode videos = root.putObject("Post").putObject("Posts").putArray("VideoList");
    for (int i = 0; i < videoTitles.size(); i++) {
      videos.addObject().put("Date", "2025-04-04 04:04:04").put("Link", "https://www.tiktokv.com/share/video/9" + i + "/")
          .put("Title", videoTitles.get(i));
    }
    return root.toString();
  }
}
