package dev.accord.cli;

import dev.accord.core.event.RecordEvent;
import dev.accord.importer.ImportBatch;
import dev.accord.importer.Quarantine;
import dev.accord.importer.RowResult;
import dev.accord.json.EventJson;
import dev.accord.json.EventJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A file of Accord events, one JSON object per line, as {@code accord generate} writes them: each
 * line is a row, and a line that is not a valid event is quarantined with the reason.
 */
final class EventFileSource implements ImportCommand.EventSource {

  private final Path file;

  EventFileSource(Path file) {
    this.file = file;
  }

  @Override
  public String name() {
    return "events:" + file.getFileName();
  }

  @Override
  public RowBatches read(long startAfterRow, int batchSize) {
    BufferedReader reader = open();
    return new RowBatches() {
      private long lineNumber;
      private boolean exhausted;
      private ImportBatch next = advance();

      private ImportBatch advance() {
        if (exhausted) {
          return null;
        }
        List<RowResult> rows = new ArrayList<>(batchSize);
        try {
          String line;
          while (rows.size() < batchSize && (line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber > startAfterRow && !line.isBlank()) {
              rows.add(row(lineNumber, line));
            }
          }
        } catch (CharacterCodingException e) {
          // A decoder cannot find its way back in after bad bytes: the rest is one quarantined row.
          rows.add(quarantined(lineNumber + 1, "", "the file is not UTF-8 from here on", ""));
          exhausted = true;
          closeQuietly();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return rows.isEmpty() ? null : new ImportBatch(rows);
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public ImportBatch next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        ImportBatch current = next;
        next = advance();
        return current;
      }

      @Override
      public void close() {
        closeQuietly();
      }

      private void closeQuietly() {
        try {
          reader.close();
        } catch (IOException ignored) {
          // Nothing is lost: every row read was already handed out.
        }
      }
    };
  }

  private static RowResult row(long lineNumber, String line) {
    try {
      RecordEvent event = EventJson.read(line);
      return new RowResult(lineNumber, List.of(event), List.of(), Optional.empty());
    } catch (EventJsonException notAnEvent) {
      return quarantined(lineNumber, "", notAnEvent.getMessage(), line);
    }
  }

  private static RowResult quarantined(long lineNumber, String column, String reason, String raw) {
    return new RowResult(
        lineNumber,
        List.of(),
        List.of(),
        Optional.of(new Quarantine(lineNumber, column, reason, raw)));
  }

  private BufferedReader open() {
    try {
      return new BufferedReader(
          new java.io.InputStreamReader(
              Files.newInputStream(file),
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)));
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), "check the file");
    }
  }
}
