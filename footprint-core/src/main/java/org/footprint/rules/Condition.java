package org.footprint.rules;

import java.util.Locale;

/** Context that cancels an anchor match: the words are there, but they are not the poster's own judgement. */
public enum Condition {
  /** "not drunk", "never said he was an idiot". */
  NEGATED,
  /** Inside quotation marks. */
  QUOTED,
  /** "he called me a …", "was accused of …". */
  REPORTED_SPEECH,
  /** "I felt like an idiot": aimed at oneself. */
  SELF_DIRECTED,
  /**
   * "I'm such a numpty": an insult word the poster aims at themselves. Narrower than {@link #SELF_DIRECTED}, which
   * cancels any word next to 'I': what the learned rules need, whose evidence is every word that weighed.
   */
  SELF_INSULT,
  /** "this policy on lone working is a disgrace", "our dog is a thug": a verdict whose subject, a few words before it, is a thing, an animal or a character of a story, not a person. */
  ABOUT_A_THING,
  /** The post is about learning or practice: "a lecture on racism", "awareness training". */
  EDUCATIONAL,
  /** The term is part of benign professional vocabulary: "sexual health clinic", "substance misuse service". */
  BENIGN_PHRASE,
  /** A mild insult in a post that shows fondness: "you absolute muppet 😂 love you x" is banter. */
  AFFECTIONATE;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Condition parse(String text) {
    for (Condition condition : values()) {
      if (condition.id().equals(text)) {
        return condition;
      }
    }
    throw new IllegalArgumentException("unknown condition '" + text
        + "' (known: negated, quoted, reported-speech, self-directed, self-insult, about-a-thing, educational, benign-phrase, affectionate)");
  }
}
