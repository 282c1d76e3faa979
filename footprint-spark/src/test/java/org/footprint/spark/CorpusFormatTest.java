package org.footprint.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusFormatTest {
  @ParameterizedTest
  @CsvSource({"posts.jsonl, JSONL", "hdfs:///corpus/posts.NDJSON, JSONL", "posts.json, JSONL", "s3a://bucket/posts.csv, CSV",
      "posts.parquet, PARQUET", "/data/posts.parquet/, PARQUET"})
  void tells_the_format_from_the_name(String path, CorpusFormat format) {
    assertThat(CorpusFormat.of(path)).isEqualTo(format);
  }

  @ParameterizedTest
  @CsvSource({"posts.txt", "/data/corpus"})
  void asks_for_format_when_the_name_does_not_say(String path) {
    assertThatThrownBy(() -> CorpusFormat.of(path)).hasMessage(path + ": cannot tell the corpus format from its name: say --format jsonl, csv or parquet");
  }
}
