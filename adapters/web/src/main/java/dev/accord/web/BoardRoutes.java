package dev.accord.web;

import dev.accord.core.queue.QueuedException;
import dev.accord.core.queue.TriagePack;
import dev.accord.core.queue.TriageWeek;
import dev.accord.core.sla.Compliance;
import dev.accord.storage.QueueFilter;
import dev.accord.storage.RunFilter;
import dev.accord.storage.StoredRun;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The two boards people meet over: the weekly triage pack ({@code accord triage}) and the SLA board
 * ({@code accord sla}).
 */
final class BoardRoutes {

  private final SerialStore store;
  private final Clock clock;

  BoardRoutes(SerialStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  void addTo(Api api) {
    api.read("/api/v1/triage", Right.READ, this::triage);
    api.read("/api/v1/sla", Right.READ, this::sla);
  }

  /** The triage pack in JSON: weeks as {@code 2026-W47}, exceptions as the queue shows them. */
  record TriageView(
      String week,
      Instant start,
      Instant end,
      Instant asOf,
      List<TallyView> raised,
      List<TallyView> aging,
      List<TallyView> overdue,
      List<ExceptionView> routingFailures,
      List<TriagePack.Cause> topCauses,
      List<WeekView> trend) {

    record TallyView(String type, String owner, long count) {}

    record WeekView(String week, long raised) {}

    static TriageView of(TriagePack pack, Instant now) {
      return new TriageView(
          pack.week().toString(),
          pack.week().start(),
          pack.week().end(),
          pack.asOf(),
          tallies(pack.raised()),
          tallies(pack.aging()),
          tallies(pack.overdue()),
          pack.routingFailures().stream().map(e -> ExceptionView.of(e, now)).toList(),
          pack.topCauses(),
          pack.trend().stream().map(w -> new WeekView(w.week().toString(), w.raised())).toList());
    }

    private static List<TallyView> tallies(List<TriagePack.Tally> tallies) {
      return tallies.stream()
          .map(t -> new TallyView(ExceptionView.word(t.type()), t.owner(), t.count()))
          .toList();
    }
  }

  /** The SLA board: each handoff's compliance, in total and per owner, then the runs. */
  record Board(List<HandoffLine> handoffs, List<StoredRun> runs) {}

  /** A handoff's compliance; {@code byOwner} is keyed by owner, the empty key for no owner. */
  record HandoffLine(
      String handoff,
      int metInTime,
      int breached,
      int open,
      int withdrawn,
      Optional<Double> complianceRate,
      Map<String, Compliance> byOwner) {

    static HandoffLine of(String handoff, Map<String, Compliance> byOwner) {
      Compliance total = byOwner.values().stream().reduce(Compliance.NONE, Compliance::plus);
      return new HandoffLine(
          handoff,
          total.metInTime(),
          total.breached(),
          total.open(),
          total.withdrawn(),
          total.rate().isPresent() ? Optional.of(total.rate().getAsDouble()) : Optional.empty(),
          new TreeMap<>(byOwner));
    }
  }

  private Api.Answer triage(Call call) {
    Query query = call.query("week");
    Instant now = clock.instant();
    TriageWeek week =
        query
            .text("week")
            .map(text ->
                TriageWeek.parse(text)
                    .orElseThrow(() ->
                        ApiProblem.InvalidInput.parameter(
                            "week",
                            "`" + text + "` is not an ISO week; write YEAR-WNN, such as 2026-W47")))
            .orElseGet(() -> TriageWeek.of(now));
    List<QueuedException> queue = store.use(s -> s.queue(QueueFilter.all(), Integer.MAX_VALUE, 0));
    return Api.Answer.of(TriageView.of(TriagePack.of(week, queue, now), now));
  }

  private Api.Answer sla(Call call) {
    Query query = call.query("handoff", "owner", "open", "breached", "limit");
    RunFilter filter =
        new RunFilter(
            query.text("handoff"),
            query.text("owner"),
            Optional.empty(),
            query.flag("open"),
            query.flag("breached"));
    int limit = query.limit();
    Board board =
        store.use(s -> {
          List<HandoffLine> lines = new ArrayList<>();
          s.slaCompliance().forEach((id, owners) -> lines.add(HandoffLine.of(id, owners)));
          return new Board(lines, s.slaRuns(filter, limit, 0));
        });
    return Api.Answer.of(board);
  }
}
