package dev.accord.core.lifecycle;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Optional;

/**
 * One path a kind of record follows, such as the inbound lead funnel or the new-business deal
 * pipeline: its stages in order and the transitions allowed between them.
 */
public record Pipeline(String id, String name, List<Stage> stages, List<Transition> transitions) {

  public Pipeline {
    id = Values.text(id);
    name = Values.text(name);
    stages = Values.list(stages);
    transitions = Values.list(transitions);
  }

  public Optional<Stage> stage(String stageId) {
    return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst();
  }

  /** The transition that lets a record move from one stage to the other, if any does. */
  public Optional<Transition> transition(String fromStage, String toStage) {
    return transitions.stream().filter(t -> t.allows(fromStage, toStage)).findFirst();
  }

  /** Whether the accord lets a record move from one stage to the other in this pipeline. */
  public boolean allows(String fromStage, String toStage) {
    return transition(fromStage, toStage).isPresent();
  }

  /** The stages records may start in: those marked as entries, or else the first stage. */
  public List<Stage> entryStages() {
    List<Stage> marked = stages.stream().filter(Stage::entry).toList();
    return marked.isEmpty() && !stages.isEmpty() ? List.of(stages.getFirst()) : marked;
  }
}
