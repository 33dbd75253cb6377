package dev.accord.core.accord.internal.explain;

import static dev.accord.core.accord.internal.explain.LifecycleSection.title;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.internal.Clauses;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.Handoff;

/**
 * The handoff contract as the teams signed it: for each handoff who must act, within how much
 * business time on which calendar, what starts and stops the clock, and who hears of it when the
 * time runs out.
 */
public final class ContractSection {

  private ContractSection() {}

  public static void write(Accord accord, Text text) {
    text.heading("Handoff contract");
    if (accord.handoffs().isEmpty()) {
      text.line(0, "No handoffs.");
    }
    for (Handoff handoff : accord.handoffs()) {
      text.blank()
          .line(
              0,
              title(handoff.id(), handoff.name()) + ": " + handoff.from() + " -> " + handoff.to())
          .line(1, "Owner: " + owner(accord, handoff))
          .line(1, "SLA: " + sla(accord, handoff))
          .line(1, "Clock: " + clock(handoff));
      if (!handoff.pauseIn().isEmpty()) {
        text.line(1, "Paused in: " + Wording.list(handoff.pauseIn()));
      }
      if (handoff.restartOnActivity()) {
        text.line(1, "Activity on the record restarts the clock.");
      }
      if (!handoff.requiredFields().isEmpty()) {
        text.line(1, "Required at handover: " + Wording.list(handoff.requiredFields()));
      }
      if (!handoff.escalation().isEmpty()) {
        text.line(1, "Escalation:");
        for (EscalationStep step : handoff.escalation()) {
          text.line(2, Clauses.trigger(step.at()) + ": " + Clauses.action(step));
        }
      }
    }
  }

  private static String owner(Accord accord, Handoff handoff) {
    return accord
        .team(handoff.owner())
        .map(team -> title(team.id(), team.name()))
        .orElse(handoff.owner());
  }

  /** "15 business minutes on calendar us_east (Mon-Fri 09:00-17:00 America/New_York)". */
  private static String sla(Accord accord, Handoff handoff) {
    return handoff.sla().describe()
        + " on calendar "
        + handoff.calendar()
        + accord.calendars().stream()
            .filter(c -> c.id().equals(handoff.calendar()))
            .findFirst()
            .map(ContractSection::hours)
            .orElse("");
  }

  /** What starts the SLA clock and what meets the SLA, in the handoff's own stages. */
  private static String clock(Handoff handoff) {
    String start =
        switch (handoff.startsOn()) {
          case STAGE_ENTRY -> "starts when the record enters " + handoff.from();
          case ASSIGNMENT -> "starts when an owner is assigned in " + handoff.from();
        };
    String end =
        switch (handoff.metBy()) {
          case FIRST_TOUCH -> "met by the owner's first touch";
          case ACCEPTANCE -> "met when the record is accepted into " + handoff.to();
          case FEEDBACK -> "met when feedback with a reason code is given";
          case STAGE_EXIT -> "met when the record leaves " + handoff.from();
        };
    return start + "; " + end;
  }

  private static String hours(BusinessCalendar calendar) {
    return " ("
        + Wording.workingWeek(calendar)
        + calendar.holidayCountry().map(country -> ", " + country + " holidays off").orElse("")
        + ")";
  }
}
