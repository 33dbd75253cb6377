package dev.accord.importer;

import java.util.Objects;

/**
 * A row that could not become events — ragged, without a record id, with a date no format reads,
 * with a field too large — set aside with the reason, so that the import goes on and nothing is
 * lost: the quarantine file lists each such row for someone to fix and import again.
 *
 * @param rowNumber the data row, counted from 1 after the header (JSON lines: the n-th record)
 * @param column the column at fault; empty when the row as a whole is
 * @param reason what is wrong, in one sentence
 * @param raw the row as the file wrote it, cut at {@link #MAX_RAW_CHARS} characters
 */
public record Quarantine(long rowNumber, String column, String reason, String raw) {

  /** How much of a row the quarantine keeps: 64 Ki characters, enough to see what went wrong. */
  public static final int MAX_RAW_CHARS = 65_536;

  public Quarantine {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(raw, "raw");
    if (raw.length() > MAX_RAW_CHARS) {
      raw =
          raw.substring(0, MAX_RAW_CHARS)
              + "... ["
              + (raw.length() - MAX_RAW_CHARS)
              + " more characters]";
    }
  }
}
