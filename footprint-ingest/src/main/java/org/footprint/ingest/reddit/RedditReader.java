package org.footprint.ingest.reddit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.ingest.csv.CsvEntries;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.time.Timestamps;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * Reddit's GDPR data export (a zip of CSVs; layout from importer code, no real sample checked):
 * <ul>
 *   <li>{@code posts.csv} ({@code id,permalink,date,ip,subreddit,gildings,title,url,body}): the user's posts, text
 *       = title, a blank line, then the Markdown body;</li>
 *   <li>{@code comments.csv} ({@code id,permalink,date,ip,subreddit,gildings,link,parent,body,media}): comments,
 *       a reply when {@code parent} is a comment ({@code t1_…}), reply-to = {@code parent}.</li>
 * </ul>
 * Files are told apart (and from YouTube's {@code comments.csv}) by their header, not their name. Content the
 * user deleted reads {@code [deleted]} or {@code [removed]} and is skipped. Dates ({@code 2023-01-15 12:34:56 UTC})
 * are UTC. Ids get Reddit's type prefix ({@code t3_} posts, {@code t1_} comments). Mentions are the
 * {@code u/name} references in the text. Everything on Reddit is public. Problems: those of {@link CsvEntries}.
 */
public final class RedditReader implements ExportReader {
  private static final List<String> COMMON = List.of("id", "permalink", "date", "subreddit");
  static final List<String> POST_COLUMNS = List.of("id", "permalink", "date", "subreddit", "title");
  static final List<String> COMMENT_COLUMNS = List.of("id", "permalink", "date", "subreddit", "body");
  private static final Set<String> GONE = Set.of("[deleted]", "[removed]");
  private static final Pattern USER = Pattern.compile("(?<![\\w/])/?u/([A-Za-z0-9_-]{3,20})");

  @Override
  public String platform() {
    return "reddit";
  }

  @Override
  public int detect(ExportTree tree) {
    return CsvEntries.csvFiles(tree).stream()
        .anyMatch(e -> CsvEntries.header(tree, e).filter(h -> CsvEntries.hasColumns(h, COMMON)).isPresent()) ? 90 : 0;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    for (ExportEntry entry : CsvEntries.csvFiles(tree)) {
      List<String> header = CsvEntries.header(tree, entry).orElse(List.of());
      boolean reddit = CsvEntries.hasColumns(header, COMMON);
      // a posts.csv or comments.csv with a broken header is reported, unless it is YouTube's comments.csv
      boolean brokenByName = !reddit && !header.contains("Comment ID");
      if (reddit && header.contains("title") || brokenByName && entry.fileName().equals("posts.csv")) {
        CsvEntries.read(context, entry, POST_COLUMNS, row -> post(row, context));
      } else if (reddit || brokenByName && entry.fileName().equals("comments.csv")) {
        CsvEntries.read(context, entry, COMMENT_COLUMNS, row -> comment(row, context));
      }
    }
  }

  private void post(CsvEntries.Row row, ReadContext context) {
    String title = row.get("title");
    String body = row.get("body");
    if (GONE.contains(title.strip())) {
      return;
    }
    String text = body.isBlank() || GONE.contains(body.strip()) ? title : title + "\n\n" + body;
    context.accept(base(row, "t3_").kind(ItemKind.POST).text(text).mentions(users(text)).build());
  }

  private void comment(CsvEntries.Row row, ReadContext context) {
    String body = row.get("body");
    if (GONE.contains(body.strip())) {
      return;
    }
    String parent = row.get("parent");
    context.accept(base(row, "t1_")
        .kind(parent.startsWith("t1_") ? ItemKind.REPLY : ItemKind.COMMENT)
        .text(body)
        .replyTo(parent.isBlank() ? null : parent)
        .mentions(users(body))
        .build());
  }

  private Item.Builder base(CsvEntries.Row row, String prefix) {
    String id = row.get("id");
    String permalink = row.get("permalink");
    return Item.builder(platform(), id.startsWith(prefix) ? id : prefix + id)
        .createdAt(Timestamps.parse(row.get("date")))
        .audience(Audience.PUBLIC)
        .permalink(permalink.isBlank() ? null : permalink);
  }

  private static List<String> users(String text) {
    List<String> users = new ArrayList<>();
    Matcher matcher = USER.matcher(text);
    while (matcher.find()) {
      users.add(matcher.group(1));
    }
    return users;
  }
}
