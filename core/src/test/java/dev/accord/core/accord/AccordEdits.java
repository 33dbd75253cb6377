package dev.accord.core.accord;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.lifecycle.Enforcement;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.Target;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.Handoff;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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
        new Edit("sentinel TBD", a -> with(a, b -> b.sentinels = plus(b.sentinels, "TBD"))),
        new Edit("no stage sal", a -> withoutStage(a, "sal")),
        new Edit("MQL renamed", a -> stageNamed(a, "mql", "Marketing qualified lead")),
        new Edit("phone required in sal", a -> requiredIn(a, "phone", "sal")),
        new Edit(
            "reason code duplicate",
            a ->
                with(a, b -> b.reasonCodes = plus(b.reasonCodes, new ReasonCode("duplicate", "")))),
        new Edit(
            "flag transitions",
            a -> with(a, b -> b.guardrails = flaggingTransitions(b.guardrails))),
        new Edit(
            "team partners",
            a ->
                with(
                    a,
                    b ->
                        b.teams =
                            plus(
                                b.teams,
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
        new Edit("rules reversed", AccordEdits::rulesReversed),
        new Edit(
            "no dimension owner", a -> with(a, b -> b.dimensions = b.dimensions.subList(0, 1))),
        new Edit("win_rate 30", a -> kpiTarget(a, "win_rate", "30", "30", "25")),
        new Edit(
            "finance does not approve",
            a -> withoutApprover(a, DecisionDomain.KPI_TARGET, "finance")),
        new Edit("goal 2500000", a -> goalTarget(a, "pipeline_growth", "2500000")));
  }

  public static Accord version(Accord accord, int version) {
    AccordInfo info = accord.info();
    return with(accord, b -> b.info = new AccordInfo(info.name(), version, info.description()));
  }

  /** Removes the stage, the moves to and from it, and its place in required fields. */
  public static Accord withoutStage(Accord accord, String stageId) {
    return mapObjects(
        accord,
        object ->
            new ObjectType(
                object.id(),
                object.name(),
                object.fields().stream()
                    .map(f ->
                        new FieldDefinition(
                            f.id(),
                            f.label(),
                            f.type(),
                            f.values(),
                            f.sentinels(),
                            without(f.requiredIn(), stageId)))
                    .toList(),
                object.pipelines().stream().map(p -> withoutStage(p, stageId)).toList()));
  }

  private static Pipeline withoutStage(Pipeline pipeline, String stageId) {
    return new Pipeline(
        pipeline.id(),
        pipeline.name(),
        pipeline.stages().stream().filter(s -> !s.id().equals(stageId)).toList(),
        pipeline.transitions().stream()
            .filter(t -> !t.to().equals(stageId))
            .map(t -> new Transition(without(t.from(), stageId), t.to(), t.kind(), t.reasonCodes()))
            .filter(t -> !t.from().isEmpty())
            .toList());
  }

  public static Accord stageNamed(Accord accord, String stageId, String name) {
    return mapStages(
        accord,
        s ->
            s.id().equals(stageId)
                ? new Stage(
                    s.id(), name, s.definition(), s.entryCriteria(), s.entry(), s.terminal())
                : s);
  }

  public static Accord requiredIn(Accord accord, String fieldId, String stageId) {
    return mapObjects(
        accord,
        object ->
            new ObjectType(
                object.id(),
                object.name(),
                object.fields().stream()
                    .map(f ->
                        f.id().equals(fieldId)
                            ? new FieldDefinition(
                                f.id(),
                                f.label(),
                                f.type(),
                                f.values(),
                                f.sentinels(),
                                plus(f.requiredIn(), stageId))
                            : f)
                    .toList(),
                object.pipelines()));
  }

  public static Accord slaOf(Accord accord, String handoffId, BusinessDuration sla) {
    return mapHandoffs(
        accord,
        h ->
            h.id().equals(handoffId)
                ? new Handoff(
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
                    h.escalation())
                : h);
  }

  public static Accord withoutLastEscalation(Accord accord, String handoffId) {
    return mapHandoffs(
        accord,
        h -> {
          if (!h.id().equals(handoffId)) {
            return h;
          }
          List<EscalationStep> ladder = h.escalation().subList(0, h.escalation().size() - 1);
          return new Handoff(
              h.id(),
              h.name(),
              h.from(),
              h.to(),
              h.owner(),
              h.sla(),
              h.calendar(),
              h.startsOn(),
              h.metBy(),
              h.pauseIn(),
              h.restartOnActivity(),
              h.requiredFields(),
              ladder);
        });
  }

  public static Accord kpiTarget(
      Accord accord, String kpiId, String value, String green, String amber) {
    return with(
        accord,
        b ->
            b.kpis =
                b.kpis.stream()
                    .map(k ->
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
                            : k)
                    .toList());
  }

  public static Accord withoutApprover(Accord accord, DecisionDomain domain, String party) {
    return with(
        accord,
        b ->
            b.decisionRights =
                b.decisionRights.stream()
                    .map(r ->
                        r.domain() == domain
                            ? new DecisionRight(
                                r.domain(),
                                r.propose(),
                                without(r.approve(), party),
                                r.consult(),
                                r.inform())
                            : r)
                    .toList());
  }

  private static Accord personInactive(Accord accord, String personId) {
    return with(
        accord,
        b ->
            b.people =
                b.people.stream()
                    .map(p ->
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
                            : p)
                    .toList());
  }

  private static Accord opensAt(Accord accord, String calendarId, LocalTime opens) {
    return with(
        accord,
        b ->
            b.calendars =
                b.calendars.stream()
                    .map(c ->
                        c.id().equals(calendarId)
                            ? new BusinessCalendar(
                                c.id(),
                                c.timeZone(),
                                c.workingDays(),
                                opens,
                                c.closes(),
                                c.holidayCountry(),
                                c.holidays())
                            : c)
                    .toList());
  }

  private static Accord rulesReversed(Accord accord) {
    Routing routing = accord.routing();
    List<RoutingRule> rules = new ArrayList<>(routing.rules());
    Collections.reverse(rules);
    return with(
        accord, b -> b.routing = new Routing(routing.onEntering(), rules, routing.fallbackQueue()));
  }

  private static Accord goalTarget(Accord accord, String goalId, String target) {
    return with(
        accord,
        b ->
            b.goals =
                b.goals.stream()
                    .map(g ->
                        g.id().equals(goalId)
                            ? new Goal(
                                g.id(),
                                g.name(),
                                g.kpi(),
                                g.baseline(),
                                new BigDecimal(target),
                                g.due(),
                                g.contributions())
                            : g)
                    .toList());
  }

  private static Guardrails flaggingTransitions(Guardrails g) {
    return new Guardrails(
        Enforcement.FLAG, g.requiredFields(), g.reasonCode(), g.eventOrder(), g.reorderWindow());
  }

  private static Accord mapStages(Accord accord, UnaryOperator<Stage> edit) {
    return mapObjects(
        accord,
        object ->
            new ObjectType(
                object.id(),
                object.name(),
                object.fields(),
                object.pipelines().stream()
                    .map(p ->
                        new Pipeline(
                            p.id(),
                            p.name(),
                            p.stages().stream().map(edit).toList(),
                            p.transitions()))
                    .toList()));
  }

  private static Accord mapObjects(Accord accord, Function<ObjectType, ObjectType> edit) {
    return with(accord, b -> b.objects = b.objects.stream().map(edit).toList());
  }

  private static Accord mapHandoffs(Accord accord, UnaryOperator<Handoff> edit) {
    return with(accord, b -> b.handoffs = b.handoffs.stream().map(edit).toList());
  }

  private static <T> List<T> plus(List<T> values, T value) {
    return Stream.concat(values.stream(), Stream.of(value)).toList();
  }

  private static List<String> without(List<String> values, String value) {
    return values.stream().filter(v -> !v.equals(value)).toList();
  }

  /** The accord with some of its parts replaced, through a builder holding all of them. */
  public static Accord with(Accord accord, Consumer<Parts> edit) {
    Parts parts = new Parts(accord);
    edit.accept(parts);
    return parts.build();
  }

  /** The parts of an accord, to replace some and build it again. */
  public static final class Parts {
    int schemaVersion;
    AccordInfo info;
    List<String> sentinels;
    List<ReasonCode> reasonCodes;
    Guardrails guardrails;
    List<ObjectType> objects;
    List<Team> teams;
    List<Person> people;
    List<BusinessCalendar> calendars;
    List<Handoff> handoffs;
    Routing routing;
    List<Dimension> dimensions;
    List<Kpi> kpis;
    List<DecisionRight> decisionRights;
    List<Goal> goals;

    private Parts(Accord a) {
      schemaVersion = a.schemaVersion();
      info = a.info();
      sentinels = a.sentinels();
      reasonCodes = a.reasonCodes();
      guardrails = a.guardrails();
      objects = a.objects();
      teams = a.teams();
      people = a.people();
      calendars = a.calendars();
      handoffs = a.handoffs();
      routing = a.routing();
      dimensions = a.dimensions();
      kpis = a.kpis();
      decisionRights = a.decisionRights();
      goals = a.goals();
    }

    private Accord build() {
      return new Accord(
          schemaVersion,
          info,
          sentinels,
          reasonCodes,
          guardrails,
          objects,
          teams,
          people,
          calendars,
          handoffs,
          routing,
          dimensions,
          kpis,
          decisionRights,
          goals);
    }
  }
}
