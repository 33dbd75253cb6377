package dev.accord.core.accord;

import static dev.accord.core.duplicate.DuplicateSignal.NAME_AND_COMPANY;

import dev.accord.core.AccordDraft;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.lifecycle.Enforcement;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.queue.ExceptionSeverity;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.Target;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.Handoff;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Edits a reviewer might see in a pull request on an accord file, applied to accord values. */
public final class AccordEdits {

  /** One named edit, so that a failing property says which edits it combined. */
  public record Edit(String name, UnaryOperator<Accord> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  private AccordEdits() {}

  /** A varied set of edits touching every area of the accord. */
  public static List<Edit> all() {
    return List.of(
        new Edit("version 4", a -> version(a, 4)),
        new Edit("sentinel TBD", a -> with(a, d -> d.sentinels.add("TBD"))),
        new Edit("no stage sal", a -> withoutStage(a, "sal")),
        new Edit("MQL renamed", a -> stageNamed(a, "mql", "Marketing qualified lead")),
        new Edit("phone required in sal", a -> requiredIn(a, "phone", "sal")),
        new Edit(
            "reason code duplicate",
            a -> with(a, d -> d.reasonCodes.add(new ReasonCode("duplicate", "")))),
        new Edit(
            "flag transitions",
            a -> with(a, d -> d.guardrails = flaggingTransitions(d.guardrails))),
        new Edit(
            "team partners",
            a ->
                with(
                    a,
                    d ->
                        d.teams.add(
                            new Team(
                                "partners",
                                "Partners",
                                Department.SALES,
                                Optional.empty(),
                                Optional.empty())))),
        new Edit("alex inactive", a -> personInactive(a, "alex")),
        new Edit("calendar 08:00", a -> opensAt(a, "us_east", LocalTime.of(8, 0))),
        new Edit("speed_to_lead 30m", a -> slaOf(a, "speed_to_lead", BusinessDuration.minutes(30))),
        new Edit("no breach escalation", a -> withoutLastEscalation(a, "speed_to_lead")),
        new Edit("rules reversed", a -> with(a, d -> Collections.reverse(d.routingRules))),
        new Edit(
            "no dimension owner",
            a -> with(a, d -> d.dimensions.removeIf(dimension -> dimension.id().equals("owner")))),
        new Edit("win_rate 30", a -> kpiTarget(a, "win_rate", "30", "30", "25")),
        new Edit(
            "finance does not approve",
            a -> withoutApprover(a, DecisionDomain.KPI_TARGET, "finance")),
        new Edit("goal 2500000", a -> goalTarget(a, "pipeline_growth", "2500000")),
        new Edit(
            "lead duplicates without phone",
            a -> duplicateSignals(a, "lead", List.of(DuplicateSignal.EMAIL, NAME_AND_COMPANY))),
        new Edit("lead names 0.95", a -> nameSimilarity(a, "lead", "0.95")),
        new Edit(
            "sla_breach policy",
            a ->
                with(
                    a,
                    d ->
                        d.exceptions.add(
                            new ExceptionPolicy(
                                ExceptionType.SLA_BREACH,
                                "revops",
                                ExceptionSeverity.HIGH,
                                BusinessDuration.days(1))))));
  }

  /** The accord with some of its parts changed. */
  public static Accord with(Accord accord, Consumer<AccordDraft> edit) {
    AccordDraft draft = AccordDraft.of(accord);
    edit.accept(draft);
    return draft.build();
  }

  public static Accord version(Accord accord, int version) {
    AccordInfo info = accord.info();
    return with(accord, d -> d.info = new AccordInfo(info.name(), version, info.description()));
  }

  /** Removes the stage, the moves to and from it, and its place in required fields. */
  public static Accord withoutStage(Accord accord, String stageId) {
    return with(
        accord,
        d ->
            d.objects.forEach(object -> {
              object.fields.replaceAll(f -> requiredIn(f, without(f.requiredIn(), stageId)));
              object.pipelines.forEach(pipeline -> {
                pipeline.stages.removeIf(s -> s.id().equals(stageId));
                pipeline.transitions.removeIf(t -> t.to().equals(stageId));
                pipeline.transitions.replaceAll(t ->
                    new Transition(without(t.from(), stageId), t.to(), t.kind(), t.reasonCodes()));
                pipeline.transitions.removeIf(t -> t.from().isEmpty());
              });
            }));
  }

  public static Accord stageNamed(Accord accord, String stageId, String name) {
    return with(
        accord,
        d ->
            d.objects.forEach(object ->
                object.pipelines.forEach(pipeline ->
                    pipeline.stages.replaceAll(s ->
                        s.id().equals(stageId)
                            ? new Stage(
                                s.id(),
                                name,
                                s.definition(),
                                s.entryCriteria(),
                                s.entry(),
                                s.terminal())
                            : s))));
  }

  public static Accord requiredIn(Accord accord, String fieldId, String stageId) {
    return with(
        accord,
        d ->
            d.objects.forEach(object ->
                object.fields.replaceAll(f ->
                    f.id().equals(fieldId) ? requiredIn(f, plus(f.requiredIn(), stageId)) : f)));
  }

  public static Accord slaOf(Accord accord, String handoffId, BusinessDuration sla) {
    return with(
        accord,
        d ->
            d.handoffs.replaceAll(
                h -> h.id().equals(handoffId) ? withSla(h, sla, h.escalation()) : h));
  }

  public static Accord withoutLastEscalation(Accord accord, String handoffId) {
    return with(
        accord,
        d ->
            d.handoffs.replaceAll(h ->
                h.id().equals(handoffId)
                    ? withSla(h, h.sla(), h.escalation().subList(0, h.escalation().size() - 1))
                    : h));
  }

  public static Accord kpiTarget(
      Accord accord, String kpiId, String value, String green, String amber) {
    return with(
        accord,
        d ->
            d.kpis.replaceAll(k ->
                k.id().equals(kpiId)
                    ? new Kpi(
                        k.id(),
                        k.name(),
                        k.description(),
                        k.kind(),
                        k.owner(),
                        k.object(),
                        k.formula(),
                        k.unit(),
                        k.dimensions(),
                        Optional.of(
                            new Target(
                                new BigDecimal(value),
                                k.target().orElseThrow().better(),
                                new BigDecimal(green),
                                new BigDecimal(amber))),
                        k.feeds())
                    : k));
  }

  public static Accord withoutApprover(Accord accord, DecisionDomain domain, String party) {
    return with(
        accord,
        d ->
            d.decisionRights.replaceAll(r ->
                r.domain() == domain
                    ? new DecisionRight(
                        r.domain(),
                        r.propose(),
                        without(r.approve(), party),
                        r.consult(),
                        r.inform())
                    : r));
  }

  public static Accord duplicateSignals(
      Accord accord, String objectId, List<DuplicateSignal> signals) {
    return with(
        accord,
        d ->
            d.duplicates.replaceAll(r ->
                r.object().equals(objectId)
                    ? new DuplicateRule(
                        r.object(), signals, r.nameSimilarity(), r.companySimilarity())
                    : r));
  }

  public static Accord nameSimilarity(Accord accord, String objectId, String threshold) {
    return with(
        accord,
        d ->
            d.duplicates.replaceAll(r ->
                r.object().equals(objectId)
                    ? new DuplicateRule(
                        r.object(), r.signals(), new BigDecimal(threshold), r.companySimilarity())
                    : r));
  }

  private static Accord personInactive(Accord accord, String personId) {
    return with(
        accord,
        d ->
            d.people.replaceAll(p ->
                p.id().equals(personId)
                    ? new Person(
                        p.id(),
                        p.name(),
                        p.email(),
                        p.teams(),
                        p.roles(),
                        p.timeZone(),
                        p.capacity(),
                        p.weight(),
                        false)
                    : p));
  }

  private static Accord opensAt(Accord accord, String calendarId, LocalTime opens) {
    return with(
        accord,
        d ->
            d.calendars.replaceAll(c ->
                c.id().equals(calendarId)
                    ? new BusinessCalendar(
                        c.id(),
                        c.timeZone(),
                        c.workingDays(),
                        opens,
                        c.closes(),
                        c.holidayCountry(),
                        c.holidays())
                    : c));
  }

  private static Accord goalTarget(Accord accord, String goalId, String target) {
    return with(
        accord,
        d ->
            d.goals.replaceAll(g ->
                g.id().equals(goalId)
                    ? new Goal(
                        g.id(),
                        g.name(),
                        g.kpi(),
                        g.baseline(),
                        new BigDecimal(target),
                        g.due(),
                        g.contributions())
                    : g));
  }

  private static Guardrails flaggingTransitions(Guardrails g) {
    return new Guardrails(
        Enforcement.FLAG, g.requiredFields(), g.reasonCode(), g.eventOrder(), g.reorderWindow());
  }

  private static FieldDefinition requiredIn(FieldDefinition f, List<String> stages) {
    return new FieldDefinition(f.id(), f.label(), f.type(), f.values(), f.sentinels(), stages);
  }

  private static Handoff withSla(Handoff h, BusinessDuration sla, List<EscalationStep> escalation) {
    return new Handoff(
        h.id(),
        h.name(),
        h.from(),
        h.to(),
        h.owner(),
        sla,
        h.calendar(),
        h.startsOn(),
        h.metBy(),
        h.pauseIn(),
        h.restartOnActivity(),
        h.requiredFields(),
        escalation);
  }

  private static <T> List<T> plus(List<T> values, T value) {
    return Stream.concat(values.stream(), Stream.of(value)).toList();
  }

  private static List<String> without(List<String> values, String value) {
    return values.stream().filter(v -> !v.equals(value)).toList();
  }
}
