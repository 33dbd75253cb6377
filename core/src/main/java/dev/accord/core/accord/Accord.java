package dev.accord.core.accord;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.governance.Authority;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.LifecycleEngine;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.queue.ExceptionTriage;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingTable;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.ScorecardEngine;
import dev.accord.core.shared.Values;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaEngine;
import dev.accord.core.team.Person;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The operating agreement between marketing, sales and RevOps, as one value: the lifecycle every
 * record follows, the handoff contract between the teams, how records are routed, the KPIs of the
 * one shared scorecard, who decides what, the goals they share, when two records count as the same
 * person, and who resolves which exceptions.
 *
 * <p>An accord is written as a YAML file that lives in git; this record is what that file means,
 * independent of how it was written.
 */
public record Accord(
    int schemaVersion,
    AccordInfo info,
    List<String> sentinels,
    List<ReasonCode> reasonCodes,
    Guardrails guardrails,
    List<ObjectType> objects,
    List<Team> teams,
    List<Person> people,
    List<BusinessCalendar> calendars,
    List<Handoff> handoffs,
    Routing routing,
    List<Dimension> dimensions,
    List<Kpi> kpis,
    List<DecisionRight> decisionRights,
    List<Goal> goals,
    List<DuplicateRule> duplicates,
    List<ExceptionPolicy> exceptions) {

  /** The only version of the accord file format there is so far. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  public Accord {
    Objects.requireNonNull(info, "info");
    sentinels = Values.list(sentinels);
    reasonCodes = Values.list(reasonCodes);
    Objects.requireNonNull(guardrails, "guardrails");
    objects = Values.list(objects);
    teams = Values.list(teams);
    people = Values.list(people);
    calendars = Values.list(calendars);
    handoffs = Values.list(handoffs);
    Objects.requireNonNull(routing, "routing");
    dimensions = Values.list(dimensions);
    kpis = Values.list(kpis);
    decisionRights = Values.list(decisionRights);
    goals = Values.list(goals);
    duplicates = Values.list(duplicates);
    exceptions = Values.list(exceptions);
  }

  /**
   * The engine that holds records to this accord's lifecycle. Compiling it walks the whole
   * lifecycle, so keep it for as long as this version of the accord is in force.
   */
  public LifecycleEngine lifecycleEngine() {
    return LifecycleEngine.of(objects, guardrails, sentinels);
  }

  /**
   * The table that routes this accord's records on entering a routed stage. Like the lifecycle
   * engine, keep it for as long as this version of the accord is in force.
   *
   * @param holidays the public holidays of the teams' calendars, for working hours
   */
  public RoutingTable routingTable(PublicHolidays holidays) {
    return RoutingTable.of(
        routing, new Roster(teams, people), calendars, holidays, objects, sentinels);
  }

  /**
   * The engine that runs this accord's handoff clocks and escalation ladders. Keep it, like the
   * lifecycle engine, for as long as this version of the accord is in force.
   *
   * @param holidays the public holidays of the calendars' countries
   */
  public SlaEngine slaEngine(PublicHolidays holidays) {
    return SlaEngine.of(handoffs, calendars, holidays, new Roster(teams, people));
  }

  /**
   * What the accord makes of a new exception: its owner, severity and due date.
   *
   * @param holidays the public holidays of the calendars' countries
   */
  public ExceptionTriage exceptionTriage(PublicHolidays holidays) {
    return ExceptionTriage.of(exceptions, handoffs, kpis, teams, people, calendars, holidays);
  }

  /** Who may propose and decide in each decision domain, under this accord's decision rights. */
  public Authority authority() {
    return new Authority(decisionRights, new Roster(teams, people));
  }

  /**
   * The engine that computes this accord's scorecard. Every scorecard it computes says it ran under
   * this accord's version.
   */
  public ScorecardEngine scorecardEngine() {
    return ScorecardEngine.of(info.version(), objects, sentinels, dimensions, kpis, teams, people);
  }

  /** Every stage of every pipeline of every object, in declaration order. */
  public List<Stage> stages() {
    return objects.stream().flatMap(object -> object.stages().stream()).toList();
  }

  public Optional<Stage> stage(String stageId) {
    return stages().stream().filter(stage -> stage.id().equals(stageId)).findFirst();
  }

  /** The object whose pipelines hold the stage, if any does. */
  public Optional<ObjectType> objectOf(String stageId) {
    return objects.stream().filter(o -> o.pipelineOf(stageId).isPresent()).findFirst();
  }

  public Optional<Pipeline> pipelineOf(String stageId) {
    return objects.stream().flatMap(o -> o.pipelineOf(stageId).stream()).findFirst();
  }

  public Optional<ObjectType> object(String objectId) {
    return objects.stream().filter(o -> o.id().equals(objectId)).findFirst();
  }

  public Optional<Team> team(String teamId) {
    return teams.stream().filter(team -> team.id().equals(teamId)).findFirst();
  }

  public Optional<Person> person(String personId) {
    return people.stream().filter(person -> person.id().equals(personId)).findFirst();
  }

  public Optional<Handoff> handoff(String handoffId) {
    return handoffs.stream().filter(h -> h.id().equals(handoffId)).findFirst();
  }

  public Optional<Kpi> kpi(String kpiId) {
    return kpis.stream().filter(kpi -> kpi.id().equals(kpiId)).findFirst();
  }

  /** When records of the object count as duplicates, if the accord says. */
  public Optional<DuplicateRule> duplicateRule(String objectId) {
    return duplicates.stream().filter(rule -> rule.object().equals(objectId)).findFirst();
  }
}
