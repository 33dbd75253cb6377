package dev.accord.core.lifecycle.internal;

import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A pipeline seen as a graph of its stages joined by its transitions, to find where records can get
 * to and where they get stuck.
 */
public final class StageGraph {

  private final Pipeline pipeline;

  public StageGraph(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The stages a record can reach from the pipeline's entry stages, entries included. */
  public Set<String> reachable() {
    Set<String> reached = new HashSet<>();
    Deque<String> frontier = new ArrayDeque<>();
    for (Stage entry : pipeline.entryStages()) {
      if (reached.add(entry.id())) {
        frontier.add(entry.id());
      }
    }
    while (!frontier.isEmpty()) {
      String stage = frontier.poll();
      for (Transition transition : pipeline.transitions()) {
        if (transition.from().contains(stage)
            && pipeline.stage(transition.to()).isPresent()
            && reached.add(transition.to())) {
          frontier.add(transition.to());
        }
      }
    }
    return reached;
  }

  /** The stages that some transition leaves. */
  public Set<String> left() {
    Set<String> left = new HashSet<>();
    for (Transition transition : pipeline.transitions()) {
      left.addAll(transition.from());
    }
    return left;
  }
}
