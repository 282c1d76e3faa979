package org.footprint.analysis.context;

import org.footprint.analysis.identify.IdentifierScanner;
import org.footprint.rules.RuleCatalogue;

/** What the context tests judge a text with: the built-in catalogue's normalisation and lexicons, loaded once. */
final class BuiltInAnalysis {
  static final RuleCatalogue CATALOGUE = RuleCatalogue.builtIn();

  private BuiltInAnalysis() {}

  static TextAnalysis of(String text) {
    return new TextAnalysis(CATALOGUE.normaliser().normalise(text), CATALOGUE.lexicons(), new IdentifierScanner());
  }
}
