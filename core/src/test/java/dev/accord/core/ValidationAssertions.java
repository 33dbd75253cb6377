package dev.accord.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordValidator;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.Severity;
import java.util.List;

/** How the validation tests look for the one problem a broken accord should have. */
public final class ValidationAssertions {

  private ValidationAssertions() {}

  /**
   * The one problem the validator reports at the path whose message says the expected thing, after
   * checking its severity. Other problems may share the path, as an unreachable stage may also be a
   * duplicate one.
   */
  public static Problem problemAt(
      Accord accord, String path, Severity severity, String messageFragment) {
    List<Problem> problems = AccordValidator.validate(accord);
    List<Problem> here =
        problems.stream()
            .filter(p -> p.path().toString().equals(path))
            .filter(p -> p.message().contains(messageFragment))
            .toList();
    assertThat(here)
        .as("the problems at %s saying \"%s\", among %s", path, messageFragment, problems)
        .hasSize(1);
    Problem problem = here.getFirst();
    assertThat(problem.severity()).as("severity of %s", problem).isEqualTo(severity);
    assertThat(problem.hint()).isNotBlank();
    return problem;
  }

  public static Problem errorAt(Accord accord, String path, String messageFragment) {
    return problemAt(accord, path, Severity.ERROR, messageFragment);
  }

  public static Problem warningAt(Accord accord, String path, String messageFragment) {
    return problemAt(accord, path, Severity.WARNING, messageFragment);
  }
}
