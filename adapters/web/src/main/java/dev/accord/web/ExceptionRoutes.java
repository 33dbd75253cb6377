package dev.accord.web;

import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.queue.QueuedException;
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

  private final SerialStore store;
  private final ExceptionDesk desk;
  private final Clock clock;

  ExceptionRoutes(SerialStore store, ExceptionDesk desk, Clock clock) {
    this.store = store;
    this.desk = desk;
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
    return ExceptionView.of(desk.find(call.path("id")), clock.instant());
  }

  private Written assign(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("to"));
    String to = body.text("to");
    ExceptionDesk.Done done = desk.assign(call.caller(), call.path("id"), to, "/to");
    return Written.ok(ExceptionView.of(done.after(), clock.instant()), done.detail());
  }

  private Written resolve(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("code", "note", "wontFix"));
    String code = body.text("code");
    Optional<String> note = body.optionalText("note").filter(text -> !text.isBlank());
    QueueStatus as = body.flag("wontFix") ? QueueStatus.WONT_FIX : QueueStatus.RESOLVED;
    ExceptionDesk.Done done = desk.resolve(call.caller(), call.path("id"), as, code, note);
    return Written.ok(ExceptionView.of(done.after(), clock.instant()), done.detail());
  }

  private Written comment(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("text"));
    String text = body.text("text");
    ExceptionDesk.Done done = desk.comment(call.caller(), call.path("id"), text);
    return Written.created(
        ExceptionView.of(done.after(), clock.instant()),
        PATH + "/" + done.after().id(),
        done.detail());
  }

  private Written dispute(Call call) {
    JsonBody body = JsonBody.object(call, Set.of("kpi", "note"));
    ExceptionDesk.Done done =
        desk.dispute(call.caller(), body.text("kpi"), body.text("note"), "/kpi");
    return Written.created(
        ExceptionView.of(done.after(), clock.instant()),
        PATH + "/" + done.after().id(),
        done.detail());
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
