package dev.accord.core.accord.internal.diff;

import dev.accord.core.accord.Accord;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.routing.Routing;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.sla.Handoff;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every place an accord names a stage by id: the stages themselves, transitions, the stages a field
 * is required in, handoffs and the stages that pause them, routing triggers and KPI formulas.
 * Rewrites them all at once, so that an accord can speak another accord's stage ids.
 */
final class StageReferences {

  private final UnaryOperator<String> newId;

  StageReferences(UnaryOperator<String> newId) {
    this.newId = newId;
  }

  Accord rewrite(Accord accord) {
    Routing routing = accord.routing();
    return new Accord(
        accord.schemaVersion(),
        accord.info(),
        accord.sentinels(),
        accord.reasonCodes(),
        accord.guardrails(),
        accord.objects().stream().map(this::renamed).toList(),
        accord.teams(),
        accord.people(),
        accord.calendars(),
        accord.handoffs().stream().map(this::renamed).toList(),
        new Routing(ids(routing.onEntering()), routing.rules(), routing.fallbackQueue()),
        accord.dimensions(),
        accord.kpis().stream().map(this::renamed).toList(),
        accord.decisionRights(),
        accord.goals(),
        accord.duplicates(),
        accord.exceptions());
  }

  private String id(String stageId) {
    return newId.apply(stageId);
  }

  private List<String> ids(List<String> stageIds) {
    return stageIds.stream().map(this::id).toList();
  }

  private ObjectType renamed(ObjectType object) {
    return new ObjectType(
        object.id(),
        object.name(),
        object.fields().stream().map(this::renamed).toList(),
        object.pipelines().stream().map(this::renamed).toList());
  }

  private FieldDefinition renamed(FieldDefinition field) {
    return new FieldDefinition(
        field.id(),
        field.label(),
        field.type(),
        field.values(),
        field.sentinels(),
        ids(field.requiredIn()));
  }

  private Pipeline renamed(Pipeline pipeline) {
    return new Pipeline(
        pipeline.id(),
        pipeline.name(),
        pipeline.stages().stream()
            .map(s ->
                new Stage(
                    id(s.id()),
                    s.name(),
                    s.definition(),
                    s.entryCriteria(),
                    s.entry(),
                    s.terminal()))
            .toList(),
        pipeline.transitions().stream()
            .map(t -> new Transition(ids(t.from()), id(t.to()), t.kind(), t.reasonCodes()))
            .toList());
  }

  private Handoff renamed(Handoff h) {
    return new Handoff(
        h.id(),
        h.name(),
        id(h.from()),
        id(h.to()),
        h.owner(),
        h.sla(),
        h.calendar(),
        h.startsOn(),
        h.metBy(),
        ids(h.pauseIn()),
        h.restartOnActivity(),
        h.requiredFields(),
        h.escalation());
  }

  private Kpi renamed(Kpi k) {
    return new Kpi(
        k.id(),
        k.name(),
        k.description(),
        k.kind(),
        k.owner(),
        k.object(),
        renamed(k.formula()),
        k.unit(),
        k.dimensions(),
        k.target(),
        k.feeds());
  }

  private Formula renamed(Formula formula) {
    return switch (formula) {
      case Formula.CountEntering c -> new Formula.CountEntering(id(c.stage()));
      case Formula.Conversion c ->
          new Formula.Conversion(id(c.from()), id(c.to()), c.method(), c.window());
      case Formula.DurationBetween d ->
          new Formula.DurationBetween(id(d.from()), id(d.to()), d.statistic());
      case Formula.SumOfField s -> new Formula.SumOfField(s.field(), s.stage().map(this::id));
      case Formula.ShareMeeting s -> new Formula.ShareMeeting(s.where(), s.stage().map(this::id));
      case Formula.SlaCompliance s -> s;
      case Formula.ExceptionRate e -> e;
      case Formula.FieldCompleteness f -> f;
      case Formula.WinRate w ->
          new Formula.WinRate(id(w.won()), w.lost().stream().map(this::id).toList());
      case Formula.PipelineValue p ->
          new Formula.PipelineValue(
              p.field(), p.stages().stream().map(this::id).toList(), p.coverageOf());
      case Formula.SalesVelocity v ->
          new Formula.SalesVelocity(
              id(v.from()), id(v.won()), v.lost().stream().map(this::id).toList(), v.field());
      case Formula.SpeedToLead s -> s;
    };
  }
}
