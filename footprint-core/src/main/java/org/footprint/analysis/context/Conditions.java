package org.footprint.analysis.context;

import java.util.Collection;
import java.util.List;
import org.footprint.analysis.match.Hit;
import org.footprint.analysis.normalise.Letters;
import org.footprint.rules.Condition;

/**
 * Decides whether the context around an anchor cancels it. The cue words live in lexicons
 * ({@code negators}, {@code reporting}, {@code self-reference}, {@code educational-context},
 * {@code benign-phrases}, {@code affection-cues}); the positions they must take are here.
 */
public final class Conditions {
  private static final int NEGATION_REACH = 3;
  private static final int REPORTING_REACH = 5;
  private static final int SELF_REACH_BEFORE = 3;
  /** How far before a verdict its thing may stand: "this policy on lone working is a disgrace" (five words between). */
  private static final int THING_REACH_BEFORE = 6;
  private static final int SELF_REACH_AFTER = 2;
  private static final String[] ADDRESSEES = {"target:second-person", "signal:mention"};
  /** The lexicons of insult words, whose self-directed use {@link Condition#SELF_INSULT} takes out. */
  private static final String[] INSULT_LEXICONS = {"insults", "insults-slang", "insults-ambiguous"};
  /** Words for another person or group ("he's", "my manager", "the lot of them"): an insult after one is theirs. */
  private static final String[] OTHER_PEOPLE = {"target-third-person", "target-role", "target-group"};
  private static final String NAMED_PERSON = "signal:named-person";
  /** What a verdict can be about that is no person: things and systems, animals, characters of stories and games. */
  private static final String[] THINGS = {"inanimate-things", "non-human-subjects"};
  /** Insults weighing less than this are mild (muppet, numpty, idiot): the only ones affection makes banter. */
  private static final double MILD = 1.0;

  private Conditions() {}

  /** True when one of {@code conditions} (a rule's {@code unless}) holds for {@code anchor}: it does not count. */
  public static boolean anyHolds(Collection<Condition> conditions, Hit anchor, TextAnalysis analysis) {
    for (Condition condition : conditions) {
      if (holds(condition, anchor, analysis)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code condition} holds for {@code anchor}, i.e. the anchor should not count. */
  public static boolean holds(Condition condition, Hit anchor, TextAnalysis analysis) {
    switch (condition) {
      case NEGATED:
        return negatorBefore(anchor, analysis);
      case REPORTED_SPEECH:
        return cueBefore(analysis, "reporting", anchor, REPORTING_REACH);
      case SELF_DIRECTED:
        return selfDirected(anchor, analysis);
      case SELF_INSULT:
        return selfInsult(anchor, analysis);
      case ABOUT_A_THING:
        return thingJustBefore(anchor, analysis);
      case EDUCATIONAL: {
        // a word in quotes is an example wherever the post says it is teaching or training ("Role play today. The
        // 'patient' shouts 'you're all useless'"); a word not in quotes only in the sentence that says so
        boolean quoted = quoted(anchor, analysis.text().chars());
        for (Hit cue : analysis.lexiconHits("educational-context")) {
          if (quoted || analysis.sameSentence(cue, anchor)) {
            return true;
          }
        }
        return false;
      }
      case BENIGN_PHRASE:
        for (Hit phrase : analysis.lexiconHits("benign-phrases")) {
          if (anchor.within(phrase)) {
            return true;
          }
        }
        return false;
      case QUOTED:
        return quoted(anchor, analysis.text().chars());
      case AFFECTIONATE:
        // only a mild insult (weight below 1): no fondness makes a slur or a strong insult banter
        return anchor.weight() < MILD && !analysis.lexiconHits("affection-cues").isEmpty();
      default:
        throw new IllegalStateException("unhandled condition " + condition);
    }
  }

  /** A negator close before the anchor, unless it is part of a phrase that negates nothing ("nothing like", "can't wait"). */
  private static boolean negatorBefore(Hit anchor, TextAnalysis analysis) {
    List<Hit> falseFriends = analysis.lexiconHits("negator-false-friends");
    for (Hit cue : analysis.lexiconHits("negators")) {
      if (cue.start() < anchor.start() && !cue.overlaps(anchor) && analysis.sameSentence(cue, anchor)
          && analysis.wordDistance(cue, anchor) <= NEGATION_REACH && !insideAny(cue, falseFriends, anchor)) {
        return true;
      }
    }
    return false;
  }

  /** True when the cue lies inside one of the phrases, and that phrase is not the anchor itself. */
  private static boolean insideAny(Hit cue, List<Hit> phrases, Hit anchor) {
    for (Hit phrase : phrases) {
      if (cue.within(phrase) && !anchor.within(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean cueBefore(TextAnalysis analysis, String lexicon, Hit anchor, int reach) {
    for (Hit cue : analysis.lexiconHits(lexicon)) {
      if (cue.start() < anchor.start() && !cue.overlaps(anchor) && analysis.sameSentence(cue, anchor)
          && analysis.wordDistance(cue, anchor) <= reach) {
        return true;
      }
    }
    return false;
  }

  /** "I'm such an idiot", "what an idiot I was": first person next to the word, nobody else addressed. */
  private static boolean selfDirected(Hit anchor, TextAnalysis analysis) {
    boolean self = false;
    for (Hit cue : analysis.lexiconHits("self-reference")) {
      if (cue.overlaps(anchor) || !analysis.sameSentence(cue, anchor)) {
        continue;
      }
      int distance = analysis.wordDistance(cue, anchor);
      if ((cue.start() < anchor.start() && distance <= SELF_REACH_BEFORE) || (cue.start() > anchor.start() && distance <= SELF_REACH_AFTER)) {
        self = true;
        break;
      }
    }
    if (!self) {
      return false;
    }
    for (String source : ADDRESSEES) {
      for (Hit other : analysis.hits(source)) {
        if (analysis.sameSentence(other, anchor) && analysis.wordDistance(other, anchor) <= SELF_REACH_BEFORE) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The anchor holds or lies in an insult word ({@link #INSULT_LEXICONS}) that is {@linkplain #selfDirected
   * self-directed}, with nobody else named just before it: "I think he's an idiot" is about him.
   */
  private static boolean selfInsult(Hit anchor, TextAnalysis analysis) {
    for (String lexicon : INSULT_LEXICONS) {
      for (Hit insult : analysis.lexiconHits(lexicon)) {
        if (insult.overlaps(anchor) && selfDirected(insult, analysis) && !someoneElseBefore(insult, analysis)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A thing ({@code inanimate-things}) ends at most {@link #THING_REACH_BEFORE} words before the anchor, in its sentence,
   * and no other person is named between them or just before the thing ("the consultants in that meeting were clowns").
   */
  private static boolean thingJustBefore(Hit anchor, TextAnalysis analysis) {
    for (String lexicon : THINGS) {
      for (Hit thing : analysis.lexiconHits(lexicon)) {
        // each thing in reach is asked: in "the rota Karen made and the app are useless" the rota is hers, the app nobody's
        if (thing.end() <= anchor.start() && analysis.sameSentence(thing, anchor) && analysis.wordDistance(thing, anchor) <= THING_REACH_BEFORE
            && !someoneElseBetween(thing, anchor, analysis) && !someoneElseBefore(thing, analysis)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Another person ({@link #OTHER_PEOPLE}, or a name) between {@code thing} and {@code anchor}: "the rota the new
   * manager made is useless" and "the plans Karen drew up are a joke" are about them.
   */
  private static boolean someoneElseBetween(Hit thing, Hit anchor, TextAnalysis analysis) {
    for (String lexicon : OTHER_PEOPLE) {
      if (anyBetween(analysis.lexiconHits(lexicon), thing, anchor)) {
        return true;
      }
    }
    return anyBetween(analysis.hits(NAMED_PERSON), thing, anchor);
  }

  private static boolean anyBetween(List<Hit> hits, Hit first, Hit last) {
    for (Hit hit : hits) {
      if (hit.start() >= first.end() && hit.end() <= last.start()) {
        return true;
      }
    }
    return false;
  }

  /** Another person ({@link #OTHER_PEOPLE}) ends at most {@link #SELF_REACH_BEFORE} words before {@code hit}, in its sentence. */
  private static boolean someoneElseBefore(Hit hit, TextAnalysis analysis) {
    for (String lexicon : OTHER_PEOPLE) {
      for (Hit other : analysis.lexiconHits(lexicon)) {
        if (other.end() <= hit.start() && analysis.sameSentence(other, hit) && analysis.wordDistance(other, hit) <= SELF_REACH_BEFORE) {
          return true;
        }
      }
    }
    return false;
  }

  /** Inside double quotes, or single quotes that open and close at word edges. */
  private static boolean quoted(Hit anchor, char[] text) {
    int open = -1;
    for (int i = 0; i < anchor.start(); i++) {
      char c = text[i];
      if (c == '"') {
        open = open < 0 ? i : -1;
      } else if (c == '\'' && (i == 0 || text[i - 1] == ' ') && open < 0) {
        open = i;
      } else if (c == '\'' && open >= 0 && text[open] == '\'' && (i + 1 == text.length || !Letters.isLetter(text[i + 1]))) {
        open = -1;
      }
    }
    if (open < 0) {
      return false;
    }
    char quote = text[open];
    for (int i = anchor.end(); i < text.length; i++) {
      char c = text[i];
      if (c == quote && (quote == '"' || i + 1 == text.length || !Letters.isLetter(text[i + 1]))) {
        // quotes around the whole post come from how it was exported or copied, not from the poster
        return !(open == 0 && i >= text.length - 2);
      }
    }
    return false;
  }
}
