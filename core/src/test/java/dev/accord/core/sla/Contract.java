package dev.accord.core.sla;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.event.ActivityType;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.team.Department;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small handoff contract for the clock tests: a New York calendar, open 09:00-17:00 on weekdays,
 * with Martin Luther King Day 2026 as its one public holiday, and an SDR team managed by Maria.
 */
final class Contract {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final BusinessCalendar US_EAST =
      new BusinessCalendar(
          "us_east",
          NEW_YORK,
          List.of(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY),
          LocalTime.of(9, 0),
          LocalTime.of(17, 0),
          Optional.of("US"),
          List.of());
  static final PublicHolidays MLK_DAY =
      (country, date) -> country.equals("US") && date.equals(LocalDate.of(2026, 1, 19));
  static final Roster ROSTER =
      new Roster(
          List.of(
              new Team("sdr", "SDRs", Department.SALES, Optional.of("maria"), Optional.empty()),
              new Team(
                  "marketing",
                  "Marketing",
                  Department.MARKETING,
                  Optional.empty(),
                  Optional.empty())),
          List.of());

  static final List<EscalationStep> LADDER =
      List.of(
          new EscalationStep(
              new EscalationTrigger.ShareOfSla(50), EscalationAction.REMIND, List.of("owner")),
          new EscalationStep(
              new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)),
              EscalationAction.NOTIFY,
              List.of("manager")),
          new EscalationStep(
              new EscalationTrigger.AfterBreach(BusinessDuration.hours(1)),
              EscalationAction.OPEN_EXCEPTION,
              List.of("revops")));

  private Contract() {}

  static Handoff handoff(
      String id,
      String from,
      String to,
      BusinessDuration sla,
      SlaStart start,
      SlaMeasure measure,
      List<String> pauseIn,
      boolean restart,
      List<EscalationStep> ladder) {
    return new Handoff(
        id, "", from, to, "sdr", sla, "us_east", start, measure, pauseIn, restart, List.of(),
        ladder);
  }

  static Handoff speedToLead() {
    return handoff(
        "speed_to_lead",
        "mql",
        "sal",
        BusinessDuration.minutes(15),
        SlaStart.ASSIGNMENT,
        SlaMeasure.FIRST_TOUCH,
        List.of(),
        false,
        LADDER);
  }

  static SlaEngine engine(Handoff... handoffs) {
    return SlaEngine.of(List.of(handoffs), List.of(US_EAST), MLK_DAY, ROSTER);
  }

  /** New York wall time on a date, as an instant. */
  static Instant ny(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  /** Events of one lead, each with its own key. */
  static final class Lead {
    private final String id;
    private final AtomicInteger keys = new AtomicInteger();

    Lead(String id) {
      this.id = id;
    }

    RecordEvent created(Instant at, String stage) {
      return new RecordEvent.RecordCreated(header(at, ""), stage, Map.of(), Optional.empty());
    }

    RecordEvent createdOwned(Instant at, String stage, String owner) {
      return new RecordEvent.RecordCreated(header(at, ""), stage, Map.of(), Optional.of(owner));
    }

    RecordEvent moved(Instant at, String stage) {
      return new RecordEvent.StageChanged(header(at, ""), stage, Optional.empty());
    }

    RecordEvent assigned(Instant at, String owner) {
      return new RecordEvent.OwnerAssigned(header(at, "router"), owner);
    }

    RecordEvent touched(Instant at, String actor) {
      return new RecordEvent.ActivityLogged(header(at, actor), ActivityType.CALL);
    }

    RecordEvent feedback(Instant at, String code) {
      return new RecordEvent.DispositionRecorded(header(at, "marketer"), code, "too small");
    }

    private EventHeader header(Instant at, String actor) {
      return new EventHeader(id, "lead", at, "hubspot", id + "-" + keys.incrementAndGet(), actor);
    }
  }

  /** Feeds events one after the other and keeps every outcome. */
  static final class Run {
    final SlaEngine engine;
    SlaTimers timers;
    final List<SlaOutcome> outcomes = new java.util.ArrayList<>();

    Run(SlaEngine engine, String recordId) {
      this.engine = engine;
      this.timers = SlaTimers.of(recordId);
    }

    Run on(RecordEvent... events) {
      for (RecordEvent event : events) {
        take(engine.on(timers, event));
      }
      return this;
    }

    Run advance(Instant now) {
      take(engine.advance(timers, now));
      return this;
    }

    private void take(SlaUpdate update) {
      timers = update.timers();
      outcomes.addAll(update.outcomes());
    }

    <T extends SlaOutcome> List<T> outcomes(Class<T> kind) {
      return outcomes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
  }
}
