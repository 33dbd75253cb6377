package dev.accord.core.lifecycle;

import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on the shared list of reason codes: each declared once, and each asked for by some
 * transition, since a code nobody can give only clutters the list people pick from.
 */
public final class ReasonCodeChecks {

  private static final SourcePath REASON_CODES = SourcePath.root().key("reason_codes");

  private ReasonCodeChecks() {}

  /** The problems of the reason codes, given those the transitions ask for. */
  public static List<Problem> check(List<ReasonCode> reasonCodes, KnownIds inUse) {
    List<Problem> problems =
        new ArrayList<>(
            Declaration.problemsAmong(
                "reason code", Declaration.of(reasonCodes, ReasonCode::id, REASON_CODES)));
    for (int r = 0; r < reasonCodes.size(); r++) {
      String id = reasonCodes.get(r).id();
      if (!id.isBlank() && !inUse.contains(id)) {
        problems.add(
            Problem.warning(
                REASON_CODES.index(r).key("id"),
                "reason code " + KnownIds.quote(id) + " is never used",
                "list it in the `reason_codes` of a transition, or remove it"));
      }
    }
    return problems;
  }
}
