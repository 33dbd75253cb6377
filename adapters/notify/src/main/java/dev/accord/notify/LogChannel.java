package dev.accord.notify;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Writes notifications to the log, at WARNING: the channel that is always there. */
public final class LogChannel implements NotificationChannel {

  private final Logger logger;

  public LogChannel(Logger logger) {
    this.logger = logger;
  }

  /** The log of Accord's notifications. */
  public static LogChannel standard() {
    return new LogChannel(System.getLogger("dev.accord.notify"));
  }

  @Override
  public String id() {
    return "log";
  }

  @Override
  public void deliver(Notification notification) {
    logger.log(
        Level.WARNING,
        "{0} — {1} [to {2}]",
        notification.subject(),
        notification.text(),
        String.join(", ", notification.recipients()));
  }
}
