package dev.accord.importer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file rows that could not be imported are set aside in: a UTF-8 CSV with the columns {@code
 * row, column, reason, raw}, appended to, so that a resumed import adds to what the first run
 * wrote. A new file starts with the header.
 */
public final class QuarantineFile implements AutoCloseable {

  private final CsvWriter csv;
  private long written;

  private QuarantineFile(CsvWriter csv) {
    this.csv = csv;
  }

  /** Opens the file for appending, creating it (with its header) when it does not exist. */
  public static QuarantineFile append(Path file) {
    try {
      boolean fresh = !Files.exists(file) || Files.size(file) == 0;
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      QuarantineFile quarantine =
          new QuarantineFile(
              CsvWriter.builder()
                  .lineDelimiter(LineDelimiter.LF)
                  .build(
                      file,
                      StandardCharsets.UTF_8,
                      StandardOpenOption.CREATE,
                      StandardOpenOption.APPEND));
      if (fresh) {
        quarantine.csv.writeRecord("row", "column", "reason", "raw");
      }
      return quarantine;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the quarantine file " + file, e);
    }
  }

  public void write(Quarantine entry) {
    csv.writeRecord(Long.toString(entry.rowNumber()), entry.column(), entry.reason(), entry.raw());
    written++;
  }

  /**
   * Writes every quarantined row of the batch and makes them durable before the batch is stored.
   */
  public void write(ImportBatch batch) {
    batch.quarantined().forEach(this::write);
    flush();
  }

  /** How many entries this writer has added. */
  public long written() {
    return written;
  }

  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the quarantine file", e);
    }
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the quarantine file", e);
    }
  }
}
