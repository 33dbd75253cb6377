package dev.accord.importer;

import java.io.Serial;

/**
 * The data file could no longer be read while an import was under way: it vanished, became
 * unreadable, or changed so that its encoding broke after it had been checked. Rows handed out
 * before stay good; the import can be resumed after the last stored row.
 */
public final class ImportException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
