package dev.accord.cli;

import dev.accord.notify.DispatchReport;
import dev.accord.storage.ClockReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;

/**
 * Brings a workspace's SLA clocks up to an instant and tells people what fired: what an import does
 * once its rows are stored, what {@code accord sla tick} does, and what the scheduler of {@code
 * accord sla watch} does at every firing.
 *
 * @param clocks what advancing the clocks fired
 * @param dispatch what was sent, set aside and delivered
 */
record SlaCatchUp(ClockReport clocks, DispatchReport dispatch) {

  static SlaCatchUp to(Workspace workspace, Instant now, Clock clock) {
    ClockReport clocks = workspace.store().advanceClocks(now);
    DispatchReport dispatch = workspace.escalationDesk(System.getenv(), clock).run();
    return new SlaCatchUp(clocks, dispatch);
  }

  /** One line, or nothing when nothing happened. */
  void print(PrintWriter out) {
    if (clocks.records() == 0
        && dispatch.sent() + dispatch.stale() + dispatch.orphaned() == 0
        && dispatch.deliveries().isEmpty()) {
      return;
    }
    out.printf(
        "SLA clocks: %,d breach%s, %,d escalation%s fired, %,d exception%s queued;"
            + " %,d escalation%s sent, %,d too old to send; %,d deliver%s made, %,d still owed.%n",
        clocks.breaches(),
        clocks.breaches() == 1 ? "" : "es",
        clocks.escalations(),
        clocks.escalations() == 1 ? "" : "s",
        clocks.newExceptions(),
        clocks.newExceptions() == 1 ? "" : "s",
        dispatch.sent(),
        dispatch.sent() == 1 ? "" : "s",
        dispatch.stale(),
        dispatch.delivered(),
        dispatch.delivered() == 1 ? "y" : "ies",
        dispatch.stillOwed());
  }
}
