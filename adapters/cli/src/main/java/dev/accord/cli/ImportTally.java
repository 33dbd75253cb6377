package dev.accord.cli;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.lifecycle.Verdict;
import dev.accord.importer.ImportBatch;
import dev.accord.importer.RowResult;
import dev.accord.storage.Arrival;
import dev.accord.storage.EventReceipt;
import dev.accord.storage.IngestReport;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts what an import did, row by row: a row is a duplicate when everything it says was stored
 * already, rejected when it was quarantined or all its new events were refused, flagged when it
 * raised findings or exceptions, and accepted when it added something new.
 */
final class ImportTally {

  private long read;
  private long accepted;
  private long flagged;
  private long rejected;
  private long duplicates;

  /** The {@code --json} form of the summary. */
  record Summary(
      long read, long accepted, long flagged, long rejected, long duplicates, String quarantine) {}

  void add(ImportBatch batch, IngestReport report) {
    Map<String, EventReceipt> receipts = new HashMap<>();
    for (EventReceipt receipt : report.receipts()) {
      receipts.put(receipt.idempotencyKey(), receipt);
    }
    for (RowResult row : batch.rows()) {
      read++;
      count(row, receipts);
    }
  }

  private void count(RowResult row, Map<String, EventReceipt> receipts) {
    if (row.isQuarantined()) {
      rejected++;
      return;
    }
    boolean anyNew = false;
    boolean anyApplied = false;
    boolean anyFlag = !row.findings().isEmpty();
    for (RecordEvent event : row.events()) {
      EventReceipt receipt = receipts.get(event.idempotencyKey());
      if (receipt == null || receipt.arrival() == Arrival.DUPLICATE) {
        continue;
      }
      anyNew = true;
      Verdict verdict = receipt.verdict().orElse(Verdict.REJECTED);
      anyApplied |= verdict != Verdict.REJECTED;
      anyFlag |= !receipt.exceptions().isEmpty();
    }
    if (!anyNew) {
      duplicates++;
    } else if (!anyApplied) {
      rejected++;
    } else {
      accepted++;
      if (anyFlag) {
        flagged++;
      }
    }
  }

  long read() {
    return read;
  }

  Summary summary(String quarantine) {
    return new Summary(read, accepted, flagged, rejected, duplicates, quarantine);
  }
}
