package dev.accord.matching;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for comparison: compatibility forms and accents gone, lower case. */
final class Letters {

  private Letters() {}

  /** {@code ÉCOLE ﬁne} as {@code ecole fine}; folding folded text changes nothing. */
  static String fold(String text) {
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
  }
}
