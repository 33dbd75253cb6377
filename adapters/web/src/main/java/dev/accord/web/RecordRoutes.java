package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SpeedToLead;
import dev.accord.storage.RunFilter;
import dev.accord.storage.StoredRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records and where they stand ({@code accord records}), one record, and one record's history
 * ({@code accord history}).
 */
final class RecordRoutes {

  static final String PATH = "/api/v1/records";

  /** How many routing decisions, SLA runs and exceptions a history shows at most. */
  private static final int HISTORY_LIMIT = 1_000;

  private final Accord accord;
  private final SlaEngine sla;
  private final SerialStore store;

  RecordRoutes(Accord accord, SlaEngine sla, SerialStore store) {
    this.accord = accord;
    this.sla = sla;
    this.store = store;
  }

  void addTo(Api api) {
    api.read(PATH, Right.READ, this::list);
    api.read(PATH + "/{id}", Right.READ, call -> Api.Answer.of(record(call.path("id"))));
    api.read(PATH + "/{id}/history", Right.READ, this::history);
  }

  private Api.Answer list(Call call) {
    Query query = call.query("stage", "limit", "offset");
    Optional<String> stage = query.text("stage");
    if (stage.isPresent() && accord.stage(stage.get()).isEmpty()) {
      throw ApiProblem.InvalidInput.parameter(
          "stage",
          "the accord has no stage `"
              + stage.get()
              + "`; its stages are "
              + String.join(", ", accord.stages().stream().map(s -> s.id()).toList()));
    }
    int limit = query.limit();
    int offset = query.offset();
    record Found(List<RecordState> records, long total) {}
    Found found = store.use(s -> new Found(s.records(stage, limit, offset), s.countRecords(stage)));
    Map<String, Optional<String>> filters = new LinkedHashMap<>();
    filters.put("stage", stage);
    Page<RecordState> page = Page.of(found.records(), found.total(), limit, offset, PATH, filters);
    return new Api.Answer(page, page.headers());
  }

  private RecordState record(String id) {
    return store
        .use(s -> s.record(id))
        .orElseThrow(() -> new ApiProblem.NotFound("no record `" + id + "`"));
  }

  private Api.Answer history(Call call) {
    call.query();
    String id = call.path("id");
    HistoryView history =
        store.use(s -> {
          RecordState record =
              s.record(id).orElseThrow(() -> new ApiProblem.NotFound("no record `" + id + "`"));
          List<StoredRun> runs = s.slaRuns(RunFilter.ofRecord(id), HISTORY_LIMIT, 0);
          return new HistoryView(
              record,
              s.routingDecisions(id).stream().map(HistoryView.Routed::of).toList(),
              runs,
              speedToLead(s, id, runs),
              s.exceptions(Optional.of(id), HISTORY_LIMIT, 0).stream()
                  .map(HistoryView.Raised::of)
                  .toList());
        });
    return Api.Answer.of(history);
  }

  /** As {@code accord history} measures it: on the first first-touch handoff the record ran. */
  private Optional<SpeedToLead> speedToLead(
      dev.accord.storage.Store s, String id, List<StoredRun> runs) {
    return accord.handoffs().stream()
        .filter(handoff -> handoff.metBy() == SlaMeasure.FIRST_TOUCH)
        .map(Handoff::id)
        .filter(handoff -> runs.stream().anyMatch(run -> run.handoffId().equals(handoff)))
        .findFirst()
        .flatMap(handoff -> s.slaClocks(id).map(clocks -> sla.speedToLead(clocks, handoff)));
  }
}
