package dev.accord.core.accord;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.CalendarChecks;
import dev.accord.core.duplicate.DuplicateChecks;
import dev.accord.core.governance.DecisionRightChecks;
import dev.accord.core.governance.GoalChecks;
import dev.accord.core.lifecycle.GuardrailChecks;
import dev.accord.core.lifecycle.Lifecycle;
import dev.accord.core.lifecycle.LifecycleChecks;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.ReasonCodeChecks;
import dev.accord.core.queue.ExceptionPolicyChecks;
import dev.accord.core.routing.RoutingChecks;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.DimensionChecks;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.KpiChecks;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.HandoffChecks;
import dev.accord.core.team.PersonChecks;
import dev.accord.core.team.Roster;
import dev.accord.core.team.TeamChecks;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether an accord means something: that every id it declares is declared once, that every
 * reference names something it declares, and that the lifecycle, contract, routing, scorecard and
 * governance hang together. It reports every problem at once, in the order of the accord file, so
 * that an author fixes them in one pass rather than one run at a time.
 *
 * <p>Each feature checks its own part, given only what it needs to know of the rest.
 */
public final class AccordValidator {

  private AccordValidator() {}

  /** Every problem of the accord, errors and warnings, in the order of the accord file. */
  public static List<Problem> validate(Accord accord) {
    Lifecycle lifecycle = new Lifecycle(accord.objects());
    Roster roster = new Roster(accord.teams(), accord.people());
    KnownIds reasonCodes =
        KnownIds.of("reason code", accord.reasonCodes().stream().map(ReasonCode::id).toList());
    KnownIds calendars =
        KnownIds.of("calendar", accord.calendars().stream().map(BusinessCalendar::id).toList());
    KnownIds handoffs =
        KnownIds.of("handoff", accord.handoffs().stream().map(Handoff::id).toList());
    KnownIds dimensions =
        KnownIds.of("dimension", accord.dimensions().stream().map(Dimension::id).toList());
    KnownIds kpis = KnownIds.of("KPI", accord.kpis().stream().map(Kpi::id).toList());

    List<Problem> problems = new ArrayList<>();
    problems.addAll(HeaderChecks.check(accord.schemaVersion(), accord.info()));
    problems.addAll(ReasonCodeChecks.check(accord.reasonCodes(), lifecycle.reasonCodesInUse()));
    problems.addAll(GuardrailChecks.check(accord.guardrails()));
    problems.addAll(LifecycleChecks.check(lifecycle, reasonCodes));
    problems.addAll(TeamChecks.check(roster, calendars));
    problems.addAll(PersonChecks.check(roster));
    problems.addAll(CalendarChecks.check(accord.calendars()));
    problems.addAll(HandoffChecks.check(accord.handoffs(), lifecycle, roster, calendars));
    problems.addAll(RoutingChecks.check(accord.routing(), lifecycle, roster));
    problems.addAll(DimensionChecks.check(accord.dimensions(), lifecycle));
    problems.addAll(
        KpiChecks.check(accord.kpis(), lifecycle, handoffs, dimensions, roster.teamIds()));
    problems.addAll(DecisionRightChecks.check(accord.decisionRights(), roster.partyIds()));
    problems.addAll(GoalChecks.check(accord.goals(), kpis, roster.teamIds()));
    problems.addAll(DuplicateChecks.check(accord.duplicates(), lifecycle.objectIds()));
    problems.addAll(ExceptionPolicyChecks.check(accord.exceptions(), roster.partyIds()));
    return List.copyOf(problems);
  }
}
