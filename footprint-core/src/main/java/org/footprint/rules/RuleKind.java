package org.footprint.rules;

import java.util.Locale;

/**
 * The closed set of rule shapes the engine implements. New rules need no Java; a new kind does.
 */
public enum RuleKind {
  /** Any term of the anchor lexicons (optionally: distinct terms adding up to {@code min-total}). */
  LEXICON,
  /** An anchor term within a few words of a target: you, an @mention, a named person, a role, a group. */
  LEXICON_NEAR_TARGET,
  /** Several parts found together (e.g. work context plus identifying detail). */
  COMBINATION,
  /** A validated identifier (NHS number, postcode, phone …), optionally with its owner and context. */
  IDENTIFIER,
  /**
   * The word model's reading of the text ({@code analysis.learn.WordModel}), for the rule's category, where no other
   * rule of the category fired: no {@code match}; the evidence is the features that weighed most.
   */
  LEARNED;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static RuleKind parse(String text) {
    for (RuleKind kind : values()) {
      if (kind.id().equals(text)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + text + "' (known: lexicon, lexicon-near-target, combination, identifier, learned)");
  }
}
