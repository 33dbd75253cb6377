package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small accords, mappings and files for the importer's tests, and ways to run a whole import. */
final class Fixtures {

  /** The repository root, seen from the module folder the tests run in. */
  static final Path ROOT = Path.of("../..");

  static final Path EXAMPLES = ROOT.resolve("examples");

  /** A deal pipeline: new -> working -> won | lost, with a few fields. */
  static final String DEALS_ACCORD =
      """
      schema_version: 1
      accord:
        name: Deals
      sentinels: ["n/a"]
      objects:
        - id: deal
          fields:
            - id: amount
              type: money
            - id: region
              type: string
              sentinels: ["ZZ"]
            - id: source
              type: string
            - id: team
              type: string
          pipelines:
            - id: sales
              stages:
                - id: new
                  entry: true
                - id: working
                - id: won
                  terminal: true
                - id: lost
                  terminal: true
              transitions:
                - from: new
                  to: working
                - from: working
                  to: won
                - from: working
                  to: lost
                  kind: lost
      teams:
        - id: sales
          department: sales
      """;

  /** A mapping of deals.csv onto {@link #DEALS_ACCORD}; each test writes the file it needs. */
  static final String DEALS_MAPPING =
      """
      format: csv
      object: deal
      record_id: id
      source: test
      time_zone: UTC
      date_formats: [dd-MM-yyyy]
      owner: rep
      columns:
        amount: amount
        region: region
        source: source
      value_maps:
        stage:
          New: new
          Working: working
          Won: won
          Lost: lost
      snapshot:
        stage: stage
        created_at: created
        stage_entries:
          working: started
          won: closed
          lost: closed
      """;

  static final String DEALS_HEADER = "id,rep,amount,region,source,stage,created,started,closed\n";

  private Fixtures() {}

  static Accord accord(String yaml) {
    AccordFileReader.ReadResult read = new AccordFileReader().read("accord.yaml", yaml);
    assertThat(read.diagnostics()).as("the test accord reads cleanly").isEmpty();
    return read.accord().orElseThrow();
  }

  static Accord dealsAccord() {
    return accord(DEALS_ACCORD);
  }

  static Mapping mapping(String yaml, Path directory) {
    MappingRead read = MappingFile.read("mapping.yaml", yaml, directory);
    assertThat(read.diagnostics()).as("the test mapping reads cleanly").isEmpty();
    return read.mapping().orElseThrow();
  }

  static Path write(Path directory, String name, String text) {
    return write(directory, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path directory, String name, byte[] bytes) {
    try {
      return Files.write(directory.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the data file and asserts that opening found no error. */
  static Importer open(Path data, Mapping mapping, Accord accord) {
    Importer importer = Importer.open(data, mapping, accord);
    assertThat(importer.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format))
        .as("opening finds no error")
        .isEmpty();
    return importer;
  }

  /** Every row of the file, read in batches of 7 so that batch edges are crossed. */
  static List<RowResult> rows(Importer importer) {
    return rows(importer, 0);
  }

  static List<RowResult> rows(Importer importer, long startAfterRow) {
    List<RowResult> rows = new ArrayList<>();
    try (ImportRun run = importer.read(startAfterRow, 7)) {
      run.forEachRemaining(batch -> rows.addAll(batch.rows()));
    }
    return rows;
  }

  /**
   * Imports a deals CSV (header {@link #DEALS_HEADER} plus the given lines) under the deals
   * mapping.
   */
  static List<RowResult> deals(Path directory, String lines) {
    Path data = write(directory, "deals.csv", DEALS_HEADER + lines);
    return rows(open(data, mapping(DEALS_MAPPING, directory), dealsAccord()));
  }

  static List<RecordEvent> events(List<RowResult> rows) {
    return rows.stream().flatMap(row -> row.events().stream()).toList();
  }

  static List<DataQualityFinding> findings(List<RowResult> rows) {
    return rows.stream()
        .flatMap(row -> row.findings().stream())
        .map(DataQualityFinding.class::cast)
        .toList();
  }

  static List<Quarantine> quarantined(List<RowResult> rows) {
    return rows.stream().map(RowResult::rejected).flatMap(Optional::stream).toList();
  }

  static List<ExceptionCase> cases(List<RowResult> rows) {
    return rows.stream().flatMap(row -> row.findings().stream()).toList();
  }
}
