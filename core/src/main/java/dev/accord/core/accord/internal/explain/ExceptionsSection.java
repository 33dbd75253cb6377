package dev.accord.core.accord.internal.explain;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.internal.Wording;
import dev.accord.core.queue.ExceptionPolicy;

/** Who resolves each type of exception, how much it hurts and how long the owner has. */
public final class ExceptionsSection {

  private ExceptionsSection() {}

  public static void write(Accord accord, Text text) {
    text.heading("Exceptions");
    for (ExceptionPolicy policy : accord.exceptions()) {
      text.line(
          0,
          Wording.key(policy.type())
              + ": owned by "
              + policy.owner()
              + ", "
              + Wording.words(policy.severity())
              + " severity, to be resolved within "
              + policy.sla().describe());
    }
    text.line(
        0,
        accord.exceptions().isEmpty()
            ? "Every type of exception goes to its default owner, severity and SLA."
            : "Every other type of exception goes to its default owner, severity and SLA.");
  }
}
