package org.footprint.ingest.linkedin;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.ingest.csv.CsvEntries;
import org.footprint.ingest.html.HtmlText;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.time.Timestamps;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * LinkedIn's "Get a copy of your data" CSVs (layout checked against a 2025 export):
 * <ul>
 *   <li>{@code Shares.csv} ({@code Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility}; 2018 exports
 *       spell {@code SharedURL}/{@code MediaURL} and have no {@code Visibility}): own posts, kind post, or
 *       repost when there is no commentary but a shared link; audience from {@code Visibility};</li>
 *   <li>{@code Comments.csv} ({@code Date,Link,Message}): own comments, audience unknown (that of the post);</li>
 *   <li>{@code Profile.csv} (… {@code Headline,Summary} …, read in a 2018 export): headline and summary as public
 *       profile fields;</li>
 *   <li>{@code Articles/…/*.html}: long-form articles, as text (layout not checked against a real export; the date
 *       is taken from a file name that starts with one).</li>
 * </ul>
 * Files are recognised by their header, whatever their name. {@code Date} has no zone and is read as UTC.
 * The native id is the {@code urn:li:…} of the share (comments: the activity urn and the date).
 * Problems: {@code ingest.linkedin.article-too-long} (an article beyond two million characters: its start is read)
 * and those of {@link CsvEntries} and {@link ReadProblems}.
 */
public final class LinkedInReader implements ExportReader {
  static final List<String> SHARES_COLUMNS = List.of("Date", "ShareCommentary");
  static final List<String> COMMENTS_COLUMNS = List.of("Date", "Link", "Message");
  static final List<String> PROFILE_COLUMNS = List.of("Headline");
  private static final Pattern ARTICLE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(?::\\d{2})?)");
  private static final int MAX_ARTICLE_CHARS = 2_000_000;
  private static final Pattern URN = Pattern.compile("urn:li:[a-zA-Z]+:[\\w-]+");

  @Override
  public String platform() {
    return "linkedin";
  }

  @Override
  public int detect(ExportTree tree) {
    int score = 0;
    for (ExportEntry entry : CsvEntries.csvFiles(tree)) {
      List<String> header = CsvEntries.header(tree, entry).orElse(List.of());
      if (isShares(header)) {
        return 95;
      }
      if (isComments(header)) {
        score = 80;
      }
    }
    return score;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    for (ExportEntry entry : CsvEntries.csvFiles(tree)) {
      List<String> header = CsvEntries.header(tree, entry).orElse(List.of());
      if (isShares(header) || entry.fileName().equals("Shares.csv")) {
        CsvEntries.read(context, entry, SHARES_COLUMNS, row -> context.accept(share(row)));
      } else if (isComments(header) || entry.fileName().equals("Comments.csv")) {
        CsvEntries.read(context, entry, COMMENTS_COLUMNS, row -> context.accept(comment(row)));
      } else if (entry.fileName().equals("Profile.csv")) {
        CsvEntries.read(context, entry, PROFILE_COLUMNS, row -> profile(row, context));
      }
    }
    for (ExportEntry entry : tree.entries()) {
      if (entry.path().matches("(.*/)?Articles/.*\\.html?")) {
        article(entry, context);
      }
    }
  }

  private void profile(CsvEntries.Row row, ReadContext context) {
    for (String field : List.of("Headline", "Summary")) {
      String text = row.get(field);
      if (!text.isBlank()) {
        context.accept(Item.builder(platform(), "profile/" + field.toLowerCase(Locale.ROOT))
            .kind(ItemKind.PROFILE_FIELD).text(text).audience(Audience.PUBLIC).build());
      }
    }
  }

  private void article(ExportEntry entry, ReadContext context) {
    try (Reader reader = context.text(entry)) {
      String html = new String(readLimited(reader, entry, context));
      Matcher date = ARTICLE_DATE.matcher(entry.fileName());
      context.accept(Item.builder(platform(), "article/" + entry.fileName())
          .kind(ItemKind.POST)
          .createdAt(date.find() ? Timestamps.parse(date.group(1)) : null)
          .text(HtmlText.toText(html))
          .audience(Audience.PUBLIC)
          .build());
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
    }
  }

  /** An article is read whole to parse its HTML, so its size is capped. */
  private static char[] readLimited(Reader reader, ExportEntry entry, ReadContext context) throws IOException {
    char[] buffer = new char[MAX_ARTICLE_CHARS + 1];
    int length = 0;
    for (int n; length < buffer.length && (n = reader.read(buffer, length, buffer.length - length)) > 0; ) {
      length += n;
    }
    if (length > MAX_ARTICLE_CHARS) {
      context.problem(entry, "ingest.linkedin.article-too-long",
          "The article is longer than " + MAX_ARTICLE_CHARS + " characters; only its start was read.");
      length = MAX_ARTICLE_CHARS;
    }
    return Arrays.copyOf(buffer, length);
  }

  private static boolean isShares(List<String> header) {
    return CsvEntries.hasColumns(header, SHARES_COLUMNS) && CsvEntries.hasColumns(header, List.of("ShareLink"));
  }

  private static boolean isComments(List<String> header) {
    return header.size() == COMMENTS_COLUMNS.size() && CsvEntries.hasColumns(header, COMMENTS_COLUMNS);
  }

  private Item share(CsvEntries.Row row) {
    String link = row.get("ShareLink");
    String text = unwrapLines(row.get("ShareCommentary"));
    boolean reshare = text.isBlank() && !row.get("SharedUrl").isBlank();
    return Item.builder(platform(), urn(link).orElse("share-" + row.number()))
        .kind(reshare ? ItemKind.REPOST : ItemKind.POST)
        .createdAt(Timestamps.parse(row.get("Date")))
        .text(text)
        .audience(audience(row.get("Visibility")))
        .permalink(link.isBlank() ? null : link)
        .build();
  }

  private Item comment(CsvEntries.Row row) {
    String link = row.get("Link");
    String date = row.get("Date");
    return Item.builder(platform(), urn(link).orElse("comment-" + row.number()) + "@" + date)
        .kind(ItemKind.COMMENT)
        .createdAt(Timestamps.parse(date))
        .text(row.get("Message"))
        .permalink(link.isBlank() ? null : link)
        .build();
  }

  private static Optional<String> urn(String link) {
    String decoded;
    try {
      decoded = URLDecoder.decode(link, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = link; // a broken %-escape: look for the urn as written
    }
    Matcher matcher = URN.matcher(decoded);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  /**
   * LinkedIn (2025) writes a multi-line commentary as lines joined by {@code "\n"} inside the field, so after
   * CSV unquoting every line still carries a stray quote at its end and the next at its start. Undone only
   * when every line break of the field has that shape, so a normal multi-line field is left as written.
   */
  static String unwrapLines(String text) {
    String normalised = text.replace("\r\n", "\n");
    int breaks = count(normalised, "\n");
    if (breaks == 0 || count(normalised, "\"\n\"") != breaks) {
      return normalised;
    }
    return normalised.replace("\"\n\"", "\n");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /** {@code Visibility}: MEMBER_NETWORK is every signed-in member, so as good as public; CONNECTIONS are mutual. */
  static Audience audience(String visibility) {
    return switch (visibility.strip().toUpperCase(Locale.ROOT)) {
      case "PUBLIC", "MEMBER_NETWORK", "LOGGED_IN" -> Audience.PUBLIC;
      case "CONNECTIONS" -> Audience.FRIENDS;
      default -> Audience.UNKNOWN;
    };
  }
}
