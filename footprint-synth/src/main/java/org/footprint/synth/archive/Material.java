package org.footprint.synth.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.footprint.synth.Persona;
import org.footprint.synth.PersonaGenerator;
import org.footprint.synth.SyntheticPost;

/**
 * What every archive is made of, drawn from the project's synthetic posts: the user's posts (oldest first, a year
 * per {@value #POSTS_PER_YEAR} posts, or more a year so that no archive spans over {@value #MAX_YEARS} years, ending in
 * {@value #LAST_YEAR}), a friend and a few of the friend's posts.
 */
final class Material {
  static final int POSTS_PER_YEAR = 2_000;
  static final int LAST_YEAR = 2024;
  /** Large archives are packed into at most this many years (X began in 2006), not spread back decades. */
  static final int MAX_YEARS = 15;

  final Persona me;
  final Persona friend;
  final List<SyntheticPost> posts;
  final List<SyntheticPost> friendPosts;
  /** The post that carries the geotagged photo, and the one that is a check-in (null when there are too few posts). */
  final SyntheticPost photoPost;
  final SyntheticPost checkInPost;
  final Random random;
  /** What only a whole history shows, added after the persona's posts; null for none. */
  final HistoryScenes scenes;

  Material(long seed, Persona me, int count) {
    this(seed, me, count, 0, 0, null);
  }

  Material(long seed, Persona me, int count, HistoryScenes scenes) {
    this(seed, me, count, 0, 0, scenes);
  }

  /**
   * The same as {@code Material(seed, me, count, scenes)} plus {@code added} posts drawn with {@code addedSeed} and dated
   * across the same years, so that they fall before, between and after the others: what a later export of the same
   * account holds. The photo and the check-in stay on the same posts.
   */
  Material(long seed, Persona me, int count, long addedSeed, int added, HistoryScenes scenes) {
    if (count < 0 || added < 0) {
      throw new IllegalArgumentException("posts must not be negative: " + count + ", " + added);
    }
    PersonaGenerator generator = new PersonaGenerator(seed);
    this.me = me;
    Persona other = generator.persona();
    this.friend = other.name().equals(me.name()) ? generator.persona() : other;
    List<SyntheticPost> all = new ArrayList<>(count + added);
    int perYear = Math.max(POSTS_PER_YEAR, (count + MAX_YEARS - 1) / MAX_YEARS);
    int firstYear = LAST_YEAR - Math.max(0, count - 1) / perYear;
    int year = firstYear;
    for (int left = count; left > 0; left -= perYear, year++) {
      all.addAll(generator.yearOfPosts(me, year, Math.min(left, perYear)));
    }
    all.sort(Comparator.comparing(p -> p.item().createdAt()));
    this.photoPost = all.isEmpty() ? null : all.get(0);
    this.checkInPost = all.size() < 2 ? null : all.get(1);
    this.friendPosts = generator.yearOfPosts(friend, LAST_YEAR, 3);
    if (added > 0) {
      PersonaGenerator later = new PersonaGenerator(addedSeed);
      int years = LAST_YEAR - firstYear + 1;
      for (int y = 0; y < years; y++) {
        all.addAll(later.yearOfPosts(me, firstYear + y, added / years + (y < added % years ? 1 : 0)));
      }
      all.sort(Comparator.comparing(p -> p.item().createdAt()));
    }
    this.posts = List.copyOf(all);
    this.random = new Random(seed ^ 0x5DEECE66DL);
    this.scenes = scenes;
  }

  /** A folder-style squashed name, as Meta names message threads: lower case letters and digits only. */
  static String squash(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /**
   * A number for the post's media files, from the post itself (as Meta's file names are the media's own), so the
   * same post has the same file names in every export that holds it.
   */
  static int mediaNumber(SyntheticPost post, int below) {
    return Math.floorMod(Objects.hash(post.item().text(), post.item().createdAt()), below);
  }

  /** A made-up position near the UK: the geotagged photo's GPS (the persona's home, in {@link HistoryScenes}). */
  double latitude() {
    return homeLatitude(me);
  }

  double longitude() {
    return homeLongitude(me);
  }

  static double homeLatitude(Persona persona) {
    return 50.5 + (Math.abs(persona.name().hashCode()) % 4000) / 1000.0;
  }

  static double homeLongitude(Persona persona) {
    return -3.5 + (Math.abs(persona.handle().hashCode()) % 3000) / 1000.0;
  }
}
