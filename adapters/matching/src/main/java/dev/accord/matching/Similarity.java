package dev.accord.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two normalised names are, by Jaro-Winkler from Apache Commons Text: 1 for equal text,
 * near 1 for a slip of the fingers, and weighted to agreement at the start, where people rarely
 * mistype.
 */
final class Similarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private Similarity() {}

  /** The same whichever text comes first: the pair is put in one order before it is compared. */
  static double of(String one, String other) {
    return one.compareTo(other) <= 0
        ? JARO_WINKLER.apply(one, other)
        : JARO_WINKLER.apply(other, one);
  }
}
