package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.DUPLICATE_RULE;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** When records of an object count as the same person: the signals trusted and how alike. */
public final class DuplicateRuleDiff {

  private DuplicateRuleDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.duplicates(),
        after.duplicates(),
        DuplicateRule::object,
        gone ->
            about(changes, gone)
                .removed(
                    signals(gone),
                    "Records of `" + gone.object() + "` are no longer checked for duplicates."),
        fresh ->
            about(changes, fresh)
                .added(
                    signals(fresh),
                    "Records of `"
                        + fresh.object()
                        + "` are now checked for duplicates, matching on "
                        + Wording.alternatives(fresh.signals())
                        + "."),
        (was, now) -> kept(about(changes, now), was, now));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, DuplicateRule rule) {
    return changes.about(DUPLICATE_RULE, "duplicate rule " + rule.object());
  }

  private static void kept(ChangeList.Subject rule, DuplicateRule before, DuplicateRule after) {
    String duplicates = "Duplicates of `" + after.object() + "`";
    Delta<DuplicateSignal> delta = Delta.of(before.signals(), after.signals());
    delta
        .removed()
        .forEach(signal ->
            rule.changed(
                signals(before),
                signals(after),
                duplicates + " no longer match on " + Wording.words(signal) + "."));
    delta
        .added()
        .forEach(signal ->
            rule.changed(
                signals(before),
                signals(after),
                duplicates + " now also match on " + Wording.words(signal) + "."));
    threshold(rule, "name", before.nameSimilarity(), after.nameSimilarity(), after);
    threshold(rule, "company", before.companySimilarity(), after.companySimilarity(), after);
  }

  private static void threshold(
      ChangeList.Subject rule,
      String compared,
      BigDecimal before,
      BigDecimal after,
      DuplicateRule current) {
    rule.ifChanged(
        Wording.number(before),
        Wording.number(after),
        Function.identity(),
        (was, now) ->
            "The "
                + compared
                + " similarity threshold for `"
                + current.object()
                + "` duplicates changed from "
                + was
                + " to "
                + now
                + ".");
  }

  /** The signals as the accord file lists them: "email, phone". */
  private static String signals(DuplicateRule rule) {
    return rule.signals().stream().map(Wording::key).collect(Collectors.joining(", "));
  }
}
