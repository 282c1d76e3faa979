package org.footprint.ingest.linkedin;

import java.util.List;
import org.footprint.ingest.testkit.CsvText;

/** Writes LinkedIn CSVs the way LinkedIn does, for tests; texts are invented. */
public final class LinkedInExport {
  private LinkedInExport() {}

  /** One share: when {@code text} has several lines they are joined by {@code "\n"} inside the field, as LinkedIn does. */
  public record Share(String date, String urnId, String text, String sharedUrl, String visibility) {}

  static final String SHARES_HEADER_2025 = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility";

  public static String shares(List<Share> shares) {
    return CsvText.write(List.of("Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"), printer -> {
      for (Share share : shares) {
        printer.printRecord(share.date(), "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A" + share.urnId(),
            String.join("\"\n\"", share.text().split("\n", -1)), share.sharedUrl(), "", share.visibility());
      }
    });
  }

  /** The 2018 generation: {@code SharedURL}/{@code MediaURL} casing, no Visibility. */
  public static String shares2018(List<Share> shares) {
    return CsvText.write(List.of("Date", "ShareLink", "ShareCommentary", "SharedURL", "MediaURL"), printer -> {
      for (Share share : shares) {
        printer.printRecord(share.date(), "https://www.linkedin.com/feed/update/urn:li:activity:" + share.urnId(),
            share.text(), share.sharedUrl(), "");
      }
    });
  }

  public static String comments(List<String> messages) {
    return CsvText.write(List.of("Date", "Link", "Message"), printer -> {
      int n = 0;
      for (String message : messages) {
        printer.printRecord("2024-03-0" + (1 + n % 9) + " 10:00:0" + (n % 10),
            "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A70000000000000" + n++, message);
      }
    });
  }
}
