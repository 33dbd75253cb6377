package dev.accord.core.accord.internal.diff;

import dev.accord.core.accord.internal.Wording;
import dev.accord.core.scorecard.Target;
import java.util.Optional;

/**
 * A KPI's target and traffic light, compared by value: 30 and 30.0 are the same target. A new
 * target value is the news; thresholds that moved alone are said as such.
 */
final class TargetChange {

  private TargetChange() {}

  static void between(
      ChangeList.Subject kpi, String kpiId, Optional<Target> before, Optional<Target> after) {
    String thing = "KPI `" + kpiId + "`";
    if (before.isEmpty() && after.isEmpty()) {
      return;
    }
    if (after.isEmpty()) {
      String was = Wording.number(before.get().value());
      kpi.changed(was, "", thing + " no longer has a target (was " + was + ").");
      return;
    }
    Target now = after.get();
    String value = Wording.number(now.value());
    if (before.isEmpty()) {
      kpi.changed(
          "", value, thing + " now has a target of " + value + " (" + thresholds(now) + ").");
      return;
    }
    Target was = before.get();
    if (was.value().compareTo(now.value()) != 0) {
      kpi.changed(
          Wording.number(was.value()),
          value,
          "The target of KPI `"
              + kpiId
              + "` changed from "
              + Wording.number(was.value())
              + " to "
              + value
              + " ("
              + thresholds(now)
              + ").");
    } else if (!thresholds(was).equals(thresholds(now))) {
      kpi.changed(
          thresholds(was),
          thresholds(now),
          "The thresholds of KPI `"
              + kpiId
              + "` are now "
              + thresholds(now)
              + " (were "
              + thresholds(was)
              + ").");
    }
  }

  private static String thresholds(Target target) {
    return Wording.thresholds(target);
  }
}
