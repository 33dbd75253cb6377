package dev.accord.core.lifecycle;

import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.List;

/** The checks on the guardrails: a reorder window cannot reach back before it starts. */
public final class GuardrailChecks {

  private GuardrailChecks() {}

  public static List<Problem> check(Guardrails guardrails) {
    if (guardrails.reorderWindow().isNegative()) {
      return List.of(
          Problem.error(
              SourcePath.root().key("guardrails").key("reorder_window"),
              "the reorder window is negative: " + guardrails.reorderWindow(),
              "give a window of zero or more, such as `1h`"));
    }
    return List.of();
  }
}
