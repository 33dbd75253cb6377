package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.exception.ExceptionCase.ReportingDispute;
import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueueOutcome;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import dev.accord.core.team.Roster;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What people do to the exception queue, whether they call the API or fill in the dashboard's
 * forms: assign, resolve, comment, dispute a KPI. Each checks the caller may, and refuses with an
 * {@link ApiProblem} that says why.
 */
final class ExceptionDesk {

  /** A change made: the exception as it now stands, and a line for the audit log. */
  record Done(QueuedException after, String detail) {}

  private final Accord accord;
  private final SerialStore store;
  private final Clock clock;

  ExceptionDesk(Accord accord, SerialStore store, Clock clock) {
    this.accord = accord;
    this.store = store;
    this.clock = clock;
  }

  /**
   * Hands the exception to a team or person.
   *
   * @param field where the new owner was given, for the problem's pointer
   */
  Done assign(Caller caller, String id, String to, String field) {
    if (!new Roster(accord.teams(), accord.people()).partyIds().contains(to)) {
      throw ApiProblem.InvalidInput.pointer(field, "the accord has no team or person `" + to + "`");
    }
    QueuedException before = workable(caller, id);
    QueuedException after = change(before, new QueueCommand.Assign(to, caller.id()));
    return new Done(
        after,
        "assigned " + before.id() + " to " + after.owner() + " (was " + before.owner() + ")");
  }

  Done resolve(Caller caller, String id, QueueStatus as, String code, Optional<String> note) {
    QueuedException before = workable(caller, id);
    QueuedException after = change(before, new QueueCommand.Resolve(as, code, note, caller.id()));
    return new Done(after, after.status().word() + " " + before.id() + " as " + code);
  }

  Done comment(Caller caller, String id, String text) {
    QueuedException before = workable(caller, id);
    QueuedException after = change(before, new QueueCommand.AddComment(text, caller.id()));
    return new Done(after, "commented on " + before.id());
  }

  /**
   * Raises a reporting dispute on a KPI.
   *
   * @param field where the KPI was given, for the problem's pointer
   */
  Done dispute(Caller caller, String kpi, String note, String field) {
    caller.require(Right.RAISE_DISPUTES);
    if (accord.kpi(kpi).isEmpty()) {
      throw ApiProblem.InvalidInput.pointer(
          field,
          "the accord has no KPI `"
              + kpi
              + "`; its KPIs are "
              + accord.kpis().stream().map(k -> k.id()).collect(Collectors.joining(", ")));
    }
    Instant now = clock.instant();
    QueuedException queued =
        store.use(s -> s.raise(ReportingDispute.raise(kpi, note, caller.id(), now)));
    return new Done(queued, "disputed KPI " + kpi + " as " + queued.id());
  }

  /** The exception by its id or the first characters of it, as the CLI takes them. */
  QueuedException find(String id) {
    String prefix = id.strip();
    List<String> ids = store.use(s -> s.exceptionIdsStartingWith(prefix, 2));
    if (ids.isEmpty() || prefix.isEmpty()) {
      throw notFound(id);
    }
    if (ids.size() > 1 && !ids.contains(prefix)) {
      throw new ApiProblem.InvalidInput(
          "`" + id + "` names more than one exception; give more of its id",
          List.of(FieldError.atParameter("id", "names more than one exception")));
    }
    String full = ids.contains(prefix) ? prefix : ids.getFirst();
    return store.use(s -> s.queuedException(full)).orElseThrow(() -> notFound(id));
  }

  /** The exception the id names, if the caller may work it. */
  private QueuedException workable(Caller caller, String id) {
    caller.require(Right.WORK_OWN_EXCEPTIONS);
    QueuedException exception = find(id);
    if (!caller.mayWorkExceptionOf(exception.owner())) {
      throw new ApiProblem.Forbidden(
          caller.id()
              + " may work only the exceptions they or their teams own; "
              + exception.owner()
              + " owns this one");
    }
    return exception;
  }

  private QueuedException change(QueuedException before, QueueCommand command) {
    Optional<QueueOutcome> outcome = store.use(s -> s.change(before.id(), command));
    return switch (outcome.orElseThrow(() -> notFound(before.id()))) {
      case QueueOutcome.Changed changed -> changed.exception();
      case QueueOutcome.Refused refused -> throw new ApiProblem.Conflict(refused.reason());
    };
  }

  private static ApiProblem.NotFound notFound(String id) {
    return new ApiProblem.NotFound("no exception `" + id + "` in the queue");
  }
}
