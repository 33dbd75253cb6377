package dev.accord.importer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One pass over a data file, handing out its rows in batches. It holds one batch at a time, so a
 * file of any size is read in constant memory. Rows up to the resume point are read through but not
 * handed out. A row after which nothing can be read (a quote that never closes) is handed out as
 * quarantined, and the pass ends there.
 */
public final class ImportRun implements Iterator<ImportBatch>, AutoCloseable {

  private final RowSource rows;
  private final RowMapper mapper;
  private final long startAfterRow;
  private final int batchSize;
  private Optional<RowResult> pending = Optional.empty();
  private boolean ended;
  private long rowsRead;

  ImportRun(RowSource rows, RowMapper mapper, long startAfterRow, int batchSize) {
    this.rows = rows;
    this.mapper = mapper;
    this.startAfterRow = startAfterRow;
    this.batchSize = batchSize;
  }

  @Override
  public boolean hasNext() {
    if (pending.isEmpty()) {
      pending = advance();
    }
    return pending.isPresent();
  }

  @Override
  public ImportBatch next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the file has no more rows");
    }
    List<RowResult> batch = new ArrayList<>(batchSize);
    while (batch.size() < batchSize && hasNext()) {
      batch.add(pending.orElseThrow());
      pending = Optional.empty();
    }
    return new ImportBatch(batch);
  }

  /** The batches still to come, as a stream. */
  public Stream<ImportBatch> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * How many data rows this pass has read so far, those read through before the resume point too.
   */
  public long rowsRead() {
    return rowsRead;
  }

  /** The next row after the resume point, or empty at the end. */
  private Optional<RowResult> advance() {
    while (!ended) {
      Optional<SourceRow> next = rows.next();
      if (next.isEmpty()) {
        ended = true;
        return Optional.empty();
      }
      rowsRead++;
      RowResult result =
          switch (next.get()) {
            case SourceRow.Fields fields -> mapper.map(fields);
            case SourceRow.Defective defective -> {
              ended = defective.endsReading();
              yield RowResult.quarantined(defective.quarantine());
            }
          };
      if (result.rowNumber() > startAfterRow) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    rows.close();
  }
}
