package dev.accord.web;

import dev.accord.core.event.RecordEvent;
import dev.accord.storage.IngestReport;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/events}: events in the format {@code accord generate} writes, one or a batch
 * of JSON lines, stored as one transaction through the engine, as {@code accord import} stores a
 * batch: sent twice, they add nothing the second time.
 */
final class EventRoutes {

  static final String PATH = "/api/v1/events";

  private final SerialStore store;
  private final ServerMetrics metrics;

  EventRoutes(SerialStore store, ServerMetrics metrics) {
    this.store = store;
    this.metrics = metrics;
  }

  void addTo(Api api) {
    api.write(HandlerType.POST, PATH, Right.INGEST_EVENTS, this::ingest);
  }

  private Written ingest(Call call) {
    call.query();
    List<RecordEvent> events = EventBodies.read(call);
    IngestReport report = store.use(s -> s.ingest(events, List.of(), Optional.empty()));
    report.receipts().forEach(r -> metrics.ingested("api", IngestAnswer.outcome(r), 1));
    IngestAnswer answer = IngestAnswer.of(events, report, events.size(), 0, 0);
    return Written.ok(answer, answer.summary());
  }
}
