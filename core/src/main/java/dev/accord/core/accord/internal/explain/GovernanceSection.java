package dev.accord.core.accord.internal.explain;

import static dev.accord.core.accord.internal.explain.LifecycleSection.title;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import java.util.ArrayList;
import java.util.List;

/** Who decides what, and the goals the departments share with what each contributes. */
public final class GovernanceSection {

  private GovernanceSection() {}

  public static void write(Accord accord, Text text) {
    text.heading("Decision rights");
    if (accord.decisionRights().isEmpty()) {
      text.line(0, "No decision rights.");
    }
    for (DecisionRight right : accord.decisionRights()) {
      List<String> parts = new ArrayList<>();
      if (!right.propose().isEmpty()) {
        parts.add("proposed by " + Wording.list(right.propose()));
      }
      parts.add(
          "approved by " + (right.approve().isEmpty() ? "nobody" : Wording.list(right.approve())));
      if (!right.consult().isEmpty()) {
        parts.add("consulting " + Wording.list(right.consult()));
      }
      if (!right.inform().isEmpty()) {
        parts.add("informing " + Wording.list(right.inform()));
      }
      text.line(0, Wording.key(right.domain()) + ": " + String.join("; ", parts));
    }
    text.heading("Goals");
    if (accord.goals().isEmpty()) {
      text.line(0, "No shared goals.");
    }
    for (Goal goal : accord.goals()) {
      text.blank()
          .line(
              0,
              title(goal.id(), goal.name())
                  + ": "
                  + goal.kpi()
                  + goal.baseline().map(b -> " from " + Wording.number(b)).orElse("")
                  + " to "
                  + Wording.number(goal.target())
                  + " by "
                  + goal.due());
      for (Contribution contribution : goal.contributions()) {
        text.line(
            1,
            contribution.team()
                + " contributes "
                + contribution.kpi()
                + " at "
                + Wording.number(contribution.target()));
      }
    }
  }
}
