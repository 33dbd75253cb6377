package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.AccordValidator;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateSectionTest {

  private static final String HEAD =
      """
      schema_version: 1
      accord:
        name: Acme
      objects:
        - id: lead
          name: Lead
          pipelines: []
      duplicates:
      """;

  @Test
  void aRuleThatLeavesOutItsSignalsAndThresholdsCountsEverySignalAtTheDefaults() {
    var result = new AccordFileReader().read("accord.yaml", HEAD + "  - object: lead\n");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.accord().orElseThrow().duplicates())
        .containsExactly(
            new DuplicateRule(
                "lead",
                List.of(DuplicateSignal.values()),
                new BigDecimal("0.92"),
                new BigDecimal("0.90")));
  }

  @Test
  void thresholdsAndSignalsAreReadAsWritten() {
    var result =
        new AccordFileReader()
            .read(
                "accord.yaml",
                HEAD
                    + """
                      - object: lead
                        signals: [email, name_and_company]
                        name_similarity: 0.95
                        company_similarity: 0.8
                    """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.accord().orElseThrow().duplicateRule("lead"))
        .contains(
            new DuplicateRule(
                "lead",
                List.of(DuplicateSignal.EMAIL, DuplicateSignal.NAME_AND_COMPANY),
                new BigDecimal("0.95"),
                new BigDecimal("0.8")));
  }

  @Test
  void aMisspeltKeyIsUnknownWithAGuess() {
    String text = HEAD + "  - object: lead\n    name_similarty: 0.9\n";

    assertThat(Problems.of(text))
        .containsExactly("10:5 unknown key `name_similarty` in this duplicate rule");
    assertThat(Problems.hintAt(text, 10, 5))
        .isEqualTo(
            "did you mean `name_similarity`? the keys here are: object, signals,"
                + " name_similarity, company_similarity");
  }

  @Test
  void anUnknownSignalIsNamedWithTheAllowedOnes() {
    String text = HEAD + "  - object: lead\n    signals: [emial]\n";

    assertThat(Problems.of(text))
        .containsExactly("10:15 `signals`: unknown duplicate signal `emial`");
    assertThat(Problems.hintAt(text, 10, 15))
        .isEqualTo("did you mean `email`? allowed: email, phone, name_and_company");
  }

  @Test
  void theDefaultAccordLooksForLeadDuplicatesWithoutAnyProblem() {
    var accord =
        new AccordFileReader().read("default", DefaultAccord.text()).accord().orElseThrow();

    assertThat(accord.duplicateRule("lead"))
        .contains(
            new DuplicateRule(
                "lead",
                List.of(DuplicateSignal.values()),
                new BigDecimal("0.92"),
                new BigDecimal("0.90")));
    assertThat(AccordValidator.validate(accord)).isEmpty();
  }
}
