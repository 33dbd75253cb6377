package dev.accord.storage;

import dev.accord.core.routing.Absence;
import java.util.Objects;

/** A time someone is out of office, as the store keeps it: with its id and a note. */
public record StoredAbsence(long id, Absence absence, String note) {

  public StoredAbsence {
    Objects.requireNonNull(absence, "absence");
    Objects.requireNonNull(note, "note");
  }
}
