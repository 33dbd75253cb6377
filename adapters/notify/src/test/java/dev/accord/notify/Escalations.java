package dev.accord.notify;

import dev.accord.core.accord.Accord;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.sla.SlaOutcome;
import dev.accord.core.sla.SlaOutcome.EscalationDue;
import dev.accord.core.sla.SlaTimers;
import dev.accord.core.team.Roster;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real escalations to notify about: a lead of the default accord given to Jake on Tuesday 6 January
 * 2026 at 10:00 New York time and never touched, run through the SLA engine for a day.
 */
final class Escalations {

  static final Accord ACCORD =
      new AccordFileReader().read("default", DefaultAccord.text()).accord().orElseThrow();
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private Escalations() {}

  /** The speed-to-lead escalations of lead L-42: the reminder, the manager, the exception. */
  static List<EscalationDue> ofUntouchedLead() {
    SlaEngine engine =
        SlaEngine.of(
            ACCORD.handoffs(),
            ACCORD.calendars(),
            PublicHolidays.none(),
            new Roster(ACCORD.teams(), ACCORD.people()));
    Instant at = Instant.parse("2026-01-06T15:00:00Z");
    List<SlaOutcome> outcomes = new ArrayList<>();
    SlaTimers timers = SlaTimers.of("L-42");
    for (RecordEvent event :
        List.<RecordEvent>of(
            new RecordEvent.RecordCreated(header("k1", at), "mql", Map.of(), Optional.empty()),
            new RecordEvent.OwnerAssigned(header("k2", at), "jake"))) {
      var update = engine.on(timers, event);
      timers = update.timers();
      outcomes.addAll(update.outcomes());
    }
    outcomes.addAll(engine.advance(timers, at.plusSeconds(86_400)).outcomes());
    return outcomes.stream()
        .filter(o -> o instanceof EscalationDue due && due.handoffId().equals("speed_to_lead"))
        .map(EscalationDue.class::cast)
        .toList();
  }

  static Notification notification(EscalationDue due) {
    return Notification.of(due, ACCORD.handoff(due.handoffId()).orElseThrow(), NEW_YORK);
  }

  private static EventHeader header(String key, Instant at) {
    return new EventHeader("L-42", "lead", at, "hubspot", key, "router");
  }
}
