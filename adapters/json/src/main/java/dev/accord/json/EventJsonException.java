package dev.accord.json;

/**
 * A line of Accord's JSON that cannot be read: not JSON at all, or an event (or an exception an
 * event raised) with a property missing, of the wrong kind or unknown. The message names the
 * property and the type, so a bad line in a file of millions can be found and fixed.
 */
public final class EventJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EventJsonException(String message) {
    super(message);
  }

  public EventJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
