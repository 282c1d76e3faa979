package org.footprint.synth.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
  final Random random;
  /** What only a whole history shows, added after the persona's posts; null for none. */
  final HistoryScenes scenes;

  Material(long seed, Persona me, int count) {
    this(seed, me, count, null);
  }

  Material(long seed, Persona me, int count, HistoryScenes scenes) {
    if (count < 0) {
      throw new IllegalArgumentException("posts must not be negative: " + count);
    }
    PersonaGenerator generator = new PersonaGenerator(seed);
    this.me = me;
    Persona other = generator.persona();
    this.friend = other.name().equals(me.name()) ? generator.persona() : other;
    List<SyntheticPost> all = new ArrayList<>(count);
    int perYear = Math.max(POSTS_PER_YEAR, (count + MAX_YEARS - 1) / MAX_YEARS);
    int year = LAST_YEAR - Math.max(0, count - 1) / perYear;
    for (int left = count; left > 0; left -= perYear, year++) {
      all.addAll(generator.yearOfPosts(me, year, Math.min(left, perYear)));
    }
    all.sort(Comparator.comparing(p -> p.item().createdAt()));
    this.posts = List.copyOf(all);
    this.friendPosts = generator.yearOfPosts(friend, LAST_YEAR, 3);
    this.random = new Random(seed ^ 0x5DEECE66DL);
    this.scenes = scenes;
  }

  /** A folder-style squashed name, as Meta names message threads: lower case letters and digits only. */
  static String squash(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
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
