package dev.accord.core.sla;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks on a handoff's escalation ladder: it tells people who exist, and its rungs are listed
 * in the order they fire, reminders before the breach and the breach steps after it.
 */
final class EscalationChecks {

  private EscalationChecks() {}

  /**
   * The problems of a handoff's escalation steps.
   *
   * @param path the path of the handoff's {@code escalation} list
   * @param parties the teams and people of the accord
   */
  static List<Problem> check(Handoff handoff, SourcePath path, KnownIds parties) {
    KnownIds recipients =
        KnownIds.of("recipient", EscalationStep.RELATIVE_RECIPIENTS).and(parties, "recipient");
    List<Problem> problems = new ArrayList<>();
    Optional<EscalationTrigger> latest = Optional.empty();
    boolean breached = false;
    for (int k = 0; k < handoff.escalation().size(); k++) {
      EscalationStep step = handoff.escalation().get(k);
      SourcePath at = path.index(k);
      for (int r = 0; r < step.recipients().size(); r++) {
        String recipient = step.recipients().get(r);
        recipients
            .unknown(
                recipient,
                at.key("notify").index(r),
                "escalation of handoff "
                    + quote(handoff.id())
                    + " notifies unknown recipient "
                    + quote(recipient))
            .ifPresent(problems::add);
      }
      long fires = step.at().nominalMinutes(handoff.sla());
      if (breached && step.at() instanceof EscalationTrigger.ShareOfSla) {
        problems.add(
            Problem.error(
                at.key("at"),
                "escalation step at " + step.at() + " comes after a breach step",
                "a share of the SLA fires by the breach at the latest:"
                    + " move the step above the breach steps"));
      } else if (latest.isPresent() && fires < latest.get().nominalMinutes(handoff.sla())) {
        problems.add(
            Problem.error(
                at.key("at"),
                "escalation step at "
                    + step.at()
                    + " fires before the step at "
                    + latest.get()
                    + " above it",
                "list the escalation steps in the order they fire"));
      }
      if (latest.isEmpty() || fires >= latest.get().nominalMinutes(handoff.sla())) {
        latest = Optional.of(step.at());
      }
      breached |= step.at() instanceof EscalationTrigger.AfterBreach;
    }
    return problems;
  }
}
