package dev.accord.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class KnownIdsTest {

  private final KnownIds stages = KnownIds.of("stage", List.of("mql", "sal", "sql", "won"));

  @Test
  void aSwapOfTwoLettersIsOneTypo() {
    assertThat(stages.hintFor("slq")).isEqualTo("did you mean `sql`?");
  }

  @Test
  void caseIsIgnoredWhenGuessing() {
    assertThat(stages.hintFor("SAL")).isEqualTo("did you mean `sal`?");
  }

  @Test
  void aWordTooFarFromEveryIdGetsTheListOfIds() {
    assertThat(stages.hintFor("disqualified"))
        .isEqualTo("use one of the known stage ids: `mql`, `sal`, `sql`, `won`");
  }

  @Test
  void aLongListIsCutShort() {
    KnownIds many =
        KnownIds.of("team", IntStream.rangeClosed(1, 14).mapToObj(i -> "team_" + i).toList());

    assertThat(many.hintFor("marketing")).endsWith("`team_12`, ...");
  }

  @Test
  void nothingDeclaredSaysSo() {
    assertThat(KnownIds.of("calendar", List.of()).hintFor("us_east"))
        .isEqualTo("the accord declares no calendar yet: declare it first");
  }

  @Test
  void blankIdsAreNotKnown() {
    KnownIds withBlank = KnownIds.of("team", List.of("", "sdr", " "));

    assertThat(withBlank.ids()).containsExactly("sdr");
    assertThat(withBlank.unknown("", SourcePath.parse("teams[0].id"), "blank"))
        .hasValueSatisfying(
            p -> assertThat(p.hint()).isEqualTo("use one of the known team ids: `sdr`"));
  }

  @Test
  void aKnownReferenceIsNoProblem() {
    assertThat(stages.unknown("sal", SourcePath.root(), "unused")).isEmpty();
  }

  @Property
  void aSuggestionIsAlwaysAKnownId(@ForAll @AlphaChars @StringLength(max = 8) String reference) {
    String hint = stages.hintFor(reference);

    // Whatever was typed, the hint only ever proposes ids that exist.
    if (hint.startsWith("did you mean ")) {
      String suggested = hint.substring("did you mean `".length(), hint.length() - 2);
      assertThat(stages.contains(suggested)).isTrue();
    } else {
      assertThat(hint).startsWith("use one of the known stage ids");
    }
  }
}
