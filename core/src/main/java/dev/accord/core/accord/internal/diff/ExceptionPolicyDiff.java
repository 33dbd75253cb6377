package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.EXCEPTION_POLICY;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.queue.ExceptionPolicy;
import java.util.List;

/** Who resolves each type of exception, how much it hurts, and how long the owner has. */
public final class ExceptionPolicyDiff {

  private ExceptionPolicyDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.exceptions(),
        after.exceptions(),
        ExceptionPolicy::type,
        gone ->
            about(changes, gone)
                .removed(
                    terms(gone),
                    kind(gone)
                        + " exceptions no longer have a policy of their own: they go back to the"
                        + " default owner, severity and SLA."),
        fresh ->
            about(changes, fresh)
                .added(
                    terms(fresh),
                    kind(fresh)
                        + " exceptions now go to `"
                        + fresh.owner()
                        + "` at "
                        + Wording.words(fresh.severity())
                        + " severity, to be resolved within "
                        + fresh.sla().describe()
                        + "."),
        (was, now) -> kept(about(changes, now), was, now));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, ExceptionPolicy policy) {
    return changes.about(EXCEPTION_POLICY, "exception policy " + Wording.key(policy.type()));
  }

  private static void kept(
      ChangeList.Subject policy, ExceptionPolicy before, ExceptionPolicy after) {
    String exceptions = kind(after) + " exceptions";
    policy.ifChanged(
        before.owner(),
        after.owner(),
        owner -> owner,
        (was, now) -> exceptions + " are now owned by `" + now + "` (was `" + was + "`).");
    policy.ifChanged(
        before.severity(),
        after.severity(),
        Wording::key,
        (was, now) ->
            "The severity of "
                + exceptions
                + " changed from "
                + Wording.words(before.severity())
                + " to "
                + Wording.words(after.severity())
                + ".");
    policy.ifChanged(
        before.sla(),
        after.sla(),
        BusinessDuration::toString,
        (was, now) ->
            "The resolution SLA of "
                + exceptions
                + " changed from "
                + before.sla().describe()
                + " to "
                + after.sla().describe()
                + " ("
                + HandoffDiff.comparison(before.sla(), after.sla())
                + ").");
  }

  private static String kind(ExceptionPolicy policy) {
    return "`" + Wording.key(policy.type()) + "`";
  }

  /** The policy in short: "revops, high, 1d". */
  private static String terms(ExceptionPolicy policy) {
    return policy.owner() + ", " + Wording.key(policy.severity()) + ", " + policy.sla();
  }
}
