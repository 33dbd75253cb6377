package dev.accord.storage;

import java.util.Objects;

/**
 * How far an import has come: the rows of a file (named by its import key) that are stored. It is
 * written in the same transaction as those rows, so an import killed midway resumes after exactly
 * the rows that were kept.
 *
 * @param importKey names the import, such as the file and mapping it reads
 * @param rowsDone how many rows of it are stored
 */
public record ImportCheckpoint(String importKey, long rowsDone) {

  public ImportCheckpoint {
    Objects.requireNonNull(importKey, "importKey");
    if (rowsDone < 0) {
      throw new IllegalArgumentException("rowsDone must not be negative: " + rowsDone);
    }
  }
}
