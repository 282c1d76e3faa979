package org.footprint.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.footprint.synth.CorpusGenerator;

/**
 * A generated history naming watched people and places in the ways people write them, around footprint-synth's own
 * posts: case, accents, leetspeak, a possessive, extra spaces, a hyphen, stretched letters, homoglyphs and a name split
 * over a line break; and near misses that must not be caught (a longer word containing a name, a different name, part
 * of a two-word name). Seeded: the same seed gives the same posts.
 */
final class WatchedNameHistory {
  /** Made-up names: service users, a family, a school and a place. */
  static final List<String> WATCHED = List.of("Kerys Dunmore", "Tobias", "Larchfield Court", "St Ninian's Primary", "Orla Baptiste");

  /** A post and, when it names one, the watched entry it names. */
  record Post(String text, String watched) {}

  private static final List<UnaryOperator<String>> SPELLINGS = List.of(
      name -> name,
      name -> name.toUpperCase(java.util.Locale.ROOT),
      name -> name.toLowerCase(java.util.Locale.ROOT),
      name -> name.replace('e', 'ë').replace('a', 'á').replace('o', 'ö'),
      name -> name.replaceFirst("o", "0").replaceFirst("e", "3"),
      name -> name + "'s",
      name -> name + "\u2019s",
      name -> name.replace(" ", "   "),
      name -> name.replace(" ", "-"),
      name -> name + "-",
      name -> stretch(name),
      name -> name.replace('a', '\u0430').replace('o', '\u043E').replace('e', '\u0435'),
      name -> name.replace(" ", "\n"),
      name -> name.replace(" ", " \n "));

  private WatchedNameHistory() {}

  /** {@code count} posts, about one in three naming a watched entry in one of the spellings, in the order generated. */
  static List<Post> posts(long seed, int count) {
    CorpusGenerator corpus = new CorpusGenerator(seed);
    Random random = new Random(seed);
    List<Post> posts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String background = corpus.nextPost();
      if (i % 3 != 0) {
        posts.add(new Post(background, null));
        continue;
      }
      String watched = WATCHED.get(random.nextInt(WATCHED.size()));
      String spelled = SPELLINGS.get((i / 3) % SPELLINGS.size()).apply(watched);
      posts.add(new Post(insert(background, spelled, random), watched));
    }
    return posts;
  }

  /** Posts that mention something like a watched entry and must not be caught. */
  static List<String> nearMisses(long seed) {
    CorpusGenerator corpus = new CorpusGenerator(seed);
    Random random = new Random(seed);
    List<String> misses = List.of("Tobiasz", "Kerysville", "Kerys Dunbar", "Dunmore", "Larchfield Road", "St Ninian's Church", "Orla", "Baptistes",
        "Tobi as");
    List<String> posts = new ArrayList<>();
    for (String miss : misses) {
      posts.add(insert(corpus.nextPost(), miss, random));
    }
    return posts;
  }

  /** The post with the name put in as words of its own, between two of its words (or first, or last). */
  private static String insert(String post, String name, Random random) {
    List<String> words = new ArrayList<>(List.of(post.split(" ")));
    words.add(random.nextInt(words.size() + 1), name);
    return String.join(" ", words);
  }

  private static String stretch(String name) {
    int vowel = name.toLowerCase(java.util.Locale.ROOT).indexOf('a');
    int at = vowel >= 0 ? vowel : name.toLowerCase(java.util.Locale.ROOT).indexOf('o');
    return name.substring(0, at + 1) + String.valueOf(name.charAt(at)).repeat(4) + name.substring(at + 1);
  }
}
