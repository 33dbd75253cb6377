package dev.accord.notify;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import dev.accord.storage.FiredEscalation;
import dev.accord.storage.OutboxEntry;
import dev.accord.storage.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the escalation rungs the store's clocks fired into notifications and delivers them: each
 * fired rung becomes one delivery per channel in the store's outbox, in the same transaction that
 * marks it dispatched, then every delivery owed is tried, with retries and backoff. A rung that
 * fired longer ago than {@code staleAfter} — the clocks of a historic import catching up — is set
 * aside as stale rather than sent: nobody should be reminded today of a lead from last year.
 */
public final class EscalationDesk {

  /** How many fired rungs are read per round trip. */
  private static final int PAGE = 500;

  private final Store store;
  private final Accord accord;
  private final List<NotificationChannel> channels;
  private final Notifier notifier;
  private final Clock clock;
  private final Duration staleAfter;

  public EscalationDesk(
      Store store,
      Accord accord,
      List<NotificationChannel> channels,
      RetryPolicy policy,
      Notifier.Sleeper sleeper,
      Clock clock,
      Duration staleAfter) {
    this.store = store;
    this.accord = accord;
    this.channels = List.copyOf(channels);
    this.notifier = new Notifier(channels, new StoredOutbox(store, clock), policy, sleeper, clock);
    this.clock = clock;
    this.staleAfter = staleAfter;
  }

  /** Dispatches every fired rung not yet dispatched, then tries every delivery owed. */
  public DispatchReport run() {
    Instant now = clock.instant();
    int sent = 0;
    int stale = 0;
    int orphaned = 0;
    List<FiredEscalation> fired = store.undispatchedEscalations(PAGE);
    while (!fired.isEmpty()) {
      for (FiredEscalation escalation : fired) {
        Optional<Notification> notification = notificationOf(escalation);
        if (notification.isEmpty()) {
          store.dispatch(escalation, "orphaned", List.of());
          orphaned++;
        } else if (escalation.firedAt().isBefore(now.minus(staleAfter))) {
          store.dispatch(escalation, "stale", List.of());
          stale++;
        } else {
          store.dispatch(escalation, "sent", deliveries(notification.get(), now));
          sent++;
        }
      }
      fired = store.undispatchedEscalations(PAGE);
    }
    return new DispatchReport(sent, stale, orphaned, notifier.flush());
  }

  private List<OutboxEntry> deliveries(Notification notification, Instant now) {
    List<OutboxEntry> entries = new ArrayList<>();
    for (NotificationChannel channel : channels) {
      entries.add(StoredOutbox.entry(Delivery.owed(channel.id(), notification), now));
    }
    return entries;
  }

  /** The message of a fired rung, while the accord still has its handoff and rung. */
  private Optional<Notification> notificationOf(FiredEscalation fired) {
    Optional<Handoff> handoff = accord.handoff(fired.handoffId());
    if (handoff.isEmpty() || fired.stepIndex() >= handoff.get().escalation().size()) {
      return Optional.empty();
    }
    EscalationStep step = handoff.get().escalation().get(fired.stepIndex());
    EscalationDue due =
        new EscalationDue(
            fired.recordId(),
            fired.handoffId(),
            fired.run(),
            fired.firedAt(),
            fired.stepIndex(),
            step,
            fired.dueAt(),
            fired.recipients());
    return Optional.of(Notification.of(due, handoff.get(), zoneOf(handoff.get())));
  }

  private ZoneId zoneOf(Handoff handoff) {
    return accord.calendars().stream()
        .filter(calendar -> calendar.id().equals(handoff.calendar()))
        .map(BusinessCalendar::timeZone)
        .findFirst()
        .orElse(ZoneOffset.UTC);
  }
}
