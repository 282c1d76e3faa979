package org.footprint.synth.archive;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.footprint.synth.Persona;

/**
 * What only a whole history shows, written into a generated archive on top of the persona's own posts: each pattern
 * the cross-item analysis looks for, and the near-misses it must leave alone (issue 4). The same persona and seed
 * give the same scenes.
 * <ul>
 *   <li>Instagram (the {@link #photos}): geotagged photos at home in the evenings and at weekends, at the school gate
 *       at drop-off and pick-up, one at a friend's house, and some spread over the city;</li>
 *   <li>X (the {@link #posts}): the street in two posts, the house number in a third, the school run with the
 *       child's name and school, a holiday announced in advance; a public information post that names another
 *       school; hostile replies to one colleague's account on different days; a friendly thread with the friend; a
 *       pile-on (one hostile reply to another professional's account in the week others attacked it, and likes of
 *       those attacks) with its near-misses: likes of others' friendly replies to the friend, likes of attacks on an
 *       account the user never attacked, a hostile reply to an account whose liked posts about it are friendly, and
 *       a like of an attack on the pile-on's target months before the user joined in; a hostile reply to a colleague
 *       whom the user's own friendly posts name with a work cue ("great shift with @amira_k"), with its near-miss a
 *       friendly post naming a mentor the user is never hostile to (the hostile replies above are the others).</li>
 * </ul>
 *
 * @param photos the geotagged photos, oldest first
 * @param posts the posts and replies, oldest first
 * @param likes others' posts the user liked (X {@code like.js}), oldest first
 * @param targetHandle the colleague's account the hostile replies are aimed at
 * @param pileOnHandle the account the pile-on attacks
 * @param colleagueHandle the colleague the user's own work posts name and a hostile reply attacks
 */
public record HistoryScenes(List<Photo> photos, List<Post> posts, List<Like> likes, String targetHandle, String pileOnHandle,
    String colleagueHandle) {
  /** The local time of every scene: the exports record instants, the patterns are about local hours. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  /** What a scene shows: the pattern it belongs to, or the near-miss it is. */
  public enum Pattern { HOME_PHOTO, SCHOOL_PHOTO, FRIEND_HOUSE_PHOTO, CITY_PHOTO, MOSAIC, SCHOOL_INFO, HOSTILE_REPLY, HOSTILE_QUOTE, FRIENDLY_REPLY,
    PILE_ON_REPLY, PILE_ON_LIKE, PILE_ON_EARLY_LIKE, FRIENDLY_LIKE, ENDORSED_ONLY_LIKE, LONE_HOSTILE_REPLY, FRIENDLY_ABOUT_LIKE,
    COLLEAGUE_WORK_POST, COLLEAGUE_HOSTILE_REPLY, MENTOR_WORK_POST }

  /** A photo with the GPS position and time its metadata records. */
  public record Photo(Pattern pattern, double latitude, double longitude, Instant takenAt, String caption) {}

  /**
   * A post, a reply to {@code replyTo} (a handle, without '@') whose text starts with the mention, or a quote of a
   * post by {@code quotes} (a handle; the archive adds the link to the quoted post after the text).
   */
  public record Post(Pattern pattern, Instant at, String text, String replyTo, String quotes) {}

  /** Someone else's post the user liked: when it was posted, by whom (a handle), and its text. */
  public record Like(Pattern pattern, Instant at, String author, String text) {}

  public HistoryScenes {
    photos = List.copyOf(photos);
    posts = List.copyOf(posts);
    likes = List.copyOf(likes);
  }

  /**
   * The scenes of {@code persona}: home is the position of the archives' one geotagged photo
   * ({@link GeneratedArchive#photoLatitude()}), the school 800 m away, the friend's house 3 km away.
   */
  public static HistoryScenes of(Persona persona, long seed, String friendHandle) {
    Random random = new Random(seed * 31 + 7);
    double homeLat = Material.homeLatitude(persona);
    double homeLon = Material.homeLongitude(persona);
    List<Photo> photos = new ArrayList<>();
    String[] homeCaptions = {"Sunday roast done", "Garden finally tidy", "Film night with the cat", "Snow on the shed roof",
        "New mug, same sofa", "Bread attempt number three"};
    int[][] homeTimes = {{2024, 1, 6, 10, 15}, {2024, 1, 14, 16, 40}, {2024, 1, 23, 21, 10}, {2024, 2, 7, 20, 5}, {2024, 2, 17, 13, 30},
        {2024, 3, 1, 22, 45}};
    for (int i = 0; i < homeTimes.length; i++) {
      photos.add(photo(Pattern.HOME_PHOTO, homeLat, homeLon, 40, random, homeTimes[i], homeCaptions[i]));
    }
    double schoolLat = homeLat + metresNorth(700);
    double schoolLon = homeLon + metresEast(400, homeLat);
    String[] schoolCaptions = {"Frosty start", "Banners up for sports day", "Rain again", "Last day before half term"};
    int[][] schoolTimes = {{2024, 1, 9, 8, 40}, {2024, 1, 18, 15, 20}, {2024, 2, 1, 8, 50}, {2024, 2, 9, 15, 10}};
    for (int i = 0; i < schoolTimes.length; i++) {
      photos.add(photo(Pattern.SCHOOL_PHOTO, schoolLat, schoolLon, 50, random, schoolTimes[i], schoolCaptions[i]));
    }
    photos.add(photo(Pattern.FRIEND_HOUSE_PHOTO, homeLat - metresNorth(3_000), homeLon, 20, random, new int[] {2024, 2, 24, 21, 0},
        "Board games at a friend's"));
    String[] cityCaptions = {"Lunch by the river", "Market day", "Museum with the family", "Cathedral in the fog", "Ice cream in March?",
        "Bus station mural"};
    int[][] cityTimes = {{2024, 1, 12, 12, 30}, {2024, 1, 20, 11, 0}, {2024, 2, 3, 14, 15}, {2024, 2, 15, 12, 50}, {2024, 3, 2, 15, 30},
        {2024, 3, 8, 13, 5}};
    for (int i = 0; i < cityTimes.length; i++) {
      double angle = Math.toRadians(60 * i + 15);
      double distance = 1_500 + 800 * i;
      photos.add(photo(Pattern.CITY_PHOTO, homeLat + metresNorth(distance * Math.cos(angle)), homeLon + metresEast(distance * Math.sin(angle), homeLat),
          30, random, cityTimes[i], cityCaptions[i]));
    }
    photos.sort(java.util.Comparator.comparing(Photo::takenAt));

    String target = handleOf(persona.colleagueName());
    String number = persona.houseNumber().replaceAll(".*?(\\d+)$", "$1");
    List<Post> posts = new ArrayList<>();
    posts.add(post(Pattern.MOSAIC, new int[] {2024, 4, 3, 19, 12}, "Bins out again on " + persona.homeStreet() + ", the foxes had a party", null));
    posts.add(post(Pattern.SCHOOL_INFO, new int[] {2024, 4, 10, 12, 0},
        "Brackenholm Community Primary open day this Saturday 10am to 1pm, all families welcome", null));
    posts.add(post(Pattern.MOSAIC, new int[] {2024, 4, 13, 11, 20}, "Street party on " + persona.homeStreet() + " this Sunday, bring a chair and a cake", null));
    posts.add(post(Pattern.MOSAIC, new int[] {2024, 4, 21, 18, 30}, "We're at number " + number + " now, the one with the blue door", null));
    posts.add(post(Pattern.MOSAIC, new int[] {2024, 5, 8, 9, 5},
        "School run done, dropped " + persona.childName() + " at " + persona.childSchool() + " for 8:45", null));
    posts.add(post(Pattern.MOSAIC, new int[] {2024, 6, 14, 20, 0}, "Off to Crete for two weeks from Saturday, house sitter cancelled", null));
    String[] hostile = {"you are a pathetic excuse for a manager", "what a clown, useless as always", "honestly you are such an idiot"};
    int[][] hostileTimes = {{2024, 3, 12, 22, 10}, {2024, 4, 2, 23, 5}, {2024, 5, 20, 21, 40}};
    for (int i = 0; i < hostile.length; i++) {
      posts.add(post(Pattern.HOSTILE_REPLY, hostileTimes[i], "@" + target + " " + hostile[i], target));
    }
    posts.add(new Post(Pattern.HOSTILE_QUOTE, at(new int[] {2024, 6, 2, 22, 30}), "Our useless manager strikes again, what a clown", null, target));
    String[] friendly = {"thanks for covering on Friday, legend", "see you at five-a-side", "brilliant news, congratulations to you both"};
    int[][] friendlyTimes = {{2024, 3, 15, 18, 0}, {2024, 4, 11, 19, 20}, {2024, 5, 25, 10, 45}};
    for (int i = 0; i < friendly.length; i++) {
      posts.add(post(Pattern.FRIENDLY_REPLY, friendlyTimes[i], "@" + friendHandle + " " + friendly[i], friendHandle));
    }
    String pileOn = "nurse_ellis";
    List<Like> likes = new ArrayList<>();
    likes.add(like(Pattern.PILE_ON_EARLY_LIKE, new int[] {2024, 2, 2, 20, 0}, "bex_tweets", "@" + pileOn + " what a clown, useless as always"));
    likes.add(like(Pattern.PILE_ON_LIKE, new int[] {2024, 7, 8, 21, 5}, "gaz_1984", "@" + pileOn + " you are a pathetic excuse for a nurse"));
    likes.add(like(Pattern.PILE_ON_LIKE, new int[] {2024, 7, 8, 22, 40}, "tracey_m", "@" + pileOn + " honestly you are such an idiot"));
    posts.add(post(Pattern.PILE_ON_REPLY, new int[] {2024, 7, 9, 20, 15}, "@" + pileOn + " what a clown, everyone can see it", pileOn));
    likes.add(like(Pattern.PILE_ON_LIKE, new int[] {2024, 7, 10, 8, 30}, "dean_w", "@" + pileOn + " useless as always, what a clown of a nurse"));
    String[] friendlyLikes = {"thanks for covering on Friday, you star", "brilliant news, so happy for you both"};
    int[][] friendlyLikeTimes = {{2024, 3, 15, 17, 30}, {2024, 5, 25, 10, 5}};
    for (int i = 0; i < friendlyLikes.length; i++) {
      likes.add(like(Pattern.FRIENDLY_LIKE, friendlyLikeTimes[i], "sam_k" + i, "@" + friendHandle + " " + friendlyLikes[i]));
    }
    String endorsedOnly = "jo_reviews";
    likes.add(like(Pattern.ENDORSED_ONLY_LIKE, new int[] {2024, 8, 3, 19, 0}, "gaz_1984", "@" + endorsedOnly + " you are a pathetic excuse for a critic"));
    likes.add(like(Pattern.ENDORSED_ONLY_LIKE, new int[] {2024, 8, 4, 9, 45}, "dean_w", "@" + endorsedOnly + " honestly you are such an idiot"));
    String lone = "parking_dave";
    posts.add(post(Pattern.LONE_HOSTILE_REPLY, new int[] {2024, 9, 2, 18, 20}, "@" + lone + " honestly you are such an idiot", lone));
    likes.add(like(Pattern.FRIENDLY_ABOUT_LIKE, new int[] {2024, 9, 1, 12, 0}, "ward_7_team", "@" + lone + " thank you for sorting the staff car park, hero"));
    likes.add(like(Pattern.FRIENDLY_ABOUT_LIKE, new int[] {2024, 9, 3, 9, 10}, "sam_k0", "@" + lone + " great to have the barrier fixed, cheers"));
    String colleague = "amira_k";
    posts.add(post(Pattern.COLLEAGUE_WORK_POST, new int[] {2024, 9, 14, 8, 10}, "Great shift with @" + colleague + " last night, proper teamwork", null));
    posts.add(post(Pattern.COLLEAGUE_WORK_POST, new int[] {2024, 9, 20, 19, 0}, "Welcome to the team @" + colleague + ", glad you're with us", null));
    posts.add(post(Pattern.COLLEAGUE_HOSTILE_REPLY, new int[] {2024, 10, 3, 22, 45}, "@" + colleague + " you are a pathetic excuse for a nurse", colleague));
    posts.add(post(Pattern.MENTOR_WORK_POST, new int[] {2024, 10, 8, 12, 30}, "My mentor @ruth_obi is a star, thank you for everything", null));
    posts.sort(java.util.Comparator.comparing(Post::at));
    likes.sort(java.util.Comparator.comparing(Like::at));
    return new HistoryScenes(photos, posts, likes, target, pileOn, colleague);
  }

  private static Like like(Pattern pattern, int[] local, String author, String text) {
    return new Like(pattern, at(local), author, text);
  }

  /** "Kev Price" → {@code kev_p}. */
  static String handleOf(String fullName) {
    String[] parts = fullName.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").split(" ");
    return parts[0] + "_" + (parts.length > 1 && !parts[parts.length - 1].isEmpty() ? parts[parts.length - 1].charAt(0) : 'x');
  }

  private static Photo photo(Pattern pattern, double latitude, double longitude, int jitterMetres, Random random, int[] local, String caption) {
    double north = (random.nextDouble() * 2 - 1) * jitterMetres / Math.sqrt(2);
    double east = (random.nextDouble() * 2 - 1) * jitterMetres / Math.sqrt(2);
    return new Photo(pattern, latitude + metresNorth(north), longitude + metresEast(east, latitude), at(local), caption);
  }

  private static Post post(Pattern pattern, int[] local, String text, String replyTo) {
    return new Post(pattern, at(local), text, replyTo, null);
  }

  private static Instant at(int[] local) {
    return LocalDateTime.of(local[0], local[1], local[2], local[3], local[4]).atZone(ZONE).toInstant();
  }

  private static double metresNorth(double metres) {
    return metres / 111_320;
  }

  private static double metresEast(double metres, double latitude) {
    return metres / (111_320 * Math.cos(Math.toRadians(latitude)));
  }
}
