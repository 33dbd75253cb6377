package dev.accord.core.sla;

import dev.accord.core.calendar.BusinessDuration;
import java.util.Objects;

/** When an escalation step fires, relative to the SLA it guards. */
public sealed interface EscalationTrigger {

  /** Fires once this share of the SLA has elapsed, such as a reminder at 50%. */
  record ShareOfSla(int percent) implements EscalationTrigger {
    public ShareOfSla {
      if (percent < 1 || percent > 100) {
        throw new IllegalArgumentException("percent must be within 1..100: " + percent);
      }
    }

    @Override
    public String toString() {
      return percent + "%";
    }
  }

  /** Fires this long after the breach; a zero delay fires at the breach itself. */
  record AfterBreach(BusinessDuration delay) implements EscalationTrigger {
    public AfterBreach {
      Objects.requireNonNull(delay, "delay");
    }

    @Override
    public String toString() {
      return delay.amount() == 0 ? "breach" : "breach+" + delay;
    }
  }

  /** A sort key in minutes from the clock's start, given the SLA's nominal length. */
  default long nominalMinutes(BusinessDuration sla) {
    return switch (this) {
      case ShareOfSla share -> sla.nominalMinutes() * share.percent() / 100;
      case AfterBreach after -> sla.nominalMinutes() + after.delay().nominalMinutes();
    };
  }
}
