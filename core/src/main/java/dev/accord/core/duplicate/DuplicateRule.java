package dev.accord.core.duplicate;

import dev.accord.core.shared.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * When two records of one object count as the same person: which signals are trusted, and how alike
 * names and company names must be for the fuzzy signal. A suspected duplicate is raised for RevOps
 * to look at; the accord never lets records be merged on a suspicion.
 *
 * @param object the object whose records are compared, such as {@code lead}
 * @param signals the signals that count; an empty list compares nothing
 * @param nameSimilarity the least Jaro-Winkler similarity of two full names, between 0 and 1
 * @param companySimilarity the least Jaro-Winkler similarity of two company names, between 0 and 1
 */
public record DuplicateRule(
    String object,
    List<DuplicateSignal> signals,
    BigDecimal nameSimilarity,
    BigDecimal companySimilarity) {

  /** Names this alike are nearly always one person typed twice, with a slip or two. */
  public static final BigDecimal DEFAULT_NAME_SIMILARITY = new BigDecimal("0.92");

  /** Company names are compared after their legal form is dropped, so they may differ less. */
  public static final BigDecimal DEFAULT_COMPANY_SIMILARITY = new BigDecimal("0.90");

  public DuplicateRule {
    object = Values.text(object);
    signals = Values.list(signals);
    Objects.requireNonNull(nameSimilarity, "nameSimilarity");
    Objects.requireNonNull(companySimilarity, "companySimilarity");
  }

  public boolean counts(DuplicateSignal signal) {
    return signals.contains(signal);
  }
}
