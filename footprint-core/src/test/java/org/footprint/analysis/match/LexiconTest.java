package org.footprint.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static Lexicon read(String tsv) {
    return Lexicon.read("test", "test.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), 0, s -> s);
  }

  @Test
  void braces_stand_for_every_form_and_share_the_line_id_and_weight() {
    Lexicon lexicon = read("# header\n{need|needs} a {good |}kicking\tx-1\t0.9\tw\tnote\n");
    assertThat(lexicon.entries()).extracting(LexiconEntry::term)
        .containsExactly("need a good kicking", "need a kicking", "needs a good kicking", "needs a kicking");
    assertThat(lexicon.entries()).allSatisfy(e -> {
      assertThat(e.id()).isEqualTo("x-1");
      assertThat(e.weight()).isEqualTo(0.9);
    });
  }

  @Test
  void an_empty_alternative_leaves_no_double_space() {
    assertThat(read("a {very |}b\tx-1\t1\n").entries()).extracting(LexiconEntry::term).containsExactly("a very b", "a b");
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
}
