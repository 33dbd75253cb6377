package dev.accord.importer;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Optional;

/**
 * A run of consecutive rows, handed to storage as one transaction: their events and findings go in
 * together with the number of the last row, so that an import killed midway resumes after it.
 */
public record ImportBatch(List<RowResult> rows) {

  public ImportBatch {
    rows = Values.list(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a batch holds at least one row");
    }
  }

  /** The number of the batch's last row: where a resumed import starts after. */
  public long lastRow() {
    return rows.getLast().rowNumber();
  }

  public List<RecordEvent> events() {
    return rows.stream().flatMap(row -> row.events().stream()).toList();
  }

  public List<ExceptionCase> findings() {
    return rows.stream().flatMap(row -> row.findings().stream()).toList();
  }

  public List<Quarantine> quarantined() {
    return rows.stream().map(RowResult::rejected).flatMap(Optional::stream).toList();
  }
}
