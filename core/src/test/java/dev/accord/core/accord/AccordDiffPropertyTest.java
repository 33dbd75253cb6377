package dev.accord.core.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordFixture;
import dev.accord.core.accord.AccordEdits.Edit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The diff over accords made from the Acme fixture by any combination of everyday edits. */
class AccordDiffPropertyTest {

  private static final Accord ACME = AccordFixture.acme();

  @Property
  void an_accord_compared_with_itself_has_no_changes(@ForAll("variations") Accord accord) {
    assertThat(AccordDiff.between(accord, accord)).isEmpty();
  }

  @Property
  void accords_differ_in_meaning_exactly_when_they_differ(
      @ForAll("variations") Accord before, @ForAll("variations") Accord after) {
    // Every edit changes meaning, so the diff is empty only when the accords are equal.
    assertThat(AccordDiff.between(before, after).isEmpty()).isEqualTo(before.equals(after));
  }

  @Property
  void what_one_way_adds_the_other_way_removes(
      @ForAll("variations") Accord before, @ForAll("variations") Accord after) {
    List<AccordChange> forwards = AccordDiff.between(before, after);
    List<AccordChange> backwards = AccordDiff.between(after, before);

    for (AccordChange added : of(forwards, ChangeKind.ADDED)) {
      assertThat(of(backwards, ChangeKind.REMOVED))
          .anySatisfy(removed -> {
            assertThat(removed.area()).isEqualTo(added.area());
            assertThat(removed.subject()).isEqualTo(added.subject());
            assertThat(removed.before()).isEqualTo(added.after());
          });
    }
    assertThat(of(forwards, ChangeKind.ADDED)).hasSameSizeAs(of(backwards, ChangeKind.REMOVED));
    assertThat(of(forwards, ChangeKind.CHANGED)).hasSameSizeAs(of(backwards, ChangeKind.CHANGED));
  }

  @Property
  void changes_come_area_by_area(
      @ForAll("variations") Accord before, @ForAll("variations") Accord after) {
    assertThat(AccordDiff.between(before, after))
        .isSortedAccordingTo(Comparator.comparing(AccordChange::area));
  }

  @Provide
  Arbitrary<Accord> variations() {
    List<Edit> edits = AccordEdits.all();
    return Arbitraries.subsetOf(edits).map(chosen -> applied(edits, chosen));
  }

  /** The fixture with the chosen edits applied, always in the same order. */
  private static Accord applied(List<Edit> edits, Set<Edit> chosen) {
    Accord accord = ACME;
    for (Edit edit : edits) {
      if (chosen.contains(edit)) {
        accord = edit.apply().apply(accord);
      }
    }
    return accord;
  }

  private static List<AccordChange> of(List<AccordChange> changes, ChangeKind kind) {
    return changes.stream().filter(change -> change.kind() == kind).toList();
  }
}
