package org.footprint.ingest.reddit;

import java.util.List;
import org.footprint.ingest.testkit.CsvText;

/** Writes Reddit export CSVs with the documented headers, for tests; texts and names are invented. */
public final class RedditExport {
  private RedditExport() {}

  public record Post(String id, String title, String body) {}

  public record Comment(String id, String parent, String body) {}

  public static String posts(List<Post> posts) {
    return CsvText.write(List.of("id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"), printer -> {
      for (Post post : posts) {
        printer.printRecord(post.id(), "https://www.reddit.com/r/nursing/comments/" + post.id() + "/x/", "2023-01-15 12:34:56 UTC",
            "", "nursing", "0", post.title(), "", post.body());
      }
    });
  }

  public static String comments(List<Comment> comments) {
    return CsvText.write(List.of("id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"), printer -> {
      for (Comment comment : comments) {
        printer.printRecord(comment.id(), "https://www.reddit.com/r/nursing/comments/abc/x/" + comment.id() + "/",
            "2023-02-01 08:00:00 UTC", "", "nursing", "0", "https://www.reddit.com/r/nursing/comments/abc/x/", comment.parent(),
            comment.body(), "");
      }
    });
  }
}
