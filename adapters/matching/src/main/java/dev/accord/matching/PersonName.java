package dev.accord.matching;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A person's full name the way a duplicate check compares it: first and last name in lower case,
 * without accents or punctuation, one space between words. {@code JOSÉ O'Neil} is {@code jose
 * oneil}.
 */
public final class PersonName {

  private PersonName() {}

  public static String normalise(String first, String last) {
    return Arrays.stream(Letters.fold(first + " " + last).split("\\s+"))
        .map(word -> word.replaceAll("[^\\p{L}\\p{N}]", ""))
        .filter(word -> !word.isEmpty())
        .collect(Collectors.joining(" "));
  }
}
