package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.shared.Severity;
import org.junit.jupiter.api.Test;

/** Diagnostics print as compilers print theirs, so editors and CI can place them. */
class DiagnosticTest {

  @Test
  void formatsWithLineAndColumnThenTheHint() {
    Diagnostic diagnostic =
        new Diagnostic(
            "accord.yaml",
            7,
            5,
            Severity.ERROR,
            "unknown key `pipline` in this object",
            "did you mean `pipelines`?");

    assertThat(diagnostic.format())
        .isEqualTo(
            "accord.yaml:7:5: error: unknown key `pipline` in this object\n"
                + "  hint: did you mean `pipelines`?");
  }

  @Test
  void leavesOutThePositionWhenThereIsNone() {
    Diagnostic diagnostic =
        new Diagnostic("missing.yaml", 0, 0, Severity.ERROR, "no such file", "check the path");

    assertThat(diagnostic.format())
        .isEqualTo("missing.yaml: error: no such file\n  hint: check the path");
  }

  @Test
  void printsAWarningAsOne() {
    Diagnostic diagnostic =
        new Diagnostic("accord.yaml", 3, 1, Severity.WARNING, "stage `x` is unreachable", "");

    assertThat(diagnostic.format()).isEqualTo("accord.yaml:3:1: warning: stage `x` is unreachable");
  }
}
