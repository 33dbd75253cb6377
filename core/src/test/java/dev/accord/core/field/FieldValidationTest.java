package dev.accord.core.field;

import static dev.accord.core.AccordFixtures.field;
import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordFixtures;
import dev.accord.core.AccordFixtures.Draft;
import dev.accord.core.shared.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValidationTest {

  private final Draft draft = AccordFixtures.draft();

  @Test
  void fieldIdsAreUniqueWithinAnObject() {
    draft.leadFields.add(field("email", FieldType.STRING, List.of(), List.of()));

    errorAt(draft.build(), "objects[0].fields[5].id", "duplicate field `email`");
  }

  @Test
  void twoObjectsMayHaveAFieldOfTheSameName() {
    // Fields belong to their object: a lead's and an opportunity's `email` are different fields.
    draft.opportunityFields.add(field("email", FieldType.EMAIL, List.of(), List.of()));

    assertThat(dev.accord.core.accord.AccordValidator.validate(draft.build())).isEmpty();
  }

  @Test
  void aFieldRequiredInAnUnknownStageIsAnError() {
    draft.leadFields.set(0, field("email", FieldType.EMAIL, List.of(), List.of("mql", "sla")));

    Problem problem =
        errorAt(
            draft.build(),
            "objects[0].fields[0].required_in[1]",
            "field `email` is required in unknown stage `sla`");

    assertThat(problem.hint()).isEqualTo("did you mean `sal`?");
  }

  @Test
  void aFieldRequiredInAStageOfAnotherObjectIsAnError() {
    draft.leadFields.set(0, field("email", FieldType.EMAIL, List.of(), List.of("won")));

    errorAt(
        draft.build(),
        "objects[0].fields[0].required_in[0]",
        "field `email` is required in stage `won`, which belongs to another object");
  }

  @Test
  void anEnumFieldWithoutValuesIsAnError() {
    draft.leadFields.set(2, field("country", FieldType.ENUM, List.of(), List.of()));

    errorAt(draft.build(), "objects[0].fields[2].values", "enum field `country` lists no values");
  }

  @Test
  void anEnumValueListedTwiceIsAWarning() {
    draft.leadFields.set(
        2, field("country", FieldType.ENUM, List.of("US", "CA", "DE", "FR", "DE"), List.of()));

    warningAt(
        draft.build(),
        "objects[0].fields[2].values[4]",
        "enum field `country` lists the value `DE` twice");
  }
}
