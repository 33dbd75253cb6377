package dev.accord.core.field;

import static dev.accord.core.AccordFixture.field;
import static dev.accord.core.ValidationAssertions.errorAt;
import static dev.accord.core.ValidationAssertions.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.shared.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldValidationTest {

  private final AccordDraft draft = AccordFixture.draft();

  @Test
  void fieldIdsAreUniqueWithinAnObject() {
    draft.lead().fields.add(field("email", "Email", FieldType.STRING, List.of(), List.of()));

    errorAt(draft.build(), "objects[0].fields[7].id", "duplicate field `email`");
  }

  @Test
  void twoObjectsMayHaveAFieldOfTheSameName() {
    // Fields belong to their object: a lead's and an opportunity's `email` are different fields.
    draft.opportunity().fields.add(field("email", "Email", FieldType.EMAIL, List.of(), List.of()));

    assertThat(dev.accord.core.accord.AccordValidator.validate(draft.build())).isEmpty();
  }

  @Test
  void aFieldRequiredInAnUnknownStageIsAnError() {
    draft.lead().fields.set(0, email(List.of("mql", "sla")));

    Problem problem =
        errorAt(
            draft.build(),
            "objects[0].fields[0].required_in[1]",
            "field `email` is required in unknown stage `sla`");

    assertThat(problem.hint()).isEqualTo("did you mean `sal`?");
  }

  @Test
  void aFieldRequiredInAStageOfAnotherObjectIsAnError() {
    draft.lead().fields.set(0, email(List.of("won")));

    errorAt(
        draft.build(),
        "objects[0].fields[0].required_in[0]",
        "field `email` is required in stage `won`, which belongs to another object");
  }

  @Test
  void anEnumFieldWithoutValuesIsAnError() {
    draft.lead().fields.set(5, country(List.of()));

    errorAt(draft.build(), "objects[0].fields[5].values", "enum field `country` lists no values");
  }

  @Test
  void anEnumValueListedTwiceIsAWarning() {
    draft.lead().fields.set(5, country(List.of("US", "CA", "DE", "FR", "DE")));

    warningAt(
        draft.build(),
        "objects[0].fields[5].values[4]",
        "enum field `country` lists the value `DE` twice");
  }

  private static FieldDefinition email(List<String> requiredIn) {
    return field("email", "Email", FieldType.EMAIL, List.of(), requiredIn);
  }

  private static FieldDefinition country(List<String> values) {
    return field("country", "Country", FieldType.ENUM, values, List.of());
  }
}
