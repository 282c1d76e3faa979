package org.footprint.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFileTest {
  @TempDir Path dir;

  @Test
  void same_seed_same_rows_from_the_corpus_generator_with_the_authors_asked_for() {
    List<CorpusFile.Row> rows = CorpusFile.rows(3, 300, 7).toList();

    assertThat(rows).isEqualTo(CorpusFile.rows(3, 300, 7).toList());
    assertThat(rows).extracting(CorpusFile.Row::text).isEqualTo(new CorpusGenerator(3).posts(300).map(p -> p.item().text()).toList());
    assertThat(rows).extracting(CorpusFile.Row::author).allMatch(a -> a.matches("author-0000[0-6]")).contains("author-00000", "author-00006");
    assertThat(rows).extracting(CorpusFile.Row::id).doesNotHaveDuplicates();
  }

  @Test
  void json_lines_and_csv_hold_the_same_rows() throws IOException {
    List<CorpusFile.Row> rows = CorpusFile.rows(4, 50, 3).toList();
    Path jsonl = dir.resolve("corpus.jsonl");
    Path csv = dir.resolve("corpus.csv");
    CorpusFile.write(jsonl, CorpusFile.Format.of(jsonl), rows.stream());
    CorpusFile.write(csv, CorpusFile.Format.of(csv), rows.stream());

    assertThat(Files.readAllLines(jsonl)).hasSize(50);
    assertThat(readJsonLines(jsonl)).isEqualTo(rows);
    assertThat(readCsv(csv)).isEqualTo(rows);
  }

  @Test
  void a_name_that_is_neither_jsonl_nor_csv_is_refused() {
    assertThatThrownBy(() -> CorpusFile.Format.of(Path.of("corpus.txt"))).hasMessageContaining("expected a name ending .jsonl or .csv");
  }

  private static List<CorpusFile.Row> readJsonLines(Path file) throws IOException {
    List<CorpusFile.Row> rows = new ArrayList<>();
    JsonFactory factory = new JsonFactory();
    for (String line : Files.readAllLines(file)) {
      Map<String, String> fields = new LinkedHashMap<>();
      try (JsonParser json = factory.createParser(line)) {
        json.nextToken();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          fields.put(name, json.nextToken() == JsonToken.VALUE_NULL ? null : json.getText());
        }
      }
      rows.add(row(fields));
    }
    return rows;
  }

  private static List<CorpusFile.Row> readCsv(Path file) throws IOException {
    List<CorpusFile.Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        Map<String, String> fields = new LinkedHashMap<>(record.toMap());
        fields.replaceAll((name, value) -> value.isEmpty() ? null : value);
        rows.add(row(fields));
      }
    }
    return rows;
  }

  private static CorpusFile.Row row(Map<String, String> fields) {
    assertThat(fields.keySet()).containsExactly(CorpusFile.COLUMNS);
    return new CorpusFile.Row(fields.get("id"), fields.get("author"), fields.get("created_at") == null ? null : Instant.parse(fields.get("created_at")),
        fields.get("text"), fields.get("platform"), fields.get("reply_to"));
  }
}
