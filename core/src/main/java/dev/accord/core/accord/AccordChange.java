package dev.accord.core.accord;

import java.util.Objects;

/**
 * One difference in meaning between two versions of an accord, as a reviewer of the change needs to
 * read it: which thing changed, how, the short values before and after, and a sentence that says it
 * in plain words.
 *
 * @param area the part of the accord the change touches
 * @param kind whether the thing was added, removed, changed or renamed
 * @param subject the thing, by kind and id, such as {@code stage mql} or {@code kpi win_rate}
 * @param before the short value before the change; empty when there was none
 * @param after the short value after the change; empty when there is none
 * @param description the change in one plain-English sentence
 */
public record AccordChange(
    ChangeArea area,
    ChangeKind kind,
    String subject,
    String before,
    String after,
    String description) {

  public AccordChange {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(description, "description");
  }

  public static AccordChange added(
      ChangeArea area, String subject, String after, String description) {
    return new AccordChange(area, ChangeKind.ADDED, subject, "", after, description);
  }

  public static AccordChange removed(
      ChangeArea area, String subject, String before, String description) {
    return new AccordChange(area, ChangeKind.REMOVED, subject, before, "", description);
  }

  public static AccordChange changed(
      ChangeArea area, String subject, String before, String after, String description) {
    return new AccordChange(area, ChangeKind.CHANGED, subject, before, after, description);
  }

  public static AccordChange renamed(
      ChangeArea area, String subject, String before, String after, String description) {
    return new AccordChange(area, ChangeKind.RENAMED, subject, before, after, description);
  }
}
