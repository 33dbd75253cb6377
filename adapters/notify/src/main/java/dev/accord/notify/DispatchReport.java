package dev.accord.notify;

import java.util.List;

/**
 * What a round of the escalation desk did: escalations dispatched to the channels, set aside as too
 * old to tell anyone, or set aside because the accord no longer has their handoff or rung; and how
 * each delivery owed went.
 */
public record DispatchReport(int sent, int stale, int orphaned, List<DeliveryReport> deliveries) {

  public DispatchReport {
    deliveries = List.copyOf(deliveries);
  }

  public long delivered() {
    return deliveries.stream().filter(DeliveryReport::delivered).count();
  }

  public long stillOwed() {
    return deliveries.size() - delivered();
  }
}
