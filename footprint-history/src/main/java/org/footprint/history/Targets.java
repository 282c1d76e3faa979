package org.footprint.history;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * Whom a post is aimed at, and when a post by someone else was made, as the hostility analyses need them: the accounts
 * it replies to, mentions or quotes, lower-case and without '@'.
 */
final class Targets {
  /** Accounts a post may be aimed at and still count as aimed at each of them. */
  private static final int MAX = 3;
  private static final Pattern QUOTED_POST = Pattern.compile("https://(?:x|twitter)\\.com/([A-Za-z0-9_]{1,15})/status/\\d+");
  private static final Pattern HANDLE = Pattern.compile("(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})\\b");
  /** X's epoch: a tweet id carries the milliseconds since then in its high bits (ids from November 2010 on). */
  private static final long X_EPOCH_MILLIS = 1_288_834_974_657L;
  private static final long FIRST_DATED_TWEET_ID = 1L << 46;

  private Targets() {}

  /**
   * The accounts {@code item} is aimed at: the one it replies to, those it mentions (or, when the export lists no
   * mentions, as for X likes, those its text starts an @handle with) and, for a quote-post, the quoted account;
   * none when it names more than a few (a post naming ten people is not aimed at one of them).
   */
  static Set<String> of(Item item) {
    Set<String> targets = new LinkedHashSet<>();
    if (item.replyTo() != null) {
      targets.add(account(item.replyTo()));
    }
    item.mentions().forEach(mention -> targets.add(account(mention)));
    if (item.mentions().isEmpty() && !item.authoredBySelf()) {
      Matcher handle = HANDLE.matcher(item.text());
      while (handle.find()) {
        targets.add(account(handle.group(1)));
      }
    }
    String quoted = quotedAccount(item);
    if (quoted != null) {
      targets.add(quoted);
    }
    return targets.size() > MAX ? Set.of() : targets;
  }

  /** The account a quote-post quotes, from the link to the quoted post that X archives expand into the text, or null. */
  private static String quotedAccount(Item item) {
    if (item.kind() != ItemKind.QUOTE) {
      return null;
    }
    Matcher link = QUOTED_POST.matcher(item.text());
    return link.find() ? account(link.group(1)) : null;
  }

  /**
   * When the item was posted: its own time, or for an X like (the archive gives the liked tweet's id and text, no
   * date) the time the liked tweet's id carries; null when neither is known.
   */
  static Instant postedAt(Item item) {
    if (item.createdAt() != null || !"twitter".equals(item.platform()) || item.kind() != ItemKind.LIKE || item.nativeId() == null) {
      return item.createdAt();
    }
    String id = item.nativeId().substring(item.nativeId().indexOf(':') + 1);
    try {
      long tweetId = Long.parseLong(id);
      return tweetId < FIRST_DATED_TWEET_ID ? null : Instant.ofEpochMilli((tweetId >> 22) + X_EPOCH_MILLIS);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String account(String handle) {
    return (handle.startsWith("@") ? handle.substring(1) : handle).toLowerCase(Locale.ROOT);
  }
}
