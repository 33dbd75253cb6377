package dev.accord.generator;

import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pipeline as generated records walk it: its main road (from the first entry stage along the
 * first forward transition out of each stage) and the side roads out of each stage, read from the
 * pipeline's own transitions so that every move a record makes is one the accord allows. The
 * lookups are made once, since every record asks them at every stage.
 */
final class PipelineWalk {

  private final String objectType;
  private final Pipeline pipeline;
  private final List<String> path;
  private final List<String> startStages;
  private final Map<String, Stage> stages = new HashMap<>();
  private final Map<String, List<Transition>> forwards = new HashMap<>();
  private final Map<String, Map<TransitionKind, Transition>> exits = new HashMap<>();
  private final Map<String, Transition> outs = new HashMap<>();
  private final Map<String, Map<String, Transition>> moves = new HashMap<>();

  PipelineWalk(String objectType, Pipeline pipeline) {
    this.objectType = objectType;
    this.pipeline = pipeline;
    for (Stage stage : pipeline.stages()) {
      stages.put(stage.id(), stage);
    }
    for (Transition transition : pipeline.transitions()) {
      for (String from : transition.from()) {
        outs.putIfAbsent(from, transition);
        moves
            .computeIfAbsent(from, stage -> new HashMap<>())
            .putIfAbsent(transition.to(), transition);
        exits
            .computeIfAbsent(from, stage -> new EnumMap<>(TransitionKind.class))
            .putIfAbsent(transition.kind(), transition);
        if (transition.kind() == TransitionKind.FORWARD) {
          forwards.computeIfAbsent(from, stage -> new ArrayList<>()).add(transition);
        }
      }
    }
    this.path = mainRoad(pipeline, forwards);
    List<String> entries =
        pipeline.entryStages().stream().map(Stage::id).filter(path::contains).toList();
    this.startStages = entries.isEmpty() && !path.isEmpty() ? path.subList(0, 1) : entries;
  }

  private static List<String> mainRoad(Pipeline pipeline, Map<String, List<Transition>> forwards) {
    List<String> path = new ArrayList<>();
    Optional<String> stage = pipeline.entryStages().stream().map(Stage::id).findFirst();
    while (stage.isPresent() && !path.contains(stage.get())) {
      path.add(stage.get());
      stage =
          forwards.getOrDefault(stage.get(), List.of()).stream()
              .map(Transition::to)
              .filter(to -> !path.contains(to))
              .findFirst();
    }
    return List.copyOf(path);
  }

  String objectType() {
    return objectType;
  }

  Pipeline pipeline() {
    return pipeline;
  }

  List<String> path() {
    return path;
  }

  /** The stages records may be created in, in the order of the main road. */
  List<String> startStages() {
    return startStages;
  }

  Stage stage(String id) {
    Stage stage = stages.get(id);
    if (stage == null) {
      throw new IllegalArgumentException("Pipeline " + pipeline.id() + " has no stage " + id);
    }
    return stage;
  }

  /** The next stage on the main road. */
  Optional<String> next(String stage) {
    int at = path.indexOf(stage);
    return at >= 0 && at + 1 < path.size() ? Optional.of(path.get(at + 1)) : Optional.empty();
  }

  /** The forward transitions out of the stage, the main road's first. */
  List<Transition> forwards(String stage) {
    return forwards.getOrDefault(stage, List.of());
  }

  /** The first transition of the kind out of the stage, if the pipeline has one. */
  Optional<Transition> exit(String stage, TransitionKind kind) {
    return Optional.ofNullable(exits.getOrDefault(stage, Map.of()).get(kind));
  }

  /** The first transition out of the stage, of any kind. */
  Optional<Transition> anyExit(String stage) {
    return Optional.ofNullable(outs.get(stage));
  }

  /** The transition that allows the move, if any does. */
  Optional<Transition> transition(String from, String to) {
    return Optional.ofNullable(moves.getOrDefault(from, Map.of()).get(to));
  }

  boolean allows(String from, String to) {
    return transition(from, to).isPresent();
  }

  boolean isTerminal(String stage) {
    Stage declared = stages.get(stage);
    return declared == null || declared.terminal() || !outs.containsKey(stage);
  }
}
