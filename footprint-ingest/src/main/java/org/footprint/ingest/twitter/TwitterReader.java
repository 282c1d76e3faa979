package org.footprint.ingest.twitter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;

/**
 * Reads an X (Twitter) archive of the 2019+ "Your archive" kind: {@code data/*.js} files of the form
 * {@code window.YTD.<type>.partN = [ … ]}, listed in {@code data/manifest.js} when it is there (otherwise found by
 * name), and the 2012–2018 "Grailbird" archive ({@code data/js/tweets/YYYY_MM.js}, bare tweets with {@code text}).
 * Checked against a real archive generated 2026-03-06 and against archives of the 2019–2022 kind.
 *
 * <ul>
 *   <li>{@code tweets.js}, {@code tweets-partN.js}, older {@code tweet.js} (records wrapped {@code {tweet:{…}}} or
 *       bare): posts, replies ({@code in_reply_to_screen_name} as reply-to), quotes (a link to a status), and
 *       retweets ({@code RT @…}: kind repost, not authored by the user); HTML entities unescaped, t.co links
 *       expanded, mentions from {@code entities.user_mentions}, media from {@code tweets_media/} with EXIF;</li>
 *   <li>{@code note-tweet.js}: the full text of long posts replaces the truncated text of the tweet it extends
 *       (same second, same opening); a note that extends no tweet is read as a post of its own;</li>
 *   <li>{@code deleted-tweets.js}, {@code community-tweet.js}, {@code twitter-circle-tweet.js} (audience
 *       followers): the tweet shape;</li>
 *   <li>{@code like.js}: likes, others' words the user endorsed (kind like, not authored);</li>
 *   <li>{@code direct-messages.js}, {@code direct-messages-group.js}: messages, audience direct, authored when
 *       {@code senderId} is the account's id;</li>
 *   <li>{@code periscope-comments-made-by-user.js}: the user's comments on live streams (kind comment, public);</li>
 *   <li>{@code account.js}, {@code manifest.js}: the account id and handle; {@code profile.js}: bio and location
 *       as profile fields; {@code protected-history.js}: posts made while the account was protected reach
 *       followers only, the rest are public.</li>
 * </ul>
 * Problem codes of its own: {@value YtdFile#NO_PREFIX}, {@value ArchiveRead#MISSING_FILE}; JSON problems as in
 * {@link org.footprint.ingest.json.JsonRecords}.
 */
public final class TwitterReader implements ExportReader {
  static final String PLATFORM = "twitter";

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public int detect(ExportTree tree) {
    Optional<ExportEntry> manifest = tree.find("data/manifest.js");
    if (manifest.isPresent() && startsWith(tree, manifest.get(), "window.__THAR_CONFIG")) {
      return 100;
    }
    List<ExportEntry> tweets = tree.matching(DataType.TWEETS.fileNamePattern + "|" + DataType.LEGACY_TWEETS.fileNamePattern);
    if (!tweets.isEmpty() && startsWith(tree, tweets.get(0), "window.YTD.")) {
      return 90;
    }
    for (ExportEntry entry : tree.matching(DataType.GRAILBIRD_TWEETS.fileNamePattern)) {
      if (entry.path().contains("js/tweets/") && startsWith(tree, entry, "Grailbird.data.tweets_")) {
        return 80;
      }
    }
    int looked = 0;
    for (ExportEntry entry : tree.matching(".+\\.js")) {
      if (entry.path().contains("data/") && looked++ < 3 && startsWith(tree, entry, "window.YTD.")) {
        return 60;
      }
    }
    return 0;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    new ArchiveRead(tree, context).run();
  }

  /** True when the entry's first bytes, after a BOM and white space, are {@code prefix}. */
  private static boolean startsWith(ExportTree tree, ExportEntry entry, String prefix) {
    try (InputStream in = tree.open(entry)) {
      String head = new String(in.readNBytes(prefix.length() + 16), StandardCharsets.UTF_8);
      return head.replace("\uFEFF", "").stripLeading().startsWith(prefix);
    } catch (IOException unreadable) {
      return false;
    }
  }
}
