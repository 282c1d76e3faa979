package org.footprint.analysis.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footprint.analysis.match.Hit;
import org.footprint.rules.Condition;
import org.junit.jupiter.api.Test;

/** The context conditions that cancel an anchor, tried on a word of the text as the learned rules try each place. */
class ConditionsTest {

  /** Whether {@code condition} holds at the first occurrence of {@code word} in {@code text} (lower case, no folding needed). */
  private static boolean holdsAt(Condition condition, String text, String word) {
    TextAnalysis analysis = BuiltInAnalysis.of(text);
    int start = analysis.text().text().indexOf(word);
    assertThat(start).as("'%s' is in '%s'", word, text).isGreaterThanOrEqualTo(0);
    return Conditions.holds(condition, new Hit(start, start + word.length(), "model", "", "", 1), analysis);
  }

  @Test
  void an_insult_the_poster_aims_at_themselves_is_a_self_insult() {
    assertThat(holdsAt(Condition.SELF_INSULT, "I'm such a numpty, left my lanyard on the bus", "numpty")).isTrue();
    assertThat(holdsAt(Condition.SELF_INSULT, "Absolute muppet here, booked leave for the wrong week", "muppet")).isTrue();
    assertThat(holdsAt(Condition.SELF_INSULT, "What an idiot I was this morning", "idiot")).isTrue();
  }

  @Test
  void an_insult_aimed_at_someone_else_or_no_insult_at_all_is_not() {
    assertThat(holdsAt(Condition.SELF_INSULT, "I think he's an idiot, signing the rota without reading it", "idiot"))
        .as("another person named just before the insult").isFalse();
    assertThat(holdsAt(Condition.SELF_INSULT, "I swear my manager is a clown", "clown")).isFalse();
    assertThat(holdsAt(Condition.SELF_INSULT, "You're such a numpty, I love you", "numpty")).as("someone addressed").isFalse();
    assertThat(holdsAt(Condition.SELF_INSULT, "I'm so tired after that shift", "tired")).as("no insult word").isFalse();
  }

  @Test
  void a_verdict_just_after_a_thing_is_about_the_thing_unless_someone_is_named_between() {
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The funding cuts are a disgrace this year", "disgrace")).isTrue();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The new rota is useless again", "useless")).isTrue();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "Our spaniel stole a whole pork pie, absolute thug", "thug")).as("an animal").isTrue();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The villain in that show is a proper snake", "snake")).as("a character").isTrue();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The dog walker my manager hired is a proper snake", "snake")).as("a person between").isFalse();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The rota came out and she is useless", "useless")).as("someone named between").isFalse();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "Our manager is a disgrace", "disgrace")).as("no thing before it").isFalse();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The rota is out. Honestly what a disgrace he is", "disgrace")).as("another sentence").isFalse();
  }

  @Test
  void a_thing_a_few_words_before_the_verdict_is_its_subject_unless_a_person_is_named_around_it() {
    assertThat(holdsAt(Condition.ABOUT_A_THING, "This policy on lone working is a disgrace", "disgrace")).isTrue();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The plans Karen drew up are a joke", "joke")).as("a name between").isFalse();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The rota the new manager made is useless", "useless")).as("a role between").isFalse();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The consultants in that meeting were clowns", "clowns")).as("people just before the thing").isFalse();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The rota for the next six weeks of winter is useless", "useless")).as("seven words away").isFalse();
    assertThat(holdsAt(Condition.ABOUT_A_THING, "The rota Karen made and the app are useless", "useless")).as("the app, nearer, is nobody's").isTrue();
  }

  /** As the learned rules try a place the word model weighed: at a mild word's weight. */
  private static boolean affectionateAt(String text, String word) {
    TextAnalysis analysis = BuiltInAnalysis.of(text);
    int start = analysis.text().text().indexOf(word);
    return Conditions.holds(Condition.AFFECTIONATE, new Hit(start, start + word.length(), "model", "", "", 0.5), analysis);
  }

  @Test
  void fondness_anywhere_makes_a_mild_word_banter_but_a_kiss_is_not_the_x_of_a_link() {
    assertThat(affectionateAt("My night team are a bunch of grumps with hearts of gold", "grumps")).isTrue();
    assertThat(affectionateAt("@kezza you absolute weapon, thanks for the coffee", "weapon")).isTrue();
    assertThat(affectionateAt("you muppet, see you Friday x", "muppet")).isTrue();
    assertThat(affectionateAt("what a clown https://x.com/gav/status/1", "clown")).as("x of a link").isFalse();
    assertThat(affectionateAt("what a clown, see www.x.co.uk", "clown")).isFalse();
  }

  @Test
  void a_quoted_word_is_an_example_anywhere_in_a_post_about_teaching_an_unquoted_one_only_in_its_sentence() {
    String rolePlay = "Ran our de-escalation role play today. The 'relative' shouts 'you are all useless' and the student stays calm";
    assertThat(holdsAt(Condition.EDUCATIONAL, rolePlay, "useless")).as("quoted, cue two sentences before").isTrue();
    assertThat(holdsAt(Condition.EDUCATIONAL, "Ran our role play today. Then the new deputy was useless all afternoon", "useless"))
        .as("not quoted, cue in another sentence").isFalse();
    assertThat(holdsAt(Condition.EDUCATIONAL, "Our lecture on racism was great", "racism")).isTrue();
    assertThat(holdsAt(Condition.EDUCATIONAL, "The new deputy said my notes were 'useless' today", "useless"))
        .as("quoted, but nothing says the post is about learning").isFalse();
  }

  @Test
  void self_directed_cancels_any_word_beside_the_poster_where_self_insult_takes_only_the_insult() {
    String text = "I'm such a numpty, drove to the wrong school";
    assertThat(holdsAt(Condition.SELF_DIRECTED, text, "such")).isTrue();
    assertThat(holdsAt(Condition.SELF_INSULT, text, "such")).isFalse();
    assertThat(List.of(Condition.values())).contains(Condition.parse("self-insult"));
  }
}
