package dev.accord.generator;

import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.Enforcement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * One record's fields as the story goes: what was written when it was created, the gaps planted in
 * it, and the changes made before each move so that the stage it enters finds its entry criteria
 * met and, mostly, its required fields filled.
 */
final class RecordSheet {

  private final String recordId;
  private final ObjectForm form;
  private final Map<String, Optional<String>> gaps;
  private final Scene scene;
  private final Subject subject;
  private final SplittableRandom random;
  private final List<Truth> facts;
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> written = new HashSet<>();

  RecordSheet(
      String recordId,
      ObjectForm form,
      Map<String, Optional<String>> gaps,
      Scene scene,
      Subject subject,
      SplittableRandom random,
      List<Truth> facts) {
    this.recordId = recordId;
    this.form = form;
    this.gaps = gaps;
    this.scene = scene;
    this.subject = subject;
    this.random = random;
    this.facts = facts;
  }

  /**
   * The values the record is created with in the stage: the fields chosen, any inherited value
   * taking the place of a fresh one, then whatever the stage's entry criteria demand.
   */
  Map<String, String> create(
      String stage, Predicate<FieldDefinition> chosen, Map<String, String> inherited, Instant at) {
    Map<String, String> created = new HashMap<>();
    for (FieldDefinition field : form.fields()) {
      if (!chosen.test(field)) {
        continue;
      }
      String handed = inherited.get(field.id());
      if (handed != null && !scene.fields().isEmpty(field, handed)) {
        written.add(field.id());
        created.put(field.id(), handed);
      } else {
        write(field, at, created);
      }
    }
    meet(stage, at, created);
    values.putAll(created);
    return created;
  }

  /**
   * The changes to make before entering the stage: fields never written yet (a subscriber's first
   * form fill), the stage's entry criteria, and its required fields — each gap filled with the
   * given chance, or always when the accord blocks on missing fields.
   */
  Map<String, String> prepare(String stage, Instant at, double fillChance) {
    Map<String, String> changes = new HashMap<>();
    if (written.size() < form.fields().size()) {
      for (FieldDefinition field : form.fields()) {
        if (!written.contains(field.id())) {
          write(field, at, changes);
        }
      }
    }
    meet(stage, at, changes);
    boolean block = scene.accord().guardrails().requiredFields() == Enforcement.BLOCK;
    for (FieldDefinition field : form.requiredIn(stage)) {
      if (isEmpty(field, current(field.id(), changes))
          && (block || random.nextDouble() < fillChance)) {
        String fresh = scene.fields().value(field, subject, at, random);
        if (!scene.fields().isEmpty(field, fresh)) {
          changes.put(field.id(), fresh);
        }
      }
    }
    values.putAll(changes);
    return changes;
  }

  Map<String, String> values() {
    return values;
  }

  /** Sets a value outside the flow of stages, such as a re-score. */
  void set(String field, String value) {
    written.add(field);
    values.put(field, value);
  }

  boolean declares(String field) {
    return form.field(field).isPresent();
  }

  private void meet(String stage, Instant at, Map<String, String> changes) {
    for (ObjectForm.Criterion criterion : form.criteria(stage)) {
      Condition condition = criterion.condition();
      FieldDefinition field = criterion.field();
      if (!scene.criteria().meets(condition, field, current(field.id(), changes))) {
        changes.put(field.id(), scene.criteria().meeting(condition, field, subject, at, random));
        written.add(field.id());
      }
    }
  }

  /** Writes the field for the first time: its own value, or the gap planted in it. */
  private void write(FieldDefinition field, Instant at, Map<String, String> into) {
    written.add(field.id());
    if (gaps.containsKey(field.id())) {
      Optional<String> placeholder = gaps.get(field.id());
      facts.add(new Truth.DataGap(recordId, field.id(), placeholder));
      placeholder.ifPresent(value -> into.put(field.id(), value));
    } else {
      into.put(field.id(), scene.fields().value(field, subject, at, random));
    }
  }

  private Optional<String> current(String field, Map<String, String> changes) {
    return Optional.ofNullable(changes.containsKey(field) ? changes.get(field) : values.get(field));
  }

  private boolean isEmpty(FieldDefinition field, Optional<String> value) {
    return value.map(v -> scene.fields().isEmpty(field, v)).orElse(true);
  }
}
