package dev.accord.core.accord.internal.diff;

import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.ChangeArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The changes one differ has found so far, written down thing by thing. */
final class ChangeList {

  private final List<AccordChange> changes = new ArrayList<>();

  /** The thing the next changes are about, such as {@code stage mql} in the STAGE area. */
  Subject about(ChangeArea area, String subject) {
    return new Subject(area, subject);
  }

  void addAll(List<AccordChange> more) {
    changes.addAll(more);
  }

  List<AccordChange> toList() {
    return List.copyOf(changes);
  }

  /** One thing of an accord, and the changes that happened to it. */
  final class Subject {
    private final ChangeArea area;
    private final String subject;

    private Subject(ChangeArea area, String subject) {
      this.area = area;
      this.subject = subject;
    }

    void added(String after, String description) {
      changes.add(AccordChange.added(area, subject, after, description));
    }

    void removed(String before, String description) {
      changes.add(AccordChange.removed(area, subject, before, description));
    }

    void changed(String before, String after, String description) {
      changes.add(AccordChange.changed(area, subject, before, after, description));
    }

    /**
     * Notes a change of one attribute when its values differ, shown as short values and said in the
     * sentence the function makes of them (before, after).
     */
    <T> void ifChanged(
        T before,
        T after,
        Function<? super T, String> show,
        BiFunction<String, String, String> sentence) {
      if (!Objects.equals(before, after)) {
        String was = show.apply(before);
        String now = show.apply(after);
        changed(was, now, sentence.apply(was, now));
      }
    }

    /**
     * Notes a change of an optional attribute: {@code now} followed by the new value and what it
     * was, or {@code gone} when it no longer has one.
     */
    <T> void ifChangedOptional(
        Optional<T> before,
        Optional<T> after,
        Function<? super T, String> show,
        String now,
        String gone) {
      ifChangedOptional(before, after, show, Function.identity(), now, gone);
    }

    /** As {@link #ifChangedOptional}, for a reference to another thing of the accord by id. */
    void ifChangedReference(
        Optional<String> before, Optional<String> after, String now, String gone) {
      ifChangedOptional(before, after, Function.identity(), id -> "`" + id + "`", now, gone);
    }

    private <T> void ifChangedOptional(
        Optional<T> before,
        Optional<T> after,
        Function<? super T, String> show,
        Function<String, String> inText,
        String now,
        String gone) {
      if (before.equals(after)) {
        return;
      }
      String was = before.map(show).orElse("");
      String current = after.map(show).orElse("");
      String description =
          after.isEmpty()
              ? gone
              : now
                  + inText.apply(current)
                  + (before.isEmpty() ? "" : " (was " + inText.apply(was) + ")")
                  + ".";
      changed(was, current, description);
    }

    /** Notes a new name of the thing, which the sentence calls {@code thing}. */
    void ifRenamed(String before, String after, String thing) {
      if (before.equals(after)) {
        return;
      }
      String description;
      if (before.isBlank()) {
        description = thing + " was given the name \"" + after + "\".";
      } else if (after.isBlank()) {
        description = thing + " no longer has the name \"" + before + "\".";
      } else {
        description = thing + " was renamed from \"" + before + "\" to \"" + after + "\".";
      }
      changes.add(AccordChange.renamed(area, subject, before, after, description));
    }

    /** Notes that the thing's id changed, the rest of it being the same thing. */
    void reidentified(String beforeId, String afterId, String kind) {
      changes.add(
          AccordChange.renamed(
              area,
              subject,
              beforeId,
              afterId,
              kind + " `" + beforeId + "` was renamed to `" + afterId + "`."));
    }
  }
}
