package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.AccordDiff;
import dev.accord.core.scorecard.Scorecard;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed change to the accord: what it changes, item by item, and, when the server has computed
 * them, the scorecard under the version in force and under the proposed one, side by side.
 *
 * @param id the request's identifier, as its page's path names it
 * @param title what it proposes, in a line
 * @param proposedBy who proposes it
 * @param status where it stands, in the server's words (proposed, approved, merged...)
 * @param fromVersion the version of the accord it changes
 * @param toVersion the version it would make
 * @param changes the semantic diff from the version in force to the proposed one
 * @param impactBefore the scorecard under the version in force, if computed
 * @param impactAfter the same facts' scorecard under the proposed version, if computed
 */
public record ChangeRequest(
    String id,
    String title,
    String proposedBy,
    String status,
    int fromVersion,
    int toVersion,
    List<AccordChange> changes,
    Optional<Scorecard> impactBefore,
    Optional<Scorecard> impactAfter) {

  public ChangeRequest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(proposedBy, "proposedBy");
    Objects.requireNonNull(status, "status");
    changes = List.copyOf(changes);
    Objects.requireNonNull(impactBefore, "impactBefore");
    Objects.requireNonNull(impactAfter, "impactAfter");
  }

  /** The request that turns one version of the accord into another, without its impact yet. */
  public static ChangeRequest between(
      String id, String title, String proposedBy, String status, Accord before, Accord after) {
    return new ChangeRequest(
        id,
        title,
        proposedBy,
        status,
        before.info().version(),
        after.info().version(),
        AccordDiff.between(before, after),
        Optional.empty(),
        Optional.empty());
  }

  /** The same request with the scorecards of the same facts under both versions. */
  public ChangeRequest withImpact(Scorecard before, Scorecard after) {
    return new ChangeRequest(
        id,
        title,
        proposedBy,
        status,
        fromVersion,
        toVersion,
        changes,
        Optional.of(before),
        Optional.of(after));
  }
}
