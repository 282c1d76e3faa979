package org.footprint.analysis.match;

/**
 * One line of a lexicon: what every form of its term shares (the forms themselves are in {@link Lexicon#forms}).
 *
 * @param lexicon index of the lexicon in its {@link LexiconSet}
 * @param id stable entry id, e.g. {@code ins-0001}
 * @param weight how strongly the term signals its lexicon's meaning, 0..1
 * @param prefix the term may be followed by more letters (idiot → idiots, idiotic)
 * @param maskable masked spellings of the term (f*ck) count
 * @param exact the term does not also match with a plain -s or -'s ending
 * @param note free text from the lexicon file
 */
public record LexiconEntry(int lexicon, String id, double weight, boolean prefix, boolean maskable, boolean exact, String note) {}
