package dev.accord.notify;

/** A notification a channel could not deliver this time, and why. */
public class DeliveryException extends Exception {

  private static final long serialVersionUID = 1L;

  public DeliveryException(String message) {
    super(message);
  }

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
