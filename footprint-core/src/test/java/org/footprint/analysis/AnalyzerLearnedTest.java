package org.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.footprint.analysis.context.TextAnalysis;
import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.analysis.learn.WordModel;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Severity;
import org.footprint.policy.PolicyPacks;
import org.footprint.rules.RuleCatalogue;
import org.junit.jupiter.api.Test;

/** The learned rules: the word model's reading where no written rule of the category fired. */
class AnalyzerLearnedTest {
  private static final Analyzer SSSC = Analyzer.builtIn();
  private static final String MOCKERY = "Love how the agency nurse spent the whole night on her phone, really pulling her weight there, bless her";

  @Test
  void a_post_no_rule_matches_is_reported_low_with_the_words_that_weighed_most() {
    Finding finding = SSSC.analyzeText("t", MOCKERY).stream().filter(f -> f.category() == Category.HOSTILITY).findFirst().orElseThrow();
    assertThat(finding.ruleId()).isEqualTo("hostility.learned");
    assertThat(finding.severity()).isEqualTo(Severity.LOW);
    assertThat(finding.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
        .allSatisfy(span -> assertThat(MOCKERY.substring(span.start(), span.end())).isEqualTo(span.text()));
    assertThat(finding.message()).startsWith("Reads as hostile to Footprint's word model: ");
    assertThat(finding.explanation()).containsPattern("The word model puts this post at (over 99|\\d\\d?) % \\(it reports from \\d+ %\\); what weighed most: '.+' \\(\\+\\d\\.\\d\\)");
    assertThat(finding.clauses()).isNotEmpty();
    assertThat(finding.remediation()).isNotEmpty();
  }

  @Test
  void a_category_a_written_rule_found_gets_no_learned_finding() {
    List<Finding> findings = SSSC.analyzeText("t", "@gav_p you are an absolute moron, a total clown");
    assertThat(findings).filteredOn(f -> f.category() == Category.HOSTILITY).isNotEmpty()
        .noneMatch(f -> f.ruleId().equals("hostility.learned"));
  }

  @Test
  void a_learned_rule_with_a_match_reports_only_on_posts_that_hold_one_of_its_words() throws java.io.IOException {
    // a model that reads 'keys' as crude: without the match, "locked my keys in the car" would be reported as crude
    int n = Category.risks().size();
    double[] thresholds = new double[n];
    java.util.Arrays.fill(thresholds, 0.7);
    double[] bias = new double[n];
    java.util.Arrays.fill(bias, -3);
    double[] crude = new double[n];
    crude[Category.risks().indexOf(Category.PROFANITY)] = 6;
    java.io.StringWriter file = new java.io.StringWriter();
    WordModel.write(file, List.of("a test model"), thresholds, bias, java.util.Map.of("w:keys", crude));
    RuleCatalogue builtIn = RuleCatalogue.builtIn();
    Analyzer analyzer = new Analyzer(builtIn.withWordModel(builtIn.readWordModel("test.tsv",
        new java.io.ByteArrayInputStream(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))), PolicyPacks.loadBuiltIn().defaultPack());
    assertThat(builtIn.rule("profanity.learned").orElseThrow().match().anchor().sources()).contains("profanity", "profanity-mild");
    assertThat(analyzer.applyRule("profanity.learned", Item.draft("t", "Locked my keys in the car again this morning"))).isEmpty();
    Finding crudeFinding = analyzer.applyRule("profanity.learned", Item.draft("t", "Locked my bloody keys in the car again this morning")).orElseThrow();
    // what weighed ('keys') and the word the rule needs ('bloody', which this model does not weigh) are both shown
    assertThat(crudeFinding.evidence()).extracting(span -> span.text()).containsExactly("bloody", "keys");
    assertThat(crudeFinding.evidence().get(0).role()).isEqualTo("swearing");
    // a learned rule without a match needs nothing: the hostility one reads any post
    assertThat(builtIn.rule("hostility.learned").orElseThrow().match().anchor().sources()).isEmpty();
  }

  /** An analyser whose word model gives each named feature a weight of 6 towards one category (bias -3, thresholds 0.7). */
  private static Analyzer withModel(Category category, String... features) throws java.io.IOException {
    int n = Category.risks().size();
    double[] thresholds = new double[n];
    java.util.Arrays.fill(thresholds, 0.7);
    double[] bias = new double[n];
    java.util.Arrays.fill(bias, -3);
    java.util.Map<String, double[]> weights = new java.util.LinkedHashMap<>();
    for (String feature : features) {
      double[] row = new double[n];
      row[Category.risks().indexOf(category)] = 6;
      weights.put(feature, row);
    }
    java.io.StringWriter file = new java.io.StringWriter();
    WordModel.write(file, List.of("a test model"), thresholds, bias, weights);
    RuleCatalogue builtIn = RuleCatalogue.builtIn();
    return new Analyzer(builtIn.withWordModel(builtIn.readWordModel("test.tsv",
        new java.io.ByteArrayInputStream(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))), PolicyPacks.loadBuiltIn().defaultPack());
  }

  @Test
  void an_exclude_part_rules_a_learned_finding_out_wherever_its_word_is_in_the_post() throws java.io.IOException {
    Analyzer analyzer = withModel(Category.BOUNDARIES, "w:facebook");
    assertThat(analyzer.applyRule("boundaries.learned", Item.draft("t", "A mum from my caseload added me on Facebook last night"))).isPresent();
    // the boundary was kept: "declined" is in the rule's exclude part (boundary-kept), far from what weighed
    assertThat(analyzer.applyRule("boundaries.learned", Item.draft("t", "A mum from my caseload added me on Facebook last night. Declined, obviously")))
        .isEmpty();
  }

  @Test
  void an_overlapping_exclude_part_takes_out_only_the_words_it_covers() throws java.io.IOException {
    Analyzer analyzer = withModel(Category.SUBSTANCES, "w:smashed");
    // "smashed the" is a substance false friend: there the word means winning, and weighs nothing
    assertThat(analyzer.applyRule("substances.learned", Item.draft("t", "We smashed the pub quiz on Friday night"))).isEmpty();
    Finding drunk = analyzer.applyRule("substances.learned", Item.draft("t", "We got smashed after work on Friday night")).orElseThrow();
    assertThat(drunk.evidence()).extracting(span -> span.text()).contains("smashed");
  }

  @Test
  void a_disabled_learned_rule_reports_nothing() {
    Analyzer without = new Analyzer(RuleCatalogue.builtIn(), PolicyPacks.loadBuiltIn().defaultPack(), Set.of("hostility.learned"), List.of());
    assertThat(without.analyzeText("t", MOCKERY)).noneMatch(f -> f.ruleId().equals("hostility.learned"));
  }

  @Test
  void benign_posts_stay_clean() {
    for (String text : List.of("Lovely team lunch today, thank you Maria for organising", "Reminder: the safeguarding training is on Thursday at 10",
        "Sharing the new carers' assessment guide, please pass it on")) {
      assertThat(SSSC.analyzeText("t", text)).as(text).noneMatch(f -> f.severity().atLeast(Severity.LOW));
    }
  }

  @Test
  void words_someone_else_said_to_the_poster_are_left_out_of_the_reading() {
    // the same insult, said by the poster and reported by them: the learned rule's unless [reported-speech] takes it out
    assertThat(SSSC.applyRule("hostility.learned", Item.draft("t", "You're a pathetic excuse for a nurse"))).isPresent();
    for (String reported : List.of("She said I'm a pathetic excuse for a nurse", "Some patient's son called me a useless jobsworth today")) {
      assertThat(SSSC.applyRule("hostility.learned", Item.draft("t", reported))).as(reported).isEmpty();
    }
  }

  @Test
  void the_reading_without_cancelled_places_drops_their_features_and_keeps_the_rest() {
    String text = "the new manager is a useless jobsworth";
    TextAnalysis analysis = new TextAnalysis(SSSC.catalogue().normaliser().normalise(text), SSSC.catalogue().lexicons(), new IdentifierScanner());
    WordModel.Reading reading = SSSC.catalogue().wordModel().read(analysis);
    assertThat(reading.reaches(Category.HOSTILITY)).isTrue();
    assertThat(reading.without((start, end) -> false).probability(Category.HOSTILITY)).isEqualTo(reading.probability(Category.HOSTILITY));
    double without = reading.without((start, end) -> true).probability(Category.HOSTILITY);
    assertThat(without).isLessThan(SSSC.catalogue().wordModel().threshold(Category.HOSTILITY));
  }

  @Test
  void a_hostile_sentence_in_a_chatty_post_is_read_alone_and_shown_as_one_sentence() {
    String chatty = MOCKERY + ". Anyway, lovely walk along the canal with the dog this morning and the sun was out for once."
        + " Roast in the oven, kettle on, feet up with the crossword.";
    TextAnalysis analysis = new TextAnalysis(SSSC.catalogue().normaliser().normalise(chatty), SSSC.catalogue().lexicons(), new IdentifierScanner());
    WordModel.Reading whole = SSSC.catalogue().wordModel().read(analysis);
    assertThat(whole.reaches(Category.HOSTILITY)).as("the everyday sentences pull the whole post under the threshold").isFalse();
    int[] starts = analysis.sentenceStarts();
    assertThat(starts).hasSize(4);
    WordModel.Reading sentence = whole.bestSentence(Category.HOSTILITY);
    assertThat(sentence).isNotNull();
    assertThat(sentence.reaches(Category.HOSTILITY)).isTrue();
    assertThat(sentence.probability(Category.HOSTILITY)).isGreaterThanOrEqualTo(0.95);
    assertThat(whole.bestSentence(Category.SEXUAL)).isNull();
    TextAnalysis one = new TextAnalysis(SSSC.catalogue().normaliser().normalise(MOCKERY), SSSC.catalogue().lexicons(), new IdentifierScanner());
    assertThat(SSSC.catalogue().wordModel().read(one).bestSentence(Category.HOSTILITY)).as("a text of one sentence is read whole").isNull();

    Finding finding = SSSC.analyzeText("t", chatty).stream().filter(f -> f.ruleId().equals("hostility.learned")).findFirst().orElseThrow();
    assertThat(finding.explanation()).contains("The word model puts one sentence of this post at");
    assertThat(finding.evidence()).isNotEmpty().allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(MOCKERY.length()));
  }

  @Test
  void chatty_posts_whose_sentences_are_all_everyday_stay_clean() {
    for (String text : List.of("Long shift but a good one. The new starter picked it all up really quickly. Chippy tea and bed.",
        "Parents' evening done! Every single one of them was lovely. Wine and the telly now, I think.")) {
      assertThat(SSSC.analyzeText("t", text)).as(text).noneMatch(f -> f.ruleId().endsWith(".learned"));
    }
  }

  @Test
  void a_greeting_or_a_reply_of_a_few_words_gets_no_learned_finding() {
    // each of these once drew a learned finding from a single word ("thanks" towards hostility, "lol" towards sexual)
    for (String text : List.of("hi", "thanks", "lol", "see you soon", "bless you", "oh dear", "home at last", "cheers for that")) {
      assertThat(SSSC.analyzeText("t", text)).as(text).noneMatch(f -> f.ruleId().endsWith(".learned"));
    }
  }
}
