package org.footprint.synth;

/**
 * How much benign small talk goes round a filled-in template: an opener ("Long day."), asides ("Roll on the
 * weekend!") and a tail of hashtags or emoji. None of it changes what the post was written to show; it makes
 * lengths and wording vary as real posts do.
 *
 * @param opener chance of an opening word or phrase (never before a reply's @handle)
 * @param aside chance of one benign sentence after the template
 * @param secondAside chance of another, when there is a first
 * @param tail chance of a tail
 */
record Padding(double opener, double aside, double secondAside, double tail) {
  /** A persona's timeline: posts of every length, about 120 characters on average. */
  static final Padding TIMELINE = new Padding(0.10, 0.45, 0.15, 0.35);

  /** Benchmark corpora: about 150 characters on average. */
  static final Padding CORPUS = new Padding(0.20, 0.95, 0.50, 0.45);
}
