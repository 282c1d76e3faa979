package org.footprint.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The walk reports exactly what a naive search finds: every occurrence of every term, but a short term that starts
 * with a word character inside a word. The alphabet gives some characters codes the state's children mask decides
 * (below {@link LexiconAutomaton#MASKED_CODES}) and others codes the walk must look up, and the texts hold characters
 * no term holds, which send the walk to the root.
 */
class LexiconAutomatonTest {
  /** Codes are positions in this string plus one: "ab c" are masked, '9', 'é', '-' and '!' are looked up. */
  private static final String ALPHABET = "ab cdefghijklmnopqrstuvwxyz012345678x9é-!";
  private static final String TERM_CHARACTERS = "ab c9é-!";
  /** 'x' has a code but starts no term; 'Q' and '?' have none. */
  private static final String TEXT_CHARACTERS = TERM_CHARACTERS + "xQ?";
  private static final char OTHER = (char) (ALPHABET.length() + 1);

  @Property(tries = 300)
  void reports_every_occurrence_a_naive_search_finds(@ForAll("terms") List<String> terms, @ForAll("texts") String text) throws IOException {
    TreeMap<String, LexiconAutomaton.Term> byCode = new TreeMap<>();
    List<LexiconEntry> all = new ArrayList<>();
    for (String term : new TreeSet<>(terms)) {
      all.add(entry(term));
      byCode.put(encode(term), term(term, all.get(all.size() - 1)));
    }
    LexiconAutomaton built = LexiconAutomaton.over(byCode);
    Set<String> expected = naive(new TreeSet<>(terms), text);
    assertThat(found(built, text)).isEqualTo(expected);
    assertThat(found(writtenAndRead(built, all), text)).as("read back from its file").isEqualTo(expected);
  }

  @Test
  void finds_a_term_after_characters_no_term_holds_and_drops_a_short_one_inside_a_word() {
    TreeMap<String, LexiconAutomaton.Term> byCode = new TreeMap<>();
    byCode.put(encode("ab"), term("ab", entry("ab")));
    byCode.put(encode("b!"), term("b!", entry("b!")));
    LexiconAutomaton automaton = LexiconAutomaton.over(byCode);
    // "cab" holds "ab" inside a word: dropped; after "Q?" (no codes) the walk starts again at the root
    assertThat(found(automaton, "cab b! Q?ab")).containsExactlyInAnyOrder("4:6:b!", "9:11:ab");
  }

  /** An entry whose id is its term, so that a hit names what was found. */
  private static LexiconEntry entry(String term) {
    return new LexiconEntry(0, term, 1.0, false, false, false, "");
  }

  private static LexiconAutomaton.Term term(String text, LexiconEntry entry) {
    boolean wordStartOnly = text.length() < LexiconSet.MIN_TERM_IN_HASHTAG && LexiconSet.isWordChar(text.charAt(0));
    return new LexiconAutomaton.Term(text, new LexiconEntry[] {entry}, new byte[1], new int[1], wordStartOnly);
  }

  private static Set<String> naive(Set<String> terms, String text) {
    Set<String> hits = new TreeSet<>();
    for (String term : terms) {
      boolean startsWordOnly = term.length() < LexiconSet.MIN_TERM_IN_HASHTAG && LexiconSet.isWordChar(term.charAt(0));
      for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        if (!(startsWordOnly && at > 0 && LexiconSet.isWordChar(text.charAt(at - 1)))) {
          hits.add(at + ":" + (at + term.length()) + ":" + term);
        }
      }
    }
    return hits;
  }

  private static Set<String> found(LexiconAutomaton automaton, String text) {
    Set<String> hits = new TreeSet<>();
    automaton.scan(encode(text).toCharArray(), text.toCharArray(), 0, text.length(), OTHER, (begin, end, entries, listed, from, to) -> {
      for (int k = from; k < to; k++) {
        hits.add(begin + ":" + end + ":" + entries[k].id());
      }
    });
    return hits;
  }

  private static LexiconAutomaton writtenAndRead(LexiconAutomaton automaton, List<LexiconEntry> entries) throws IOException {
    IdentityHashMap<LexiconEntry, Integer> positions = new IdentityHashMap<>();
    entries.forEach(entry -> positions.put(entry, positions.size()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      automaton.write(out, positions);
    }
    return LexiconAutomaton.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), entries.toArray(new LexiconEntry[0]));
  }

  private static String encode(String text) {
    StringBuilder codes = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      int at = ALPHABET.indexOf(c);
      codes.append(at < 0 ? OTHER : (char) (at + 1));
    }
    return codes.toString();
  }

  @Provide
  Arbitrary<List<String>> terms() {
    return Arbitraries.strings().withChars(TERM_CHARACTERS.toCharArray()).ofMinLength(1).ofMaxLength(5).list().ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(TEXT_CHARACTERS.toCharArray()).ofMaxLength(60);
  }
}
