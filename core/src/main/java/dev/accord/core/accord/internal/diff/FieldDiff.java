package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.FIELD;
import static dev.accord.core.accord.ChangeArea.REQUIRED_FIELD;
import static dev.accord.core.accord.internal.Wording.named;

import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.ObjectType;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one object: which came and went, their labels, types, allowed values and own
 * sentinels, and the stages that cannot be entered without them.
 */
final class FieldDiff {

  private FieldDiff() {}

  static List<AccordChange> between(ObjectType before, ObjectType after) {
    ChangeList changes = new ChangeList();
    String object = " object `" + after.id() + "`";
    Counterparts.walk(
        before.fields(),
        after.fields(),
        FieldDefinition::id,
        gone ->
            about(changes, after, gone)
                .removed(
                    label(gone),
                    "Field " + named(gone.id(), gone.label()) + " was removed from" + object + "."),
        fresh ->
            about(changes, after, fresh)
                .added(
                    label(fresh),
                    "Field "
                        + named(fresh.id(), fresh.label())
                        + " was added to"
                        + object
                        + " as a "
                        + Wording.words(fresh.type())
                        + " field."),
        (was, now) -> kept(changes, about(changes, after, now), was, now));
    return changes.toList();
  }

  private static ChangeList.Subject about(
      ChangeList changes, ObjectType object, FieldDefinition field) {
    return changes.about(FIELD, "field " + object.id() + "." + field.id());
  }

  private static String label(FieldDefinition field) {
    return field.label().isBlank() ? field.id() : field.label();
  }

  private static void kept(
      ChangeList changes, ChangeList.Subject field, FieldDefinition before, FieldDefinition after) {
    String thing = "Field `" + after.id() + "`";
    field.ifRenamed(before.label(), after.label(), thing);
    field.ifChanged(
        before.type(),
        after.type(),
        Wording::words,
        (was, now) -> thing + " is now a " + now + " field (was " + was + ").");
    valuesOf(field, thing, "allows %s", before.values(), after.values());
    valuesOf(field, thing, "counts %s as empty", before.sentinels(), after.sentinels());
    Delta<String> required = Delta.of(before.requiredIn(), after.requiredIn());
    required
        .removed()
        .forEach(stage ->
            requirement(changes, after, stage)
                .removed("required", thing + " is no longer required to enter `" + stage + "`."));
    required
        .added()
        .forEach(stage ->
            requirement(changes, after, stage)
                .added("required", thing + " is now required to enter `" + stage + "`."));
  }

  private static ChangeList.Subject requirement(
      ChangeList changes, FieldDefinition field, String stage) {
    return changes.about(REQUIRED_FIELD, "field " + field.id() + " in " + stage);
  }

  /**
   * The allowed values or the sentinels of a field, which change as a set; {@code verb} says what
   * the field does with a value, such as "allows %s".
   */
  private static void valuesOf(
      ChangeList.Subject field,
      String thing,
      String verb,
      List<String> before,
      List<String> after) {
    Delta<String> delta = Delta.of(before, after);
    if (delta.isEmpty()) {
      return;
    }
    List<String> clauses = new ArrayList<>();
    if (!delta.added().isEmpty()) {
      clauses.add("now " + verb.formatted(quoted(delta.added())));
    }
    if (!delta.removed().isEmpty()) {
      clauses.add("no longer " + verb.formatted(quoted(delta.removed())));
    }
    field.changed(
        String.join(", ", before),
        String.join(", ", after),
        thing + " " + String.join(" and ", clauses) + ".");
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(value -> "\"" + value + "\"").toList());
  }
}
