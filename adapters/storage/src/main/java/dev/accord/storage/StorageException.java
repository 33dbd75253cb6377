package dev.accord.storage;

/**
 * The database refused or failed a read or a write. When it happens during {@link Store#ingest} the
 * whole call has been rolled back: nothing of its events, exceptions or checkpoint was kept.
 */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
