package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.yaml.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong mapping is reported before any row is read: each mistake at the mapping file's line and
 * column, naming the column and a value from the file.
 */
class MappingCheckTest {

  @TempDir Path directory;

  private static final String ROW = "D-1,ann,100,EMEA,web,Won,05-01-2024,06-01-2024,07-01-2024\n";

  private List<String> errors(String mappingYaml, String data) {
    Path file = Fixtures.write(directory, "deals.csv", data);
    Importer importer =
        Importer.open(file, Fixtures.mapping(mappingYaml, directory), Fixtures.dealsAccord());
    return importer.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::format)
        .toList();
  }

  @Test
  void unknownColumnsUnknownStagesAndUnreadableDatesAreAllReported() {
    String mapping =
        """
        format: csv
        object: deal
        record_id: id
        date_formats: [yyyy-MM-dd]
        columns:
          amount: amount
          regoin: region
        value_maps:
          stage:
            Won: closed_won
        snapshot:
          stage: stage
          created_at: created
          stage_entries:
            wonn: closed
        """;

    List<String> errors = errors(mapping, Fixtures.DEALS_HEADER + ROW);

    assertThat(errors)
        .containsExactly(
            "mapping.yaml:7:3: error: column `regoin` is not in the header of `deals.csv`\n"
                + "  hint: did you mean `region` (e.g. `EMEA`)? the columns are: id, rep, amount, region,"
                + " source, stage, created, started, closed",
            "mapping.yaml:10:10: error: `value_maps.stage` maps `Won` to `closed_won`, which is no stage of"
                + " object `deal`\n"
                + "  hint: its stages are: new, working, won, lost",
            "mapping.yaml:13:15: error: column `created`: its first value `05-01-2024` (row 1) is read by"
                + " none of the date formats (yyyy-MM-dd)\n"
                + "  hint: add a pattern that reads it to `date_formats`, such as `dd-MM-yyyy`",
            "mapping.yaml:15:5: error: `stage_entries` names `wonn`, which is no stage of object `deal`\n"
                + "  hint: did you mean `won`? its stages are: new, working, won, lost",
            "mapping.yaml:15:11: error: column `closed`: its first value `07-01-2024` (row 1) is read by"
                + " none of the date formats (yyyy-MM-dd)\n"
                + "  hint: add a pattern that reads it to `date_formats`, such as `dd-MM-yyyy`");
  }

  @Test
  void aFirstStageValueThatNoMapTranslatesIsReportedWithTheValue() {
    String mapping =
        """
        object: deal
        record_id: id
        date_formats: [dd-MM-yyyy]
        snapshot:
          stage: stage
          created_at: created
        """;

    assertThat(errors(mapping, Fixtures.DEALS_HEADER + ROW))
        .containsExactly(
            "mapping.yaml:5:10: error: column `stage`: its first value `Won` (row 1) is no stage of object"
                + " `deal`\n"
                + "  hint: map each value of the column to a stage under `value_maps`, such as `stage: {Won:"
                + " new}`");
  }

  @Test
  void theFirstRealValueIsTheOneChecked() {
    // Row 1 has no creation date and a placeholder; row 2's date is the first to check, and it
    // reads.
    String data =
        Fixtures.DEALS_HEADER
            + "D-1,ann,1,EMEA,web,New,,,\nD-2,ann,1,EMEA,web,New,n/a,,\nD-3,ann,1,EU,web,New,05-01-2024,,\n";

    assertThat(errors(Fixtures.DEALS_MAPPING, data)).isEmpty();
  }

  @Test
  void anObjectTheAccordLacksIsReported() {
    String mapping = Fixtures.DEALS_MAPPING.replace("object: deal", "object: deals");

    assertThat(errors(mapping, Fixtures.DEALS_HEADER + ROW))
        .containsExactly(
            "mapping.yaml:2:9: error: object `deals` is not an object of the accord\n"
                + "  hint: did you mean `deal`? the accord's objects are: deal");
  }

  @Test
  void fieldsTheAccordDoesNotDeclareAreWarnedAbout() {
    String mapping = Fixtures.DEALS_MAPPING.replace("  source: source", "  source: channel");
    Path file = Fixtures.write(directory, "deals.csv", Fixtures.DEALS_HEADER + ROW);

    Importer importer =
        Importer.open(file, Fixtures.mapping(mapping, directory), Fixtures.dealsAccord());

    assertThat(importer.hasErrors()).isFalse();
    assertThat(importer.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly(
            "mapping.yaml:11:11: warning: field `channel` is not declared on object `deal` in the accord\n"
                + "  hint: its values are carried into the events, but no rule of the accord reads them;"
                + " declare it under the object's `fields` to use it");
  }

  @Test
  void joinsNeedTheirFileAndItsColumns() {
    Fixtures.write(directory, "teams.csv", "rep,team\nann,North\n");
    String mapping =
        Fixtures.DEALS_MAPPING
            + """
            joins:
              - file: teams.csv
                key: agent
                on: rep
                fields:
                  team: team
              - file: missing.csv
                key: code
                on: regional
                fields:
                  name: region
            """;

    assertThat(errors(mapping, Fixtures.DEALS_HEADER + ROW))
        .containsExactly(
            "mapping.yaml:27:10: error: join key column `agent` is not in the header of `teams.csv`\n"
                + "  hint: its columns are: rep, team",
            "mapping.yaml:31:11: error: join file `missing.csv` not found (looked for "
                + directory.resolve("missing.csv")
                + ")\n"
                + "  hint: reference files are found relative to the mapping file's folder",
            "mapping.yaml:33:9: error: join `on`: column or field `regional` is not in the header of"
                + " `deals.csv`\n"
                + "  hint: did you mean `region` (e.g. `EMEA`)? the columns are: id, rep, amount, region,"
                + " source, stage, created, started, closed");
  }
}
