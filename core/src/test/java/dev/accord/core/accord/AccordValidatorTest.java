package dev.accord.core.accord;

import static dev.accord.core.ValidationAssertions.errorAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.shared.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccordValidatorTest {

  @Test
  void theFixtureIsAValidAccordWithoutASingleWarning() {
    // Every other test breaks this accord in one place; a problem here would leak into all of them.
    assertThat(AccordValidator.validate(AccordFixture.acme())).isEmpty();
  }

  @Test
  void anUnknownSchemaVersionIsAnError() {
    AccordDraft draft = AccordFixture.draft();
    draft.schemaVersion = 2;

    Problem problem = errorAt(draft.build(), "schema_version", "schema version 2");

    assertThat(problem.hint()).isEqualTo("write `schema_version: 1`");
  }

  @Test
  void aBlankNameIsAnError() {
    AccordDraft draft = AccordFixture.draft();
    draft.info = new AccordInfo("  ", 1, "");

    errorAt(draft.build(), "accord.name", "the accord has no name");
  }

  @Test
  void aVersionBelowOneIsAnError() {
    AccordDraft draft = AccordFixture.draft();
    draft.info = new AccordInfo("Acme", 0, "");

    errorAt(draft.build(), "accord.version", "accord version 0 is below 1");
  }

  @Test
  void everyProblemIsReportedAtOnceInTheOrderOfTheFile() {
    // An author fixes all their mistakes in one pass, so the first one must not hide the others.
    AccordDraft draft = AccordFixture.draft();
    draft.schemaVersion = 3;
    draft.info = new AccordInfo("", 0, "");
    draft.goals.clear();
    draft.fallbackQueue = java.util.Optional.of("ops");

    List<String> paths =
        AccordValidator.validate(draft.build()).stream().map(p -> p.path().toString()).toList();

    assertThat(paths)
        .containsExactly(
            "schema_version", "accord.name", "accord.version", "routing.fallback_queue");
  }
}
