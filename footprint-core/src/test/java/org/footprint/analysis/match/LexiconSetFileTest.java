package org.footprint.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

class LexiconSetFileTest {
  private static final byte[] FINGERPRINT = LexiconSetFile.fingerprint(Map.of("lexicons/a.tsv", "x".getBytes(StandardCharsets.UTF_8)));

  private static Lexicon lexicon(String name, int index, String tsv) {
    return Lexicon.read(name, name + ".tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), index, s -> s);
  }

  private static List<Lexicon> sample() {
    return List.of(
        lexicon("insults", 0, "{absolute |total |}idiot\tins-1\t0.9\tw\tcalling someone stupid\nmuppet\tins-2\t0.6\tx\n"),
        lexicon("drinks", 1, "pint\tdr-1\t0.5\tp\nidiot juice\tdr-2\t0.4\tm\n"));
  }

  private static byte[] written(LexiconSet set, byte[] fingerprint) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LexiconSetFile.write(set, fingerprint, out);
    return out.toByteArray();
  }

  /** Every hit as "lexicon/id@start-end", in the order the set reports them. */
  private static List<String> hits(LexiconSet set, String text) {
    List<String> hits = new ArrayList<>();
    set.match(text.toCharArray(), (entry, start, end, termEnd) -> hits.add(set.get(entry.lexicon()).name() + "/" + entry.id() + "@" + start + "-" + end));
    return hits;
  }

  @Test
  void a_set_read_back_has_the_same_entries_and_finds_the_same_hits() throws IOException {
    LexiconSet built = new LexiconSet(sample());
    LexiconSet read = LexiconSetFile.read(new ByteArrayInputStream(written(built, FINGERPRINT)), FINGERPRINT).orElseThrow();

    assertThat(read.lexicons()).isEqualTo(built.lexicons());
    for (String text : List.of("what an absolute idiot", "two pints of idiot juice, muppets", "muppet's pint", "nothing here", "")) {
      assertThat(hits(read, text)).as(text).isEqualTo(hits(built, text)).isNotNull();
    }
    assertThat(hits(read, "total idiots")).containsExactlyInAnyOrder("insults/ins-1@0-12", "insults/ins-1@6-12");
  }

  @Test
  void a_plural_its_lexicon_lists_is_that_term_alone_before_and_after_the_file() throws IOException {
    List<Lexicon> lexicons = List.of(
        lexicon("pets", 0, "cat\tp-1\t1\ncats\tp-2\t1\ndog\tp-3\t1\ndog's\tp-4\t1\n"),
        lexicon("other", 1, "cat\to-1\t1\n"));
    LexiconSet built = new LexiconSet(lexicons);
    LexiconSet read = LexiconSetFile.read(new ByteArrayInputStream(written(built, FINGERPRINT)), FINGERPRINT).orElseThrow();
    for (LexiconSet set : List.of(built, read)) {
      // "cats" is listed in pets, so pets' "cat" does not also claim it; the other lexicon lists no plural and does
      assertThat(hits(set, "cats")).containsExactlyInAnyOrder("pets/p-2@0-4", "other/o-1@0-4");
      // the apostrophe ends a word, so "dog's" holds "dog" as well as the listed "dog's"; "dogs" is dog's plural
      assertThat(hits(set, "dog's dogs cat's")).containsExactlyInAnyOrder(
          "pets/p-3@0-3", "pets/p-4@0-5", "pets/p-3@6-10", "pets/p-1@11-14", "other/o-1@11-14");
    }
  }

  @Test
  void one_automaton_or_several_give_the_same_hits() throws IOException {
    LexiconSet split = new LexiconSet(sample(), 2);
    LexiconSet whole = LexiconSetFile.buildForFile(sample());
    assertThat(split.automata()).hasSizeGreaterThan(1);
    assertThat(whole.automata()).hasSize(1);
    String text = "total idiot with a pint of idiot juice and a muppet";
    assertThat(sorted(hits(whole, text))).isEqualTo(sorted(hits(split, text)))
        .containsExactly("drinks/dr-1@19-23", "drinks/dr-2@27-38", "insults/ins-1@0-11", "insults/ins-1@27-32", "insults/ins-1@6-11", "insults/ins-2@45-51");
  }

  private static List<String> sorted(List<String> hits) {
    List<String> copy = new ArrayList<>(hits);
    copy.sort(null);
    return copy;
  }

  @Test
  void a_file_made_from_other_sources_or_of_another_kind_is_not_used() throws IOException {
    byte[] file = written(new LexiconSet(sample()), FINGERPRINT);
    byte[] other = LexiconSetFile.fingerprint(Map.of("lexicons/a.tsv", "y".getBytes(StandardCharsets.UTF_8)));
    assertThat(LexiconSetFile.read(new ByteArrayInputStream(file), other)).isEmpty();
    assertThat(LexiconSetFile.read(new ByteArrayInputStream("not a lexicon file".getBytes(StandardCharsets.UTF_8)), FINGERPRINT)).isEmpty();
  }

  @Test
  void a_file_cut_short_is_an_error_not_a_smaller_set() throws IOException {
    byte[] file = written(new LexiconSet(sample()), FINGERPRINT);
    for (int length : new int[] {file.length / 3, file.length / 2, file.length - 4}) {
      byte[] cut = Arrays.copyOf(file, length);
      assertThatThrownBy(() -> LexiconSetFile.read(new ByteArrayInputStream(cut), FINGERPRINT)).as("cut at " + length).isInstanceOf(IOException.class);
    }
  }

  @Test
  void the_shipped_compiled_lexicons_were_made_from_the_shipped_lexicon_files() throws IOException {
    ClassLoader loader = getClass().getClassLoader();
    byte[] fingerprint = LexiconSetFile.fingerprint(RuleCatalogue.lexiconSources(loader));
    try (InputStream in = loader.getResourceAsStream(LexiconSetFile.RESOURCE)) {
      assertThat(in).as(LexiconSetFile.RESOURCE + " on the classpath (written by the build)").isNotNull();
      LexiconSet compiled = LexiconSetFile.read(in, fingerprint).orElseThrow();
      assertThat(compiled.lexicons()).isEqualTo(RuleCatalogue.builtIn().lexicons().lexicons());
      assertThat(compiled.automata()).hasSize(1);
    }
    assertThat(RuleCatalogue.builtIn().lexicons().automata()).as("the built-in catalogue reads the compiled file (built from sources it has two)").hasSize(1);
  }
}
