package dev.accord.core.accord.internal.explain;

import static dev.accord.core.accord.internal.explain.LifecycleSection.title;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;

/**
 * When two records of an object count as the same person: the signals trusted and, for the fuzzy
 * one, how alike names and companies must be. A match only raises a suspicion for review.
 */
public final class DuplicatesSection {

  private DuplicatesSection() {}

  public static void write(Accord accord, Text text) {
    text.heading("Duplicates");
    if (accord.duplicates().isEmpty()) {
      text.line(0, "Records are not checked for duplicates.");
      return;
    }
    for (DuplicateRule rule : accord.duplicates()) {
      String object =
          accord
              .object(rule.object())
              .map(type -> title(type.id(), type.name()))
              .orElse(rule.object());
      text.line(0, object + ": matched on " + Wording.alternatives(rule.signals()));
      if (rule.counts(DuplicateSignal.NAME_AND_COMPANY)) {
        text.line(
            1,
            "Names at least "
                + Wording.number(rule.nameSimilarity())
                + " alike, company names at least "
                + Wording.number(rule.companySimilarity())
                + " alike");
      }
    }
    text.line(
        0, "A match raises a suspected duplicate for review; records are never merged on it.");
  }
}
