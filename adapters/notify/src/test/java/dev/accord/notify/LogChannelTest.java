package dev.accord.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The log channel writes one warning per notification, naming the record and the recipients. */
class LogChannelTest {

  /** A logger that keeps what it is given. */
  static final class Kept implements System.Logger {
    final List<String> lines = new ArrayList<>();

    @Override
    public String getName() {
      return "kept";
    }

    @Override
    public boolean isLoggable(Level level) {
      return true;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(level + " " + msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(level + " " + MessageFormat.format(format, params));
    }
  }

  @Test
  void aNotificationIsAWarningLine() {
    Kept logger = new Kept();
    Notification reminder = Escalations.notification(Escalations.ofUntouchedLead().getFirst());

    new LogChannel(logger).deliver(reminder);

    assertThat(logger.lines)
        .containsExactly(
            "WARNING Reminder: Speed to lead for record L-42 is due Tue 6 Jan 2026 10:15 EST — Record"
                + " L-42 is waiting: Speed to lead is due Tue 6 Jan 2026 10:15 EST (15 business"
                + " minutes, owned by sdr). [to jake]");
  }
}
