package org.footprint.ingest.twitter;

/**
 * The data files of an X archive that Footprint reads: the manifest's {@code dataTypes} key and the file names
 * to glob when there is no manifest. Large archives split a type into {@code name-partN.js}.
 */
enum DataType {
  TWEETS("tweets", parts("tweets"), "tweets_media"),
  // tweet.js became tweets.js in 2022 exports; older archives still arrive.
  LEGACY_TWEETS("tweet", parts("tweet"), "tweet_media"),
  DELETED_TWEETS("deletedTweets", parts("deleted-tweets"), "deleted_tweets_media"),
  COMMUNITY_TWEETS("communityTweet", parts("community-tweet"), "community_tweet_media"),
  CIRCLE_TWEETS("twitterCircleTweet", parts("twitter-circle-tweet"), "twitter_circle_tweet_media"),
  NOTE_TWEETS("noteTweet", parts("note-tweet"), null),
  LIKES("like", parts("like"), null),
  DIRECT_MESSAGES("directMessages", parts("direct-messages"), null),
  GROUP_DIRECT_MESSAGES("directMessagesGroup", parts("direct-messages-group"), null),
  ACCOUNT("account", parts("account"), null),
  PROFILE("profile", parts("profile"), null),
  PROTECTED_HISTORY("protectedHistory", parts("protected-history"), null),
  PERISCOPE_COMMENTS("periscopeCommentsMadeByUser", parts("periscope-comments-made-by-user"), null),
  // 2012–2018 "Grailbird" archives: data/js/tweets/YYYY_MM.js, each "Grailbird.data.tweets_YYYY_MM = [bare tweets]".
  GRAILBIRD_TWEETS(null, "\\d{4}_\\d{2}\\.js", null);

  final String manifestKey;
  final String fileNamePattern;
  /** Folder beside the data file holding its media as {@code <tweetId>-<mediaKey>.<ext>}, or null. */
  final String mediaFolder;

  DataType(String manifestKey, String fileNamePattern, String mediaFolder) {
    this.manifestKey = manifestKey;
    this.fileNamePattern = fileNamePattern;
    this.mediaFolder = mediaFolder;
  }

  /** {@code name.js} and its parts {@code name-partN.js}. */
  private static String parts(String baseName) {
    return baseName.replace("-", "\\-") + "(-part\\d+)?\\.js";
  }
}
