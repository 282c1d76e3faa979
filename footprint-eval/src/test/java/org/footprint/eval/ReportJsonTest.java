package org.footprint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.footprint.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
  private static final ObjectMapper STRICT =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> keys(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static final String PLAIN = "id\tlabels\ttext\n"
      + "a\thostility\tyou grrword\n"
      + "b\thostility\tquiet\n"
      + "c\tnone\tgrrword\n"
      + "d\tprofanity\tdarnword\n";

  @Test
  void jsonIsOneObjectWithExactlyTheRequiredKeysInOrder() throws IOException {
    String json = new Evaluator(new FakeJudge()).run(write("plain.tsv", PLAIN)).toJson();

    assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
    JsonNode root = STRICT.readTree(json);
    assertThat(keys(root)).containsExactly(
        "rows", "categories", "macro_f1", "micro_f1", "any", "benign_flagged_medium", "posts_per_second");
    assertThat(keys(root.get("categories")))
        .containsExactlyElementsOf(Category.risks().stream().map(Category::id).toList());
    for (JsonNode category : root.get("categories")) {
      assertThat(keys(category)).containsExactly("support", "tp", "fp", "fn", "precision", "recall", "f1");
    }
    assertThat(keys(root.get("any"))).containsExactly("precision", "recall", "f1");
    assertThat(root.get("rows").asLong()).isEqualTo(4);
    assertThat(root.get("benign_flagged_medium").asLong()).isEqualTo(1);
  }

  @Test
  void jsonRoundsScoresToFourDecimals() throws IOException {
    JsonNode root = STRICT.readTree(new Evaluator(new FakeJudge()).run(write("plain.tsv", PLAIN)).toJson());

    // hostility: tp 1 (a), fp 1 (c), fn 1 (b) -> 0.5 everywhere; profanity: tp 1 -> 1.0.
    JsonNode hostility = root.get("categories").get("hostility");
    assertThat(hostility.get("support").asLong()).isEqualTo(2);
    assertThat(hostility.get("precision").asDouble()).isEqualTo(0.5);
    assertThat(hostility.get("f1").asDouble()).isEqualTo(0.5);
    assertThat(root.get("categories").get("profanity").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(root.get("macro_f1").asDouble()).isEqualTo(0.75);
    // micro: tp 2, fp 1, fn 1 -> 4/6
    assertThat(root.get("micro_f1").asDouble()).isEqualTo(0.6667);
    // any: tp 2 (a, d), fp 1 (c), fn 1 (b)
    assertThat(root.get("any").get("recall").asDouble()).isEqualTo(0.6667);
    assertThat(root.get("posts_per_second").isNumber()).isTrue();
  }

  @Test
  void jsonNumbersArePlainFixedDecimals() throws IOException {
    // 1 true positive against 19,999 false positives: precision 0.00005 rounds to 0.0001 (not 1.0E-4)
    StringBuilder tsv = new StringBuilder("id\tlabels\ttext\nhit\tprofanity\tdarnword\n");
    for (int i = 0; i < 19_999; i++) {
      tsv.append("n").append(i).append("\tnone\tdarnword\n");
    }

    String json = new Evaluator(new FakeJudge()).run(write("rare.tsv", tsv.toString())).toJson();

    assertThat(json)
        .contains("\"profanity\":{\"support\":1,\"tp\":1,\"fp\":19999,\"fn\":0,"
            + "\"precision\":0.0001,\"recall\":1.0000,\"f1\":0.0001}")
        .containsPattern("\"posts_per_second\":[0-9]+\\.[0-9][,}]")
        .doesNotContainPattern("[0-9][eE][-+0-9]");
  }

  @Test
  void optionalKeysFollowInOrderWhenPresent() throws IOException {
    Path tsv = write("all.tsv", PLAIN + "broken\n" + "e\tnone,rumour\tcalm\n");
    Path spans = write("spans.tsv", "a\t4\t11\n");

    String json = new Evaluator(new FakeJudge()).spans(Optional.of(spans)).run(tsv).toJson();

    JsonNode root = STRICT.readTree(json);
    assertThat(keys(root)).containsExactly("rows", "categories", "macro_f1", "micro_f1", "any",
        "benign_flagged_medium", "posts_per_second", "evidence", "skipped_rows", "unknown_labels");
    assertThat(keys(root.get("evidence"))).containsExactly("token_precision", "token_recall", "token_f1");
    assertThat(root.get("skipped_rows").asLong()).isEqualTo(1);
    assertThat(root.get("unknown_labels").get("rumour").asLong()).isEqualTo(1);
    assertThat(root.get("evidence").get("token_f1").asDouble()).isEqualTo(1.0);
  }

  @Test
  void tableListsEveryCategoryAndTheSummaryFigures() throws IOException {
    String table = new Evaluator(new FakeJudge()).run(write("plain.tsv", PLAIN)).toTable();

    for (Category category : Category.risks()) {
      assertThat(table).contains(category.id());
    }
    assertThat(table).contains("macro F1", "micro F1", "0.7500", "benign flagged medium+", "posts per second");
  }
}
