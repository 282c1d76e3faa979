package org.footprint.ingest.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusPostTest {
  @Test
  void a_row_becomes_a_public_post_its_author_wrote_under_the_corpus_s_own_id() {
    CorpusPost post = CorpusPost.of("1789", "user-7", "2024-03-05 10:15:00", "hello all", "mastodon", "@jo", "corpus");

    assertThat(post.problem()).isNull();
    assertThat(post.author()).isEqualTo("user-7");
    Item item = post.item();
    assertThat(item.id()).isEqualTo("1789");
    assertThat(item.platform()).isEqualTo("mastodon");
    assertThat(item.kind()).isEqualTo(ItemKind.POST);
    assertThat(item.authoredBySelf()).isTrue();
    assertThat(item.audience()).isEqualTo(Audience.PUBLIC);
    assertThat(item.createdAt()).isEqualTo(Instant.parse("2024-03-05T10:15:00Z"));
    assertThat(item.replyTo()).isEqualTo("@jo");
  }

  @Test
  void no_platform_takes_the_default_and_no_date_leaves_it_undated() {
    Item item = CorpusPost.of("a", "b", " ", "text", "", null, "corpus").item();

    assertThat(item.platform()).isEqualTo("corpus");
    assertThat(item.createdAt()).isNull();
    assertThat(item.replyTo()).isNull();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "NULL, author, 2024-01-01, text, corpus.missing-id",
      "'  ', author, 2024-01-01, text, corpus.missing-id",
      "1, NULL, 2024-01-01, text, corpus.missing-author",
      "1, author, 2024-01-01, NULL, corpus.missing-text",
      "1, author, 2024-01-01, ' ', corpus.missing-text",
      "1, author, last Tuesday, text, corpus.bad-date",
      "1, author, 2024-13-01, text, corpus.bad-date"})
  void a_row_without_what_a_post_needs_is_skipped_with_its_problem(String id, String author, String createdAt, String text, String code) {
    CorpusPost post = CorpusPost.of(id, author, createdAt, text, null, null, "corpus");

    assertThat(post.item()).isNull();
    assertThat(post.author()).isNull();
    assertThat(post.problem()).isEqualTo(CorpusProblem.ofCode(code));
  }
}
