package dev.accord.core.lifecycle;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.field.Condition;
import dev.accord.core.field.ConditionChecks;
import dev.accord.core.lifecycle.internal.StageGraph;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks on one pipeline: its transitions join its own stages, every stage can be reached from
 * an entry stage, terminal stages stay terminal, and no other stage is a dead end.
 */
final class PipelineChecks {

  private final Pipeline pipeline;
  private final SourcePath path;
  private final Lifecycle lifecycle;
  private final KnownIds ownStages;
  private final List<Problem> problems = new ArrayList<>();

  private PipelineChecks(Pipeline pipeline, SourcePath path, Lifecycle lifecycle) {
    this.pipeline = pipeline;
    this.path = path;
    this.lifecycle = lifecycle;
    this.ownStages = KnownIds.of("stage", pipeline.stages().stream().map(Stage::id).toList());
  }

  /**
   * The problems of a pipeline.
   *
   * @param path the path of the pipeline
   * @param reasonCodes the reason codes the accord declares
   * @param fields the fields of the pipeline's object
   */
  static List<Problem> check(
      Pipeline pipeline,
      SourcePath path,
      Lifecycle lifecycle,
      KnownIds reasonCodes,
      KnownIds fields) {
    PipelineChecks checks = new PipelineChecks(pipeline, path, lifecycle);
    if (pipeline.stages().isEmpty()) {
      checks.problems.add(
          Problem.error(
              path.key("stages"),
              "pipeline " + quote(pipeline.id()) + " has no stages",
              "list the stages records go through, in order, under `stages`"));
    }
    checks.checkEntryCriteria(fields);
    checks.checkTransitions(reasonCodes);
    checks.checkFlow();
    return checks.problems;
  }

  private void checkEntryCriteria(KnownIds fields) {
    for (int s = 0; s < pipeline.stages().size(); s++) {
      Stage stage = pipeline.stages().get(s);
      List<Condition> criteria = stage.entryCriteria();
      for (int c = 0; c < criteria.size(); c++) {
        problems.addAll(
            ConditionChecks.check(
                criteria.get(c),
                path.key("stages").index(s).key("entry_criteria").index(c),
                "entry criterion of stage " + quote(stage.id()),
                fields));
      }
    }
  }

  private void checkTransitions(KnownIds reasonCodes) {
    for (int t = 0; t < pipeline.transitions().size(); t++) {
      Transition transition = pipeline.transitions().get(t);
      SourcePath at = path.key("transitions").index(t);
      if (transition.from().isEmpty()) {
        problems.add(
            Problem.error(
                at.key("from"),
                "transition to " + quote(transition.to()) + " leaves no stage",
                "name the stage or stages the transition leaves under `from`"));
      }
      for (int j = 0; j < transition.from().size(); j++) {
        checkSource(transition, transition.from().get(j), at.key("from").index(j));
      }
      checkStage(transition.to(), at.key("to"), "enters");
      for (int k = 0; k < transition.reasonCodes().size(); k++) {
        String code = transition.reasonCodes().get(k);
        reasonCodes
            .unknown(
                code,
                at.key("reason_codes").index(k),
                "transition to "
                    + quote(transition.to())
                    + " asks for unknown reason code "
                    + quote(code))
            .ifPresent(problems::add);
      }
    }
  }

  private void checkSource(Transition transition, String source, SourcePath at) {
    if (!checkStage(source, at, "leaves")) {
      return;
    }
    if (source.equals(transition.to())) {
      problems.add(
          Problem.error(
              at,
              "transition from " + quote(source) + " leads back to its own source",
              "remove " + quote(source) + " from `from`: a record that stays put does not move"));
    } else if (pipeline.stage(source).map(Stage::terminal).orElse(false)) {
      problems.add(
          Problem.error(
              at,
              "terminal stage "
                  + quote(source)
                  + " has an outgoing transition to "
                  + quote(transition.to()),
              "remove " + quote(source) + " from `from`, or mark the stage `terminal: false`"));
    }
  }

  /** Reports a stage that is not one of this pipeline's; tells whether it is one. */
  private boolean checkStage(String stage, SourcePath at, String verb) {
    if (ownStages.contains(stage)) {
      return true;
    }
    String transition = "transition in pipeline " + quote(pipeline.id()) + " " + verb;
    Optional<Pipeline> other = lifecycle.pipelineOf(stage);
    problems.add(
        other.isPresent()
            ? Problem.error(
                at,
                transition + " stage " + quote(stage) + " of pipeline " + quote(other.get().id()),
                "a transition joins stages of its own pipeline; " + ownStages.hintFor(stage))
            : Problem.error(
                at, transition + " unknown stage " + quote(stage), ownStages.hintFor(stage)));
    return false;
  }

  private void checkFlow() {
    StageGraph graph = new StageGraph(pipeline);
    Set<String> reachable = graph.reachable();
    Set<String> left = graph.left();
    String entries =
        String.join(", ", pipeline.entryStages().stream().map(s -> quote(s.id())).toList());
    for (int s = 0; s < pipeline.stages().size(); s++) {
      Stage stage = pipeline.stages().get(s);
      SourcePath at = path.key("stages").index(s).key("id");
      if (stage.id().isBlank()) {
        continue; // already an error of its own; nothing can lead into a stage without an id
      }
      if (!reachable.contains(stage.id())) {
        problems.add(
            Problem.error(
                at,
                "stage "
                    + quote(stage.id())
                    + " cannot be reached from the entry stages of pipeline "
                    + quote(pipeline.id())
                    + " ("
                    + entries
                    + ")",
                "add a transition into " + quote(stage.id()) + ", or mark it `entry: true`"));
      }
      if (!stage.terminal() && !left.contains(stage.id())) {
        problems.add(
            Problem.warning(
                at,
                "stage " + quote(stage.id()) + " is not terminal, yet no transition leaves it",
                "add a transition out of " + quote(stage.id()) + ", or mark it `terminal: true`"));
      }
    }
  }
}
