package dev.accord.core.duplicate;

import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.accord.AccordValidator;
import dev.accord.core.shared.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void theFixturesRuleIsValid() {
    assertThat(AccordValidator.validate(draft.build())).isEmpty();
  }

  @Test
  void aRuleForAnUnknownObjectIsAnErrorWithASuggestion() {
    draft.duplicates.set(0, rule("leed", "0.92", "0.9"));

    Problem problem =
        errorAt(draft.build(), "duplicates[0].object", "duplicate rule for unknown object `leed`");
    assertThat(problem.hint()).isEqualTo("did you mean `lead`?");
  }

  @Test
  void thresholdsOutsideZeroToOneAreErrors() {
    draft.duplicates.set(0, rule("lead", "1.5", "-0.1"));

    errorAt(
        draft.build(),
        "duplicates[0].name_similarity",
        "the duplicate rule for `lead` asks for a similarity of 1.5, outside 0..1");
    errorAt(
        draft.build(),
        "duplicates[0].company_similarity",
        "the duplicate rule for `lead` asks for a similarity of -0.1, outside 0..1");
  }

  @Test
  void theBoundsThemselvesAreSimilarities() {
    draft.duplicates.set(0, rule("lead", "0", "1"));

    assertThat(AccordValidator.validate(draft.build())).isEmpty();
  }

  @Test
  void aSecondRuleForTheSameObjectIsAnError() {
    draft.duplicates.add(rule("lead", "0.9", "0.9"));

    errorAt(draft.build(), "duplicates[1].object", "a second duplicate rule for object `lead`");
  }

  @Test
  void aRuleWithoutSignalsIsAWarning() {
    draft.duplicates.set(0, new DuplicateRule("lead", List.of(), BigDecimal.ONE, BigDecimal.ONE));

    warningAt(
        draft.build(),
        "duplicates[0].signals",
        "the duplicate rule for `lead` counts no signal, so it finds nothing");
  }

  private static DuplicateRule rule(String object, String name, String company) {
    return new DuplicateRule(
        object, List.of(DuplicateSignal.EMAIL), new BigDecimal(name), new BigDecimal(company));
  }
}
