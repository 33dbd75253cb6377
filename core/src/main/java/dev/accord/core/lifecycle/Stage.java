package dev.accord.core.lifecycle;

import dev.accord.core.field.Condition;
import dev.accord.core.shared.Values;
import java.util.List;

/**
 * A step of a pipeline that everyone means the same thing by: its definition in words, and the
 * entry criteria a record must meet to be in it.
 *
 * @param id the stage's identifier, unique across the whole accord
 * @param name the name people see, such as "MQL"
 * @param definition what being in this stage means, in one or two sentences
 * @param entryCriteria conditions on fields that a record entering this stage must meet
 * @param entry whether records may start their life in this stage
 * @param terminal whether the stage ends the pipeline (no transition leaves it)
 */
public record Stage(
    String id,
    String name,
    String definition,
    List<Condition> entryCriteria,
    boolean entry,
    boolean terminal) {

  public Stage {
    id = Values.text(id);
    name = Values.text(name);
    definition = Values.text(definition);
    entryCriteria = Values.list(entryCriteria);
  }

  /** The name people see, falling back on the id. */
  public String displayName() {
    return name.isBlank() ? id : name;
  }
}
