package org.footprint.ingest.twitter;

/**
 * The data files of an X archive that Footprint reads: the manifest's {@code dataTypes} key and the file names
 * to glob when there is no manifest. Large archives split a type into {@code name-partN.js}.
 */
enum DataType {
  TWEETS("tweets", "tweets", "tweets_media"),
  // tweet.js became tweets.js in 2022 exports; older archives still arrive.
  LEGACY_TWEETS("tweet", "tweet", "tweet_media"),
  DELETED_TWEETS("deletedTweets", "deleted-tweets", "deleted_tweets_media"),
  COMMUNITY_TWEETS("communityTweet", "community-tweet", "community_tweet_media"),
  CIRCLE_TWEETS("twitterCircleTweet", "twitter-circle-tweet", "twitter_circle_tweet_media"),
  NOTE_TWEETS("noteTweet", "note-tweet", null),
  LIKES("like", "like", null),
  DIRECT_MESSAGES("directMessages", "direct-messages", null),
  GROUP_DIRECT_MESSAGES("directMessagesGroup", "direct-messages-group", null),
  ACCOUNT("account", "account", null),
  PROFILE("profile", "profile", null),
  PROTECTED_HISTORY("protectedHistory", "protected-history", null);

  final String manifestKey;
  final String fileNamePattern;
  /** Folder beside the data file holding its media as {@code <tweetId>-<mediaKey>.<ext>}, or null. */
  final String mediaFolder;

  DataType(String manifestKey, String baseName, String mediaFolder) {
    this.manifestKey = manifestKey;
    this.fileNamePattern = baseName.replace("-", "\\-") + "(-part\\d+)?\\.js";
    this.mediaFolder = mediaFolder;
  }
}
