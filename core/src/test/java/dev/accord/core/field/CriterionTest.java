package dev.accord.core.field;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriterionTest {

  /** The placeholders are Acme's: N/A and -. */
  private static final Placeholders FIELDS =
      Placeholders.of(List.of(), AccordFixture.acme().sentinels());

  @ParameterizedTest(name = "{0} {1} {2} on \"{3}\" -> {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "<absent>",
      textBlock =
          """
          # Numbers compare as numbers when both sides read as numbers.
          employees | GTE      | 1000      | 1000.0       | true
          employees | GT       | 1000      | 999          | false
          employees | GT       | 1000      | 1e4          | true
          employees | LT       | 1000      | ' -5 '       | true
          employees | EQ       | 50        | 050          | true
          # Otherwise as text, ignoring case: "9" sorts after "10".
          employees | GT       | 10        | 9 people     | true
          tier      | LTE      | gold      | Bronze       | true
          country   | EQ       | de        | DE           | true
          country   | NE       | de        | FR           | true
          country   | IN       | US,CA     | ca           | true
          country   | IN       | US,CA     | DE           | false
          country   | NOT_IN   | US,CA     | DE           | true
          title     | CONTAINS | vp        | SVP Sales    | true
          title     | CONTAINS | vp        | Director     | false
          # Present and absent honour placeholders; a missing value meets no comparison.
          email     | PRESENT  | <absent>  | a@b.io       | true
          email     | PRESENT  | <absent>  | N/A          | false
          email     | PRESENT  | <absent>  | ''           | false
          email     | ABSENT   | <absent>  | n/a          | true
          email     | ABSENT   | <absent>  | <absent>     | true
          country   | NE       | US        | <absent>     | false
          country   | NOT_IN   | US        | ' - '        | false
          """)
  void criteriaCompareAsTheAccordMeansThem(
      String field, Operator operator, String values, String value, boolean met) {
    List<String> operands = values == null ? List.of() : List.of(values.split(","));
    Criterion criterion = new Criterion(new Condition(field, operator, operands));
    Map<String, String> fields = value == null ? Map.of() : Map.of(field, value);

    assertThat(criterion.isMetBy(fields, FIELDS)).isEqualTo(met);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          42        | 42
          -3.5      | -3.5
          +.5       | 0.5
          1.        | 1
          2E3       | 2000
          """)
  void numbersAreRecognisedWithoutGuessing(String text, BigDecimal expected) {
    assertThat(Criterion.number(text))
        .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
  }

  @ParameterizedTest
  @CsvSource({"''", "-", "1.2.3", "12abc", "1e", "1e+", "0x10", "'1,000'", "1e99999999999"})
  void textThatIsNotANumberIsNone(String text) {
    assertThat(Criterion.number(text)).isEmpty();
  }
}
