package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.yaml.AccordChecker;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * An import resumed after row k hands out exactly the rows after k, with the events, keys and
 * findings a full run gives them; and importing the same file twice gives the same keys.
 */
class ResumeTest {

  /** The leads example, opened and read in full once for every test of the class. */
  private static final class Leads {
    private static final Path FOLDER = Fixtures.EXAMPLES.resolve("x-education-leads");
    static final Importer IMPORTER;
    static final List<RowResult> FULL;

    static {
      Accord accord = AccordChecker.check(FOLDER.resolve("accord.yaml")).accord().orElseThrow();
      Mapping mapping = MappingFile.read(FOLDER.resolve("mapping.yaml")).mapping().orElseThrow();
      IMPORTER = Fixtures.open(FOLDER.resolve("Leads.csv"), mapping, accord);
      FULL = Fixtures.rows(IMPORTER);
    }
  }

  @Test
  void aSecondImportOfTheSameFileGivesTheSameEventsKeysAndFindings() {
    assertThat(Fixtures.rows(Leads.IMPORTER)).isEqualTo(Leads.FULL);
  }

  @Test
  void resumingJustBeforeTheSecondSpellingKeepsItsFinding() {
    // Row 144 is the first `google`; the `Google` it is compared with is on row 5, left out here.
    List<RowResult> resumed = Fixtures.rows(Leads.IMPORTER, 143);

    assertThat(resumed.getFirst().rowNumber()).isEqualTo(144);
    assertThat(resumed.getFirst().findings())
        .isEqualTo(Leads.FULL.get(143).findings())
        .anyMatch(f ->
            ((ExceptionCase.DataQualityFinding) f).kind() == DataQualityKind.INCONSISTENT_SPELLING);
  }

  @Test
  void resumingAfterTheLastRowHandsOutNothing() {
    assertThat(Fixtures.rows(Leads.IMPORTER, 9_237)).isEmpty();
  }

  @Test
  void batchesHoldConsecutiveRowsAndNameTheLastOneForTheCheckpoint() {
    try (ImportRun run = Leads.IMPORTER.read(9_000, 100)) {
      List<ImportBatch> batches = run.stream().toList();

      assertThat(batches).extracting(batch -> batch.rows().size()).containsExactly(100, 100, 37);
      assertThat(batches).extracting(ImportBatch::lastRow).containsExactly(9_100L, 9_200L, 9_237L);
      assertThat(batches.getFirst().rows().getFirst().rowNumber()).isEqualTo(9_001);
      assertThat(batches.getFirst().events())
          .hasSize(batches.getFirst().rows().stream().mapToInt(r -> r.events().size()).sum());
      // The rows before the resume point were read through all the same.
      assertThat(run.rowsRead()).isEqualTo(9_237);
    }
  }

  @Property(tries = 10)
  void resumingAfterAnyRowGivesExactlyTheRowsAfterIt(
      @ForAll @IntRange(min = 0, max = 9_237) int k) {
    List<RowResult> resumed = Fixtures.rows(Leads.IMPORTER, k);

    assertThat(resumed).isEqualTo(Leads.FULL.subList(k, Leads.FULL.size()));
  }
}
