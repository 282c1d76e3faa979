package org.footprint.analysis.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.model.Category;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

class WordModelTest {
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.builtIn();
  private static final int N = Category.risks().size();

  private static double[] only(Category category, double weight) {
    double[] weights = new double[N];
    weights[Category.risks().indexOf(category)] = weight;
    return weights;
  }

  /** A model that knows four features of hostility (and "absolute", as a trained model knows each word of its pairs), its threshold 0.7, its bias -3. */
  private static String smallModel() throws IOException {
    double[] thresholds = new double[N];
    Arrays.fill(thresholds, 0.7);
    double[] bias = new double[N];
    Arrays.fill(bias, -3);
    Map<String, double[]> features = new LinkedHashMap<>();
    features.put("w:clown", only(Category.HOSTILITY, 2.5));
    features.put("w:absolute", only(Category.HOSTILITY, 0));
    features.put("b:absolute clown", only(Category.HOSTILITY, 1.0));
    features.put("w:she", only(Category.HOSTILITY, 0.8));
    features.put("w:tea", only(Category.HOSTILITY, -1.0));
    StringWriter out = new StringWriter();
    WordModel.write(out, List.of("a test model"), thresholds, bias, features);
    return out.toString();
  }

  private static WordModel read(String file) throws IOException {
    return CATALOGUE.readWordModel("test.tsv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
  }

  private static WordModel.Reading reading(WordModel model, String text) {
    return model.read(new TextAnalysis(CATALOGUE.normaliser().normalise(text), CATALOGUE.lexicons(), new IdentifierScanner()));
  }

  @Test
  void written_and_read_back_it_scores_each_feature_once() throws IOException {
    WordModel model = read(smallModel());
    assertThat(model.comments()).containsExactly("a test model");
    assertThat(model.threshold(Category.HOSTILITY)).isEqualTo(0.7);
    // -3 + 2.5 (clown, counted once though it occurs twice) + 1.0 (absolute clown) + 0.8 (she)
    assertThat(reading(model, "She is an absolute clown, a clown").probability(Category.HOSTILITY)).isCloseTo(1 / (1 + Math.exp(-1.3)), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(reading(model, "She is an absolute clown").reaches(Category.HOSTILITY)).isTrue();
    assertThat(reading(model, "She is an absolute clown, tea?").reaches(Category.HOSTILITY)).isFalse();
    assertThat(reading(model, "anything").reaches(Category.THREAT)).isFalse();
  }

  @Test
  void a_text_of_fewer_words_than_the_minimum_reaches_nothing_whatever_it_scores() throws IOException {
    WordModel model = read(smallModel());
    // -3 + 2.5 + 1.0 + 0.8: over the threshold, but three words are too few to read
    assertThat(reading(model, "she, absolute clown").probability(Category.HOSTILITY)).isGreaterThan(0.7);
    assertThat(reading(model, "she, absolute clown").reaches(Category.HOSTILITY)).isFalse();
    assertThat(reading(model, "she, absolute clown!!").reaches(Category.HOSTILITY)).as("punctuation is no word").isFalse();
    assertThat(reading(model, "she, total absolute clown").reaches(Category.HOSTILITY)).as("four words").isTrue();
    assertThat(reading(model, "🤡 she, absolute clown").reaches(Category.HOSTILITY)).as("an emoji is a word").isTrue();
  }

  @Test
  void a_pair_counts_only_when_the_model_knows_both_its_words() throws IOException {
    String withoutAbsolute = smallModel().replaceFirst("(?m)^w:absolute\t.*\n", "");
    // "absolute clown" is not looked up: -3 + 2.5 + 0.8
    assertThat(reading(read(withoutAbsolute), "She is an absolute clown").probability(Category.HOSTILITY))
        .isCloseTo(1 / (1 + Math.exp(-0.3)), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void a_sentence_is_found_however_heavily_the_others_weigh_against_it_and_none_where_no_sentence_can_reach() throws IOException {
    // clown 6 and tea -5: the sentence bar is logit(0.95) = 2.94, the whole post -3 + 6 + 1 + 0.8 - 5 = -0.2
    WordModel model = read(smallModel().replaceFirst("(?m)^w:clown\t2\\.5000", "w:clown\t6.0000")
        .replaceFirst("(?m)^w:tea\t-1\\.0000", "w:tea\t-5.0000"));
    WordModel.Reading chatty = reading(model, "We had tea and cake today. She is an absolute clown. Lovely tea again later.");
    assertThat(chatty.reaches(Category.HOSTILITY)).isFalse();
    WordModel.Reading sentence = chatty.bestSentence(Category.HOSTILITY);
    assertThat(sentence).isNotNull();
    // -3 + 6 + 1 + 0.8: the negative weight of another sentence's word does not count against it
    assertThat(sentence.probability(Category.HOSTILITY)).isCloseTo(1 / (1 + Math.exp(-4.8)), org.assertj.core.data.Offset.offset(1e-6));
    // -3 + 0.8 at most: no sentence of it can reach the bar, whatever its sentences
    assertThat(reading(model, "She had tea with a good friend. Lovely day at home with the kids.").bestSentence(Category.HOSTILITY)).isNull();
  }

  @Test
  void evidence_is_one_place_per_span_heaviest_first_and_never_a_quiet_word() throws IOException {
    List<WordModel.Contribution> strongest = reading(read(smallModel()), "She is an absolute clown").strongest(Category.HOSTILITY, 3, 0.25);
    // "absolute clown" overlaps "clown": one place, shown as the heavier, 2.5 + 1.0; "she" weighs 0.8 but is a quiet word
    assertThat(strongest).extracting(WordModel.Contribution::shown).containsExactly("'clown'");
    assertThat(strongest.get(0).weight()).isCloseTo(3.5, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void a_malformed_file_is_refused_with_its_line() {
    String header = "feature\thostility\tdiscrimination\tthreat\tprofanity\tsexual\tsubstances\tconfidentiality\tboundaries\tpolitical\texposure\n";
    String ten = "\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
    assertThatThrownBy(() -> read("feature\thostility\n")).hasMessageContaining("test.tsv line 1").hasMessageContaining("header");
    assertThatThrownBy(() -> read(header + "threshold\t0.5\n")).hasMessageContaining("line 2").hasMessageContaining("found 2 fields");
    assertThatThrownBy(() -> read(header + "threshold" + ten.replaceFirst("0", "high"))).hasMessageContaining("'high' is not a number");
    assertThatThrownBy(() -> read(header + "threshold" + ten + "bias" + ten + "w:x" + ten + "w:x" + ten)).hasMessageContaining("line 5").hasMessageContaining("twice");
    assertThatThrownBy(() -> read(header + "threshold" + ten + "x:y" + ten)).hasMessageContaining("line 3").hasMessageContaining("w:<word>");
    assertThatThrownBy(() -> read(header + "threshold" + ten)).hasMessageContaining("'bias' row");
  }

  @Test
  void an_empty_model_reports_nothing() {
    WordModel empty = WordModel.empty(CATALOGUE.lexicons());
    for (Category category : Category.risks()) {
      assertThat(reading(empty, "you absolute clown, I know where you live").reaches(category)).isFalse();
    }
  }
}
