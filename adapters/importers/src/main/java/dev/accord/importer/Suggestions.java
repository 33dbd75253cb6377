package dev.accord.importer;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The "did you mean" of a misspelt key, column or stage: the closest name the mapping could have
 * meant, when one is close enough to be a likely typo (at most two edits, or a third of the name,
 * ignoring case).
 */
final class Suggestions {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  static Optional<String> closest(String written, Collection<String> names) {
    return names.stream()
        .filter(name -> isLikelyTypo(written, name))
        .min(Comparator.comparingInt((String name) -> distance(written, name)));
  }

  /** "did you mean `x`? " when a name is close, else nothing; ready to lead a hint. */
  static String didYouMean(String written, Collection<String> names) {
    return closest(written, names).map(name -> "did you mean `" + name + "`? ").orElse("");
  }

  private static boolean isLikelyTypo(String written, String name) {
    int distance = distance(written, name);
    return distance <= 2 || distance <= written.length() / 3;
  }

  private static int distance(String a, String b) {
    return DISTANCE.apply(
        a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT));
  }
}
