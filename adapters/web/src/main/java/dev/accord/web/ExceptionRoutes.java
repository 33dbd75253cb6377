package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.exception.ExceptionCase.ReportingDispute;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueCommand;
import dev.accord.core.queue.QueueOutcome;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
import dev.accord.core.team.Roster;
import dev.accord.storage.QueueFilter;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exception queue as people work it ({@code accord exceptions}, {@code assign}, {@code
 * resolve}, and comments), and reporting disputes ({@code accord dispute}). Every change is made by
 * the caller and audited twice: in the exception's own trail and in the server's audit log.
 */
final class ExceptionRoutes {

  static final String PATH = "/api/v1/exceptions";

  private final Accord accord;
  private final SerialStore store;
  private final Clock clock;

  ExceptionRoutes(Accord accord, SerialStore store, Clock clock) {
    this.accord = accord;
    this.store = store;
    this.clock = clock;
  }

  void addTo(Api api) {
    api.read(PATH, Right.READ, this::list);
    api.read(PATH + "/{id}", Right.READ, call -> Api.Answer.of(one(call)));
    api.write(HandlerType.POST, PATH + "/{id}/assign", Right.WORK_OWN_EXCEPTIONS, this::assign);
    api.write(HandlerType.POST, PATH + "/{id}/resolve", Right.WORK_OWN_EXCEPTIONS, this::resolve);
    api.write(HandlerType.POST, PATH + "/{id}/comments", Right.WORK_OWN_EXCEPTIONS, this::comment);
    api.write(HandlerType.POST, "/api/v1/disputes", Right.RAISE_DISPUTES, this::dispute);
  }

  private Api.Answer list(Call call) {
    Query query = call.query("status", "type", "owner", "limit", "offset");
    Optional<String> status = query.text("status");
    Optional<String> type = query.text("type");
    Optional<String> owner = query.text("owner");
    QueueFilter filter =
        new QueueFilter(
            status.map(text -> word(QueueStatus.class, text, "status")),
            type.map(text -> word(ExceptionType.class, text, "type")),
            owner);
    int limit = query.limit();
    int offset = query.offset();
    record Found(List<QueuedException> queue, long total) {}
    Found found = store.use(s -> new Found(s.queue(filter, limit, offset), s.countQueue(filter)));
    Instant now = clock.instant();
    Map<String, Optional<String>> filters = new LinkedHashMap<>();
    filters.put("status", status);
    filters.put("type", type);
    filters.put("owner", owner);
    Page<ExceptionView> page =
        Page.of(
            found.queue().stream().map(e -> ExceptionView.of(e, now)).toList(),
            found.total(),
            limit,
            offset,
            PATH,
            filters);
    return new Api.Answer(page, page.headers());
  }

  private ExceptionView one(Call call) {
    call.query();
    return ExceptionView.of(find(call.path("id")), clock.instant());
  }

  private Written assign(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("to"));
    String to = body.text("to");
    if (!new Roster(accord.teams(), accord.people()).partyIds().contains(to)) {
      throw ApiProblem.InvalidInput.pointer("/to", "the accord has no team or person `" + to + "`");
    }
    QueuedException before = workable(call);
    QueuedException after = change(before, new QueueCommand.Assign(to, call.caller().id()));
    return Written.ok(
        ExceptionView.of(after, clock.instant()),
        "assigned " + before.id() + " to " + after.owner() + " (was " + before.owner() + ")");
  }

  private Written resolve(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("code", "note", "wontFix"));
    String code = body.text("code");
    Optional<String> note = body.optionalText("note").filter(text -> !text.isBlank());
    QueueStatus as = body.flag("wontFix") ? QueueStatus.WONT_FIX : QueueStatus.RESOLVED;
    QueuedException before = workable(call);
    QueuedException after =
        change(before, new QueueCommand.Resolve(as, code, note, call.caller().id()));
    return Written.ok(
        ExceptionView.of(after, clock.instant()),
        after.status().word() + " " + before.id() + " as " + code);
  }

  private Written comment(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("text"));
    String text = body.text("text");
    QueuedException before = workable(call);
    QueuedException after = change(before, new QueueCommand.AddComment(text, call.caller().id()));
    return Written.created(
        ExceptionView.of(after, clock.instant()),
        PATH + "/" + after.id(),
        "commented on " + before.id());
  }

  private Written dispute(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("kpi", "note"));
    String kpi = body.text("kpi");
    String note = body.text("note");
    if (accord.kpi(kpi).isEmpty()) {
      throw ApiProblem.InvalidInput.pointer(
          "/kpi",
          "the accord has no KPI `"
              + kpi
              + "`; its KPIs are "
              + accord.kpis().stream().map(k -> k.id()).collect(Collectors.joining(", ")));
    }
    Instant now = clock.instant();
    QueuedException queued =
        store.use(s -> s.raise(ReportingDispute.raise(kpi, note, call.caller().id(), now)));
    return Written.created(
        ExceptionView.of(queued, now),
        PATH + "/" + queued.id(),
        "disputed KPI " + kpi + " as " + queued.id());
  }

  /** The exception the path names, if the caller may work it. */
  private QueuedException workable(Call call) {
    QueuedException exception = find(call.path("id"));
    if (!call.caller().mayWorkExceptionOf(exception.owner())) {
      throw new ApiProblem.Forbidden(
          call.caller().id()
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

  /** The exception by its id or the first characters of it, as the CLI takes them. */
  private QueuedException find(String id) {
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

  private static ApiProblem.NotFound notFound(String id) {
    return new ApiProblem.NotFound("no exception `" + id + "` in the queue");
  }

  private static <E extends Enum<E>> E word(Class<E> kind, String text, String parameter) {
    String written = text.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    return Arrays.stream(kind.getEnumConstants())
        .filter(constant -> ExceptionView.word(constant).equals(written))
        .findFirst()
        .orElseThrow(() ->
            ApiProblem.InvalidInput.parameter(
                parameter,
                "`"
                    + text
                    + "` is none of "
                    + Arrays.stream(kind.getEnumConstants())
                        .map(ExceptionView::word)
                        .collect(Collectors.joining(", "))));
  }
}
