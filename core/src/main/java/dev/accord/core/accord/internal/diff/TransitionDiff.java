package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.TRANSITION;

import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.TransitionKind;
import java.util.HashSet;
import java.util.List;

/**
 * The moves one pipeline allows, compared move by move: a transition from several stages is as many
 * moves, so adding a source stage to a disqualification path reads as one move added.
 */
final class TransitionDiff {

  /** One allowed move between two stages, with why it happens and the reasons it needs. */
  private record Move(String from, String to, TransitionKind kind, List<String> reasonCodes) {
    String path() {
      return from + " -> " + to;
    }

    String summary() {
      return Wording.key(kind) + (reasonCodes.isEmpty() ? "" : " " + reasonCodes);
    }
  }

  private TransitionDiff() {}

  static List<AccordChange> between(Pipeline before, Pipeline after) {
    ChangeList changes = new ChangeList();
    Counterparts.walk(
        moves(before),
        moves(after),
        Move::path,
        gone ->
            about(changes, gone)
                .removed(gone.summary(), "Transition " + gone.path() + " was removed."),
        fresh -> about(changes, fresh).added(fresh.summary(), addedSentence(fresh)),
        (was, now) -> kept(about(changes, now), was, now));
    return changes.toList();
  }

  private static List<Move> moves(Pipeline pipeline) {
    return pipeline.transitions().stream()
        .flatMap(
            t -> t.from().stream().map(from -> new Move(from, t.to(), t.kind(), t.reasonCodes())))
        .toList();
  }

  private static ChangeList.Subject about(ChangeList changes, Move move) {
    return changes.about(TRANSITION, "transition " + move.path());
  }

  private static String addedSentence(Move move) {
    String kind =
        move.kind() == TransitionKind.FORWARD
            ? ""
            : " as a " + Wording.words(move.kind()) + " path";
    String reasons =
        move.reasonCodes().isEmpty()
            ? ""
            : ", requiring a reason code: " + String.join(", ", move.reasonCodes());
    return "Transition " + move.path() + " was added" + kind + reasons + ".";
  }

  private static void kept(ChangeList.Subject transition, Move before, Move after) {
    String path = "Transition " + after.path();
    transition.ifChanged(
        before.kind(),
        after.kind(),
        Wording::key,
        (was, now) -> path + " is now a " + now + " path (was " + was + ").");
    if (new HashSet<>(before.reasonCodes()).equals(new HashSet<>(after.reasonCodes()))) {
      return;
    }
    String was = String.join(", ", before.reasonCodes());
    String now = String.join(", ", after.reasonCodes());
    String sentence;
    if (before.reasonCodes().isEmpty()) {
      sentence = path + " now requires a reason code: " + now + ".";
    } else if (after.reasonCodes().isEmpty()) {
      sentence = path + " no longer requires a reason code.";
    } else {
      sentence =
          "The reason codes of transition "
              + after.path()
              + " are now "
              + now
              + " (were "
              + was
              + ").";
    }
    transition.changed(was, now, sentence);
  }
}
