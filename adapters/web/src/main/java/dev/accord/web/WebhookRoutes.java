package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.storage.Delivery;
import dev.accord.storage.DeliveryReport;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The CRMs' webhooks: {@code POST /api/v1/webhooks/hubspot} and {@code /salesforce}. A delivery is
 * taken in only with a valid, fresh signature; its notifications become events through the CRM's
 * {@link CrmMapping} and are stored as deliveries, once each: a second delivery of the same id adds
 * nothing and is answered 200 with {@code duplicates} counting it. A webhook whose secret the
 * server was not given is off (404).
 */
final class WebhookRoutes {

  static final String PATH = "/api/v1/webhooks";

  private final Accord accord;
  private final SerialStore store;
  private final ServerSettings settings;
  private final ServerMetrics metrics;

  WebhookRoutes(Accord accord, SerialStore store, ServerSettings settings, ServerMetrics metrics) {
    this.accord = accord;
    this.store = store;
    this.settings = settings;
    this.metrics = metrics;
  }

  void addTo(Api api) {
    Optional<HubSpotWebhook> hubSpot =
        settings
            .hubSpotSecret()
            .map(secret ->
                new HubSpotWebhook(secret, settings.clock(), settings.publicUrl(), accord));
    Optional<SalesforceWebhook> salesforce =
        settings
            .salesforceSecret()
            .map(secret -> new SalesforceWebhook(secret, settings.clock(), accord));
    api.webhook(
        PATH + "/hubspot",
        "hubspot",
        call -> {
          HubSpotWebhook webhook = hubSpot.orElseThrow(() -> off("HubSpot"));
          webhook.verify(call);
          List<Delivery> deliveries = webhook.read(call);
          DeliveryReport report = store.use(s -> s.ingestDeliveries("hubspot", deliveries));
          return answer("hubspot", deliveries, report);
        });
    api.webhook(
        PATH + "/salesforce",
        "salesforce",
        call -> {
          SalesforceWebhook webhook = salesforce.orElseThrow(() -> off("Salesforce"));
          webhook.verify(call);
          record Taken(List<Delivery> deliveries, DeliveryReport report) {}
          Taken taken =
              store.use(s -> {
                List<Delivery> deliveries = webhook.read(call, s::record);
                return new Taken(deliveries, s.ingestDeliveries("salesforce", deliveries));
              });
          return answer("salesforce", taken.deliveries(), taken.report());
        });
  }

  private Written answer(String source, List<Delivery> deliveries, DeliveryReport report) {
    report.ingest().receipts().forEach(r -> metrics.ingested(source, IngestAnswer.outcome(r), 1));
    metrics.ingested(source, "duplicate", report.repeated().size());
    Set<String> repeated = new HashSet<>(report.repeated());
    Set<String> counted = new HashSet<>();
    int ignored = 0;
    for (Delivery delivery : deliveries) {
      if (!repeated.contains(delivery.id())
          && counted.add(delivery.id())
          && delivery.events().isEmpty()) {
        ignored++;
      }
    }
    List<RecordEvent> events = deliveries.stream().flatMap(d -> d.events().stream()).toList();
    IngestAnswer answer =
        IngestAnswer.of(
            events, report.ingest(), deliveries.size(), report.repeated().size(), ignored);
    return Written.ok(answer, answer.summary());
  }

  private static ApiProblem.NotFound off(String crm) {
    return new ApiProblem.NotFound(
        "the " + crm + " webhook is off: the server was given no " + crm + " secret");
  }
}
