package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.FIELD;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import java.util.List;

/** The values that count as empty in every field, such as "N/A" or "Select". */
public final class SentinelDiff {

  private SentinelDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Delta<String> delta = Delta.of(before.sentinels(), after.sentinels());
    delta
        .removed()
        .forEach(value ->
            changes
                .about(FIELD, "sentinel " + value)
                .removed(value, "\"" + value + "\" no longer counts as an empty value."));
    delta
        .added()
        .forEach(value ->
            changes
                .about(FIELD, "sentinel " + value)
                .added(value, "\"" + value + "\" now counts as an empty value in every field."));
    return changes.toList();
  }
}
