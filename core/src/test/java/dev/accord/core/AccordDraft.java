package dev.accord.core;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordInfo;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.sla.Handoff;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An accord taken apart into parts a test may change, to build it again: how a validation test
 * breaks the {@link AccordFixture} in exactly one place, and how a diff test makes another version
 * of it. Every list is a fresh mutable copy, and objects and pipelines come apart too, since a test
 * often changes a single field, stage or transition. Paths in the tests count positions in these
 * lists.
 */
public final class AccordDraft {

  public int schemaVersion = Accord.CURRENT_SCHEMA_VERSION;
  public AccordInfo info = new AccordInfo("", 1, "");
  public List<String> sentinels = new ArrayList<>();
  public List<ReasonCode> reasonCodes = new ArrayList<>();
  public Guardrails guardrails = Guardrails.defaults();
  public List<ObjectDraft> objects = new ArrayList<>();
  public List<Team> teams = new ArrayList<>();
  public List<Person> people = new ArrayList<>();
  public List<BusinessCalendar> calendars = new ArrayList<>();
  public List<Handoff> handoffs = new ArrayList<>();
  public List<String> onEntering = new ArrayList<>();
  public List<RoutingRule> routingRules = new ArrayList<>();
  public Optional<String> fallbackQueue = Optional.empty();
  public List<Dimension> dimensions = new ArrayList<>();
  public List<Kpi> kpis = new ArrayList<>();
  public List<DecisionRight> decisionRights = new ArrayList<>();
  public List<Goal> goals = new ArrayList<>();
  public List<DuplicateRule> duplicates = new ArrayList<>();
  public List<ExceptionPolicy> exceptions = new ArrayList<>();

  /** An accord with nothing in it yet, to be filled in part by part. */
  public AccordDraft() {}

  /** The parts of the accord, each ready to be changed. */
  public static AccordDraft of(Accord accord) {
    AccordDraft draft = new AccordDraft();
    draft.schemaVersion = accord.schemaVersion();
    draft.info = accord.info();
    draft.sentinels = new ArrayList<>(accord.sentinels());
    draft.reasonCodes = new ArrayList<>(accord.reasonCodes());
    draft.guardrails = accord.guardrails();
    draft.objects = new ArrayList<>(accord.objects().stream().map(ObjectDraft::of).toList());
    draft.teams = new ArrayList<>(accord.teams());
    draft.people = new ArrayList<>(accord.people());
    draft.calendars = new ArrayList<>(accord.calendars());
    draft.handoffs = new ArrayList<>(accord.handoffs());
    draft.routing(accord.routing());
    draft.dimensions = new ArrayList<>(accord.dimensions());
    draft.kpis = new ArrayList<>(accord.kpis());
    draft.decisionRights = new ArrayList<>(accord.decisionRights());
    draft.goals = new ArrayList<>(accord.goals());
    draft.duplicates = new ArrayList<>(accord.duplicates());
    draft.exceptions = new ArrayList<>(accord.exceptions());
    return draft;
  }

  /** The accord these parts make. */
  public Accord build() {
    return new Accord(
        schemaVersion,
        info,
        sentinels,
        reasonCodes,
        guardrails,
        objects.stream().map(ObjectDraft::build).toList(),
        teams,
        people,
        calendars,
        handoffs,
        new Routing(onEntering, routingRules, fallbackQueue),
        dimensions,
        kpis,
        decisionRights,
        goals,
        duplicates,
        exceptions);
  }

  /** Replaces the routing as a whole: its trigger, its rules and its fallback queue. */
  public void routing(Routing routing) {
    onEntering = new ArrayList<>(routing.onEntering());
    routingRules = new ArrayList<>(routing.rules());
    fallbackQueue = routing.fallbackQueue();
  }

  /** The first object: the lead, in the fixture ({@code objects[0]}). */
  public ObjectDraft lead() {
    return objects.get(0);
  }

  /** The first pipeline of the first object: the inbound funnel, in the fixture. */
  public PipelineDraft inbound() {
    return lead().pipelines.get(0);
  }

  /** The second object: the opportunity, in the fixture ({@code objects[1]}). */
  public ObjectDraft opportunity() {
    return objects.get(1);
  }

  /** The first pipeline of the second object: new business, in the fixture. */
  public PipelineDraft newBusiness() {
    return opportunity().pipelines.get(0);
  }

  /** One object of the accord, taken apart. */
  public static final class ObjectDraft {

    public String id;
    public String name;
    public List<FieldDefinition> fields;
    public List<PipelineDraft> pipelines;

    private ObjectDraft(ObjectType object) {
      id = object.id();
      name = object.name();
      fields = new ArrayList<>(object.fields());
      pipelines = new ArrayList<>(object.pipelines().stream().map(PipelineDraft::of).toList());
    }

    public static ObjectDraft of(ObjectType object) {
      return new ObjectDraft(object);
    }

    ObjectType build() {
      return new ObjectType(
          id, name, fields, pipelines.stream().map(PipelineDraft::build).toList());
    }
  }

  /** One pipeline of an object, taken apart. */
  public static final class PipelineDraft {

    public String id;
    public String name;
    public List<Stage> stages;
    public List<Transition> transitions;

    private PipelineDraft(Pipeline pipeline) {
      id = pipeline.id();
      name = pipeline.name();
      stages = new ArrayList<>(pipeline.stages());
      transitions = new ArrayList<>(pipeline.transitions());
    }

    public static PipelineDraft of(Pipeline pipeline) {
      return new PipelineDraft(pipeline);
    }

    Pipeline build() {
      return new Pipeline(id, name, stages, transitions);
    }
  }
}
