package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordExplanation;
import dev.accord.core.accord.MermaidDiagram;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.scorecard.KpiKind;
import dev.accord.core.sla.EscalationStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accord viewer: each pipeline's stage diagram with the SLAs on its handoff arrows, its stages
 * and moves as tables, the handoff contract, the KPIs, the decision rights, and the summary and
 * Mermaid source the command line prints.
 */
record AccordView(
    Layout layout,
    String description,
    List<PipelineGraph> pipelines,
    List<HandoffLine> handoffs,
    List<KpiLine> kpis,
    List<RightLine> rights,
    String summary,
    String mermaid) {

  /** One pipeline: its diagram's chart key, its stages and its moves. */
  record PipelineGraph(
      String title,
      String chart,
      String chartLabel,
      List<StageLine> stages,
      List<MoveLine> moves) {}

  record StageLine(String id, String name, String definition, String role) {}

  record MoveLine(String from, String to, String kind, String sla, String reasons) {}

  record HandoffLine(
      String id,
      String name,
      String move,
      String owner,
      String sla,
      String calendar,
      String startsOn,
      String metBy,
      String escalation) {}

  record KpiLine(
      String id,
      String name,
      String kind,
      String owner,
      String unit,
      String target,
      String feeds) {}

  record RightLine(String domain, String propose, String approve, String consult, String inform) {}

  static AccordView of(Frame frame, Accord accord) {
    Names names = new Names(accord);
    Map<String, Object> charts = new LinkedHashMap<>();
    List<PipelineGraph> pipelines = new ArrayList<>();
    for (ObjectType object : accord.objects()) {
      for (Pipeline pipeline : object.pipelines()) {
        pipelines.add(pipeline(accord, object, pipeline, names, charts));
      }
    }
    List<HandoffLine> handoffs =
        accord.handoffs().stream()
            .map(h ->
                new HandoffLine(
                    h.id(),
                    h.displayName(),
                    names.stage(h.from()) + " → " + names.stage(h.to()),
                    names.owner(h.owner()),
                    h.sla().describe(),
                    h.calendar(),
                    Figures.words(h.startsOn()),
                    Figures.words(h.metBy()),
                    escalation(h.escalation(), names)))
            .toList();
    List<KpiLine> kpis =
        accord.kpis().stream()
            .map(k ->
                new KpiLine(
                    k.id(),
                    k.displayName(),
                    k.kind() == KpiKind.ACTIVITY ? "Activity" : "Outcome",
                    names.owner(k.owner()),
                    k.unit(),
                    k.target().map(t -> ScorecardView.target(t, k.unit())).orElse("No target"),
                    k.feeds().stream().map(names::kpi).collect(Collectors.joining(", "))))
            .toList();
    List<RightLine> rights = accord.decisionRights().stream().map(r -> right(r, names)).toList();
    String version =
        accord.info().version() == frame.accord().info().version()
            ? "Version " + accord.info().version() + ", in force"
            : "Version "
                + accord.info().version()
                + "; version "
                + frame.accord().info().version()
                + " is in force";
    String name = accord.info().name().isBlank() ? "Accord" : accord.info().name();
    return new AccordView(
        Layout.of(frame, Section.ACCORD, name, version, charts),
        accord.info().description(),
        pipelines,
        handoffs,
        kpis,
        rights,
        AccordExplanation.summary(accord),
        MermaidDiagram.of(accord));
  }

  static RightLine right(DecisionRight right, Names names) {
    return new RightLine(
        Figures.capitalised(Figures.words(right.domain())),
        parties(right.propose(), names),
        parties(right.approve(), names),
        parties(right.consult(), names),
        parties(right.inform(), names));
  }

  static String parties(List<String> ids, Names names) {
    return ids.isEmpty() ? "–" : ids.stream().map(names::owner).collect(Collectors.joining(", "));
  }

  private static String escalation(List<EscalationStep> steps, Names names) {
    return steps.stream()
        .map(step ->
            "at "
                + step.at()
                + ": "
                + Figures.words(step.action())
                + (step.recipients().isEmpty()
                    ? ""
                    : " "
                        + step.recipients().stream()
                            .map(names::owner)
                            .collect(Collectors.joining(", "))))
        .collect(Collectors.joining("; "));
  }

  private static PipelineGraph pipeline(
      Accord accord,
      ObjectType object,
      Pipeline pipeline,
      Names names,
      Map<String, Object> charts) {
    String title =
        (object.name().isBlank() ? object.id() : object.name())
            + ": "
            + (pipeline.name().isBlank() ? pipeline.id() : pipeline.name());
    List<String> road = mainRoad(pipeline);
    List<String> offRoad =
        pipeline.stages().stream().map(Stage::id).filter(id -> !road.contains(id)).toList();
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<StageLine> stages = new ArrayList<>();
    for (Stage stage : pipeline.stages()) {
      int onRoad = road.indexOf(stage.id());
      double x;
      double y;
      if (onRoad >= 0) {
        x = onRoad;
        y = 0;
      } else {
        int i = offRoad.indexOf(stage.id());
        x = road.size() <= 1 ? i : (i + 0.5) * (road.size() - 1.0) / Math.max(1, offRoad.size());
        y = 1;
      }
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", stage.id());
      node.put("name", stage.displayName());
      node.put("x", x);
      node.put("y", y);
      node.put("role", role(stage, pipeline));
      nodes.add(node);
      stages.add(
          new StageLine(
              stage.id(), stage.displayName(), stage.definition(), role(stage, pipeline)));
    }
    List<Map<String, Object>> links = new ArrayList<>();
    List<MoveLine> moves = new ArrayList<>();
    for (Transition transition : pipeline.transitions()) {
      for (String from : transition.from()) {
        String sla =
            accord.handoffs().stream()
                .filter(h -> h.from().equals(from) && h.to().equals(transition.to()))
                .map(h -> h.displayName() + " " + h.sla())
                .collect(Collectors.joining(", "));
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("source", from);
        link.put("target", transition.to());
        link.put("kind", transition.kind().name().toLowerCase(java.util.Locale.ROOT));
        link.put("label", sla);
        links.add(link);
        moves.add(
            new MoveLine(
                names.stage(from),
                names.stage(transition.to()),
                Figures.words(transition.kind()),
                sla.isEmpty() ? "–" : sla,
                transition.reasonCodes().isEmpty()
                    ? "–"
                    : String.join(", ", transition.reasonCodes())));
      }
    }
    String chart = "graph-" + object.id() + "-" + pipeline.id();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("kind", "graph");
    spec.put("nodes", nodes);
    spec.put("links", links);
    charts.put(chart, spec);
    return new PipelineGraph(
        title,
        chart,
        "Stage diagram of "
            + title
            + ": "
            + road.stream().map(names::stage).collect(Collectors.joining(" → "))
            + "; the tables below list every stage and move",
        stages,
        moves);
  }

  private static String role(Stage stage, Pipeline pipeline) {
    if (stage.terminal()) {
      return "end";
    }
    return pipeline.entryStages().contains(stage) ? "start" : "";
  }

  /**
   * The road records take forward: from the first entry stage, the first forward move out of each
   * stage, as far as it goes.
   */
  static List<String> mainRoad(Pipeline pipeline) {
    List<String> road = new ArrayList<>();
    if (pipeline.stages().isEmpty()) {
      return road;
    }
    Set<String> seen = new HashSet<>();
    Optional<String> at = Optional.of(pipeline.entryStages().getFirst().id());
    while (at.isPresent() && seen.add(at.get())) {
      road.add(at.get());
      String here = at.get();
      at =
          pipeline.transitions().stream()
              .filter(t -> t.kind() == TransitionKind.FORWARD && t.from().contains(here))
              .map(Transition::to)
              .findFirst();
    }
    return road;
  }
}
