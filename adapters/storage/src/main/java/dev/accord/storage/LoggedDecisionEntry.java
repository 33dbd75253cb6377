package dev.accord.storage;

import dev.accord.core.governance.Decision;
import java.util.Objects;

/**
 * A decision as the decision log holds it, with the number the log gave it.
 *
 * @param id the decision's number, rising in the order decisions were taken
 * @param decision what was decided, by whom, when and why
 */
public record LoggedDecisionEntry(long id, Decision decision) {

  public LoggedDecisionEntry {
    Objects.requireNonNull(decision, "decision");
  }
}
