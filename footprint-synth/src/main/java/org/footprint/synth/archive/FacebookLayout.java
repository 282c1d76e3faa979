package org.footprint.synth.archive;

/** The generations of Facebook's JSON export layout the generator can write. */
public enum FacebookLayout {
  /** 2021–2022: {@code posts/your_posts_1.json}, {@code profile_information/}, {@code comments_and_reactions/}, {@code messages/}. */
  Y2022("", "posts/your_posts_%d.json", "profile_information/profile_information.json"),
  /** 2022–2023: the same files under {@code your_activity_across_facebook/}, posts renamed. */
  ACTIVITY_ACROSS_FACEBOOK("your_activity_across_facebook/", "posts/your_posts__check_ins__photos_and_videos_%d.json",
      "profile_information/profile_information.json"),
  /** Since 2024: under {@code your_facebook_activity/}, the profile under {@code personal_information/}. */
  FACEBOOK_ACTIVITY("your_facebook_activity/", "posts/your_posts__check_ins__photos_and_videos_%d.json",
      "../personal_information/profile_information/profile_information.json");

  final String root;
  final String postsFile;
  final String profileFile;

  FacebookLayout(String root, String postsFile, String profileFile) {
    this.root = root;
    this.postsFile = postsFile;
    this.profileFile = profileFile;
  }

  /** A path under the layout's root; {@code ../} climbs out of it to the export's top. */
  String path(String relative) {
    return relative.startsWith("../") ? relative.substring(3) : root + relative;
  }
}
