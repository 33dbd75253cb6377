package dev.accord.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The "did you mean" of a misspelt key or value: the closest word the file could have meant, when
 * one is close enough to be a likely typo (at most two edits, or a third of the word).
 */
final class Suggestion {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestion() {}

  static Optional<String> closest(String written, Collection<String> words) {
    return words.stream()
        .filter(word -> isLikelyTypo(written, word))
        .min(Comparator.comparingInt((String word) -> DISTANCE.apply(written, word)));
  }

  /** "did you mean `x`? " when a word is close, else nothing; ready to lead a hint. */
  static String didYouMean(String written, Collection<String> words) {
    return closest(written, words).map(word -> "did you mean `" + word + "`? ").orElse("");
  }

  private static boolean isLikelyTypo(String written, String word) {
    int distance = DISTANCE.apply(written, word);
    return distance <= 2 || distance <= written.length() / 3;
  }
}
