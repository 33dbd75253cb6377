package dev.accord.core.duplicate;

import dev.accord.core.shared.Values;
import java.util.Objects;

/**
 * One thing two records were found to share, as the duplicate check saw it: the normalised values
 * it compared and how alike they are, so that whoever resolves the suspicion sees why it was
 * raised.
 *
 * @param attribute what was compared
 * @param value the normalised value of the record that raised the suspicion
 * @param matchedValue the normalised value of the earlier record it resembles
 * @param similarity 1 for values that are equal once normalised, else the Jaro-Winkler similarity
 */
public record DuplicateEvidence(
    Attribute attribute, String value, String matchedValue, double similarity) {

  /** The normalised attributes a duplicate check compares. */
  public enum Attribute {
    EMAIL,
    PHONE,
    NAME,
    COMPANY,
    /** The company's web domain, from a work email or the website. */
    DOMAIN
  }

  public DuplicateEvidence {
    Objects.requireNonNull(attribute, "attribute");
    value = Values.text(value);
    matchedValue = Values.text(matchedValue);
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("a similarity lies between 0 and 1, not " + similarity);
    }
  }
}
