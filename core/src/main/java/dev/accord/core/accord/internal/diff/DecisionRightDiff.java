package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.DECISION_RIGHT;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.governance.DecisionRight;
import java.util.List;
import java.util.function.Function;

/**
 * Who decides what, party by party: each team or person that gained or lost the right to propose,
 * approve, be consulted on or be informed of a kind of decision is one change.
 */
public final class DecisionRightDiff {

  /** One of the four parts a party can play in a decision, and how to say it. */
  private enum Part {
    PROPOSE(DecisionRight::propose, "can now propose %s", "can no longer propose %s"),
    APPROVE(DecisionRight::approve, "can now approve %s", "can no longer approve %s"),
    CONSULT(
        DecisionRight::consult,
        "must now be consulted on %s",
        "no longer needs to be consulted on %s"),
    INFORM(
        DecisionRight::inform,
        "is now informed of %s decisions",
        "is no longer informed of %s decisions");

    private final Function<DecisionRight, List<String>> parties;
    private final String gained;
    private final String lost;

    Part(Function<DecisionRight, List<String>> parties, String gained, String lost) {
      this.parties = parties;
      this.gained = gained;
      this.lost = lost;
    }
  }

  private DecisionRightDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        before.decisionRights(),
        after.decisionRights(),
        DecisionRight::domain,
        gone ->
            about(changes, gone, "")
                .removed(
                    Wording.list(gone.approve()),
                    "Decision rights for " + Wording.key(gone.domain()) + " were removed."),
        fresh ->
            about(changes, fresh, "")
                .added(
                    Wording.list(fresh.approve()),
                    "Decision rights for "
                        + Wording.key(fresh.domain())
                        + " were added, "
                        + (fresh.approve().isEmpty()
                            ? "with nobody to approve."
                            : "with " + Wording.list(fresh.approve()) + " to approve.")),
        (was, now) -> kept(changes, was, now));
    return changes.toList();
  }

  private static ChangeList.Subject about(ChangeList changes, DecisionRight right, String part) {
    return changes.about(DECISION_RIGHT, "decision right " + Wording.key(right.domain()) + part);
  }

  private static void kept(ChangeList changes, DecisionRight before, DecisionRight after) {
    String domain = Wording.key(after.domain());
    for (Part part : Part.values()) {
      Delta<String> delta = Delta.of(part.parties.apply(before), part.parties.apply(after));
      ChangeList.Subject subject = about(changes, after, " " + Wording.key(part));
      delta
          .removed()
          .forEach(party ->
              subject.removed(party, "`" + party + "` " + part.lost.formatted(domain) + "."));
      delta
          .added()
          .forEach(party ->
              subject.added(party, "`" + party + "` " + part.gained.formatted(domain) + "."));
    }
  }
}
