package org.footprint.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What a lexicon term matches: whole words and phrases with their exact spacing, a run-on ({@code p}) term into more
 * letters, a plain -s unless the term is exact or its plural is listed, one-word terms anywhere inside a hashtag's
 * run-together words, nothing inside an @handle. The property checks the token walk against a naive search over
 * characters that states those rules directly.
 */
class LexiconSetTest {

  private static Lexicon lexicon(String tsv) {
    return Lexicon.read("words", "words.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), 0, s -> s);
  }

  /** Every hit as "id@start-end/termEnd". */
  private static List<String> hits(LexiconSet set, String text) {
    List<String> hits = new ArrayList<>();
    set.match(text.toCharArray(), (entry, start, end, termEnd) -> hits.add(entry.id() + "@" + start + "-" + end + "/" + termEnd));
    return hits;
  }

  @Test
  void a_phrase_matches_whole_words_with_its_own_spacing() {
    LexiconSet set = new LexiconSet(List.of(lexicon("kick his head\tk1\t1\nthat'd\tt1\t1\nthat 'd\tt2\t1\n")));

    assertThat(hits(set, "i will kick his head in")).containsExactly("k1@7-20/20");
    assertThat(hits(set, "kick  his head")).as("two spaces are not the phrase's one").isEmpty();
    assertThat(hits(set, "kick his header")).as("the last word runs on").isEmpty();
    assertThat(hits(set, "kickkick his head")).as("the first word starts inside another").isEmpty();
    assertThat(hits(set, "that'd hurt, that 'd hurt")).containsExactly("t1@0-6/6", "t2@13-20/20");
  }

  @Test
  void a_text_longer_than_the_reused_buffers_is_matched_like_a_short_one() {
    LexiconSet set = new LexiconSet(List.of(lexicon("kick his head\tk1\t1\n")));
    String filler = "nothing to see here ".repeat(2_000);

    assertThat(hits(set, filler + "kick his head")).containsExactly("k1@40000-40013/40013");
    assertThat(hits(set, "kick his head")).containsExactly("k1@0-13/13");
  }

  @Test
  void run_on_terms_plurals_and_exact_terms() {
    LexiconSet set = new LexiconSet(List.of(lexicon("wank\tw1\t1\tp\nchav\tc1\t1\nmuppet\tm1\t1\tx\ncat\tp1\t1\ncats\tp2\t1\n")));

    assertThat(hits(set, "wankers")).containsExactly("w1@0-4/4");
    assertThat(hits(set, "chavs and chavvy")).as("a plain -s, but not other letters").containsExactly("c1@0-5/4");
    assertThat(hits(set, "muppets")).as("an exact term takes no -s").isEmpty();
    assertThat(hits(set, "cats")).as("a listed plural is its own term").containsExactly("p2@0-4/4");
    assertThat(hits(set, "chav's")).containsExactly("c1@0-4/4");
  }

  @Test
  void one_word_terms_are_found_inside_hashtags_and_nothing_inside_handles() {
    LexiconSet set = new LexiconSet(List.of(lexicon("tories\tt1\t1\ntories out\tt2\t1\nout\to1\t1\nnurse life\tn1\t1\n")));

    assertThat(hits(set, "#toriesout")).containsExactly("t1@1-7/7");
    assertThat(hits(set, "#tories out")).containsExactly("t1@1-7/7", "t2@1-11/11", "o1@8-11/11");
    assertThat(hits(set, "@toriesout and @tories")).isEmpty();
    assertThat(hits(set, "#studentnurse life")).as("a phrase starts where a word does, not inside a hashtag").isEmpty();
  }

  @Property(tries = 400)
  void finds_what_a_naive_search_over_characters_finds(@ForAll("lexicons") List<Line> lines, @ForAll("texts") String text) throws IOException {
    StringBuilder tsv = new StringBuilder();
    for (int k = 0; k < lines.size(); k++) {
      tsv.append(lines.get(k).term()).append("\te").append(k).append("\t1\t").append(lines.get(k).flags()).append('\n');
    }
    Lexicon lexicon = lexicon(tsv.toString());
    LexiconSet set = new LexiconSet(List.of(lexicon));
    Set<String> expected = naive(lexicon, text);

    List<String> found = hits(set, text);
    assertThat(new TreeSet<>(found)).isEqualTo(expected);
    assertThat(termEnds(found)).as("hits come in the order their terms end").isSorted();
    byte[] fingerprint = LexiconSetFile.fingerprint(Map.of("words.tsv", tsv.toString().getBytes(StandardCharsets.UTF_8)));
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    LexiconSetFile.write(set, fingerprint, file);
    LexiconSet read = LexiconSetFile.read(new ByteArrayInputStream(file.toByteArray()), fingerprint).orElseThrow();
    assertThat(new TreeSet<>(hits(read, text))).as("read back from its file").isEqualTo(expected);
  }

  record Line(String term, String flags) {}

  private static List<Integer> termEnds(List<String> hits) {
    return hits.stream().map(hit -> Integer.parseInt(hit.substring(hit.indexOf('/') + 1))).toList();
  }

  /** The rules stated over characters: every occurrence of every form, kept or dropped by the words around it. */
  private static Set<String> naive(Lexicon lexicon, String text) {
    Set<String> plurals = new TreeSet<>();
    for (int k = 0; k < lexicon.forms().size(); k++) {
      plurals.add(lexicon.forms().term(k));
    }
    Set<String> hits = new TreeSet<>();
    char[] chars = text.toCharArray();
    for (int k = 0; k < lexicon.forms().size(); k++) {
      String term = lexicon.forms().term(k);
      LexiconEntry entry = lexicon.forms().entry(k);
      for (int b = text.indexOf(term); b >= 0; b = text.indexOf(term, b + 1)) {
        int e = b + term.length();
        boolean leftOk = b == 0 || !word(chars[b - 1]) || !word(chars[b]);
        char opener = opener(chars, b);
        boolean inHashtag = opener == '#' && term.length() >= 4 && (TokenAlphabet.isOneWord(term) || leftOk);
        if (opener == '@' || !inHashtag && !leftOk) {
          continue;
        }
        boolean rightOk = inHashtag || e == chars.length || !word(chars[e]) || !word(chars[e - 1]);
        boolean plural = !rightOk && term.length() >= 3 && word(chars[e - 1]) && chars[e - 1] != 's' && chars[e] == 's'
            && (e + 1 == chars.length || !word(chars[e + 1]));
        if (rightOk || entry.prefix()) {
          hits.add(entry.id() + "@" + b + "-" + e + "/" + e);
        } else if (plural && !entry.exact() && !plurals.contains(term + "s")) {
          hits.add(entry.id() + "@" + b + "-" + (e + 1) + "/" + e);
        }
      }
    }
    return hits;
  }

  private static boolean word(char c) {
    return LexiconSet.isWordChar(c);
  }

  /** '@' or '#' when the run of word characters and underscores holding {@code index} comes right after one. */
  private static char opener(char[] chars, int index) {
    int k = index;
    while (k > 0 && (word(chars[k - 1]) || chars[k - 1] == '_')) {
      k--;
    }
    if (k < index && k > 0 && (chars[k - 1] == '@' || chars[k - 1] == '#')) {
      return chars[k - 1];
    }
    return index > 0 && (chars[index - 1] == '@' || chars[index - 1] == '#') ? chars[index - 1] : 0;
  }

  @Provide
  Arbitrary<List<Line>> lexicons() {
    // an emoji is two chars, neither a word character; '1' is one
    Arbitrary<String> term = Arbitraries.of("a", "b", "s", " ", "'", "-", "é", "1", "😀").list().ofMinSize(1).ofMaxSize(7)
        .map(parts -> String.join("", parts).trim().replaceAll(" +", " ")).filter(t -> !t.isEmpty());
    Arbitrary<String> flags = Arbitraries.of("", "p", "x", "w");
    return Combinators.combine(term, flags).as(Line::new).list().ofMinSize(1).ofMaxSize(12)
        .filter(lines -> lines.stream().map(Line::term).distinct().count() == lines.size());
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("a", "b", "s", " ", "'", "-", "é", "1", "😀", "#", "@", "_", "x", "?", "\n", "  ").list().ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }
}
