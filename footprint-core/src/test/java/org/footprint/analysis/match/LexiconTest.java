package org.footprint.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static Lexicon read(String tsv) {
    return Lexicon.read("test", "test.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), 0, s -> s);
  }

  private static List<String> terms(Lexicon lexicon) {
    List<String> terms = new ArrayList<>();
    for (int k = 0; k < lexicon.forms().size(); k++) {
      terms.add(lexicon.forms().term(k));
    }
    return terms;
  }

  @Test
  void braces_stand_for_every_form_and_share_the_line_entry() {
    Lexicon lexicon = read("# header\n{need|needs} a {good |}kicking\tx-1\t0.9\tw\tnote\n");
    assertThat(terms(lexicon)).containsExactly("need a good kicking", "need a kicking", "needs a good kicking", "needs a kicking");
    assertThat(lexicon.entries()).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo("x-1");
      assertThat(e.weight()).isEqualTo(0.9);
      assertThat(e.note()).isEqualTo("note");
    });
    for (int k = 0; k < lexicon.forms().size(); k++) {
      assertThat(lexicon.forms().entry(k)).isSameAs(lexicon.entries().get(0));
    }
  }

  @Test
  void forms_keep_characters_beyond_ascii_and_belong_to_their_own_line() {
    Lexicon lexicon = read("caf{é|e}\tx-1\t1\n🍺 time\tx-2\t0.5\n");
    assertThat(terms(lexicon)).containsExactly("café", "cafe", "🍺 time");
    assertThat(lexicon.forms().entry(2).id()).isEqualTo("x-2");
  }

  @Test
  void an_empty_alternative_leaves_no_double_space() {
    assertThat(terms(read("a {very |}b\tx-1\t1\n"))).containsExactly("a very b", "a b");
  }

  @Test
  void unbalanced_or_nested_braces_name_the_file_and_line() {
    assertThatThrownBy(() -> read("a {b|c\tx-1\t1\n")).hasMessageContaining("test.tsv:1").hasMessageContaining("unbalanced");
    assertThatThrownBy(() -> read("ok\tx-0\t1\na b}\tx-1\t1\n")).hasMessageContaining("test.tsv:2");
    assertThatThrownBy(() -> read("{a|{b|c}}\tx-1\t1\n")).hasMessageContaining("nested");
  }

  @Test
  void a_line_that_stands_for_too_many_terms_is_refused() {
    String group = "{a|b|c|d|e|f|g|h} ";
    assertThatThrownBy(() -> read(group.repeat(4) + "\tx-1\t1\n")).hasMessageContaining("more than 2048");
  }

  @Test
  void duplicate_ids_are_refused() {
    assertThatThrownBy(() -> read("a\tx-1\t1\nb\tx-1\t1\n")).hasMessageContaining("duplicate id 'x-1'");
  }

  @Test
  void a_term_too_long_for_the_phrase_automaton_names_the_file_and_line() {
    String words = String.join(" ", java.util.Collections.nCopies(33, "word"));

    assertThatThrownBy(() -> read("ok\tx-1\t1\n" + words + "\tx-2\t1\n")).hasMessageContaining(":2:").hasMessageContaining("more than 32 words");
  }
}
