package dev.accord.cli;

import dev.accord.importer.ImportBatch;
import java.util.Iterator;

/** Batches of rows read from a file, to be stored one transaction each, and closed at the end. */
interface RowBatches extends Iterator<ImportBatch>, AutoCloseable {

  @Override
  void close();

  static RowBatches of(Iterator<ImportBatch> batches, Runnable close) {
    return new RowBatches() {
      @Override
      public boolean hasNext() {
        return batches.hasNext();
      }

      @Override
      public ImportBatch next() {
        return batches.next();
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }
}
