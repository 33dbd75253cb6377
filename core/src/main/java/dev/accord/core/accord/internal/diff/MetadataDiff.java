package dev.accord.core.accord.internal.diff;

import static dev.accord.core.accord.ChangeArea.METADATA;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordChange;
import dev.accord.core.accord.AccordInfo;
import dev.accord.core.accord.internal.Wording;
import java.util.List;

/** What the accord is called, which version it is, and the file format it is written in. */
public final class MetadataDiff {

  private MetadataDiff() {}

  public static List<AccordChange> between(Accord before, Accord after) {
    ChangeList changes = new ChangeList();
    changes
        .about(METADATA, "accord schema_version")
        .ifChanged(
            before.schemaVersion(),
            after.schemaVersion(),
            String::valueOf,
            (was, now) ->
                "The accord file format changed from schema version " + was + " to " + now + ".");
    AccordInfo old = before.info();
    AccordInfo current = after.info();
    changes.about(METADATA, "accord name").ifRenamed(old.name(), current.name(), "The accord");
    changes
        .about(METADATA, "accord version")
        .ifChanged(
            old.version(),
            current.version(),
            String::valueOf,
            (was, now) -> "The accord version changed from " + was + " to " + now + ".");
    changes
        .about(METADATA, "accord description")
        .ifChanged(
            old.description(),
            current.description(),
            Wording::shortText,
            (was, now) -> "The description of the accord changed.");
    return changes.toList();
  }
}
