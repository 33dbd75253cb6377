package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.ActivityType;
import dev.accord.yaml.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a mapping file: every key into the model, every mistake of its own at its place. */
class MappingFileTest {

  @TempDir Path directory;

  @Test
  void readsEveryKey() {
    String yaml =
        """
        format: jsonl
        delimiter: ";"
        encoding: windows-1252
        object: deal
        record_id: id
        source: hubspot
        time_zone: Europe/Berlin
        date_formats: [dd.MM.yyyy, "yyyy-MM-dd HH:mm"]
        columns:
          Amount: amount
          Region: region
        value_maps:
          Stage:
            Won: won
            "1": working
        sentinels: ["-", "N/A"]
        owner: Owner
        snapshot:
          stage: Stage
          created_at:
            column: Created
            default: 2024-01-31
          created_in: new
          stage_entries:
            won: Closed
          activities:
            Last Call: call
        joins:
          - file: teams.csv
            key: rep
            on: Owner
            fields:
              team: team
        """;

    Mapping mapping = Fixtures.mapping(yaml, directory);

    assertThat(mapping.format()).isEqualTo(Mapping.Format.JSONL);
    assertThat(mapping.delimiter()).isEqualTo(';');
    assertThat(mapping.encoding().name()).isEqualTo("windows-1252");
    assertThat(mapping.object().name()).isEqualTo("deal");
    assertThat(mapping.recordId().name()).isEqualTo("id");
    assertThat(mapping.source()).contains("hubspot");
    assertThat(mapping.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(mapping.dateFormats())
        .extracting(Mapping.DatePattern::pattern)
        .containsExactly("dd.MM.yyyy", "yyyy-MM-dd HH:mm");
    assertThat(mapping.columns())
        .extracting(c -> c.column().name() + "->" + c.field().name())
        .containsExactly("Amount->amount", "Region->region");
    assertThat(mapping.valueMap("Stage").orElseThrow().apply("1")).isEqualTo("working");
    assertThat(mapping.valueMap("Stage").orElseThrow().apply("Lost")).isEqualTo("Lost");
    assertThat(mapping.sentinels()).containsExactly("-", "N/A");
    assertThat(mapping.owner()).map(Ref::name).contains("Owner");
    Snapshot snapshot = mapping.snapshot();
    assertThat(snapshot.stage().name()).isEqualTo("Stage");
    assertThat(snapshot.createdAt().orElseThrow().column()).map(Ref::name).contains("Created");
    assertThat(snapshot.createdAt().orElseThrow().otherwise()).contains(LocalDate.of(2024, 1, 31));
    assertThat(snapshot.createdIn()).map(Ref::name).contains("new");
    assertThat(snapshot.stageEntries())
        .extracting(e -> e.stage().name() + "<-" + e.column().name())
        .containsExactly("won<-Closed");
    assertThat(snapshot.activities())
        .containsExactly(
            new Snapshot.Activity(snapshot.activities().getFirst().column(), ActivityType.CALL));
    assertThat(mapping.joins())
        .singleElement()
        .satisfies(join -> {
          assertThat(join.file().name()).isEqualTo("teams.csv");
          assertThat(join.key().name()).isEqualTo("rep");
          assertThat(join.on().name()).isEqualTo("Owner");
          assertThat(join.fields()).extracting(f -> f.field().name()).containsExactly("team");
        });
    // Every name keeps its place, for the checks against the file and the accord.
    assertThat(mapping.columns().get(1).column().at()).hasToString("11:3");
    assertThat(snapshot.stageEntries().getFirst().column().at()).hasToString("25:10");
  }

  @Test
  void theDefaultsAreCsvCommaUtf8UtcAndIsoDates() {
    Mapping mapping =
        Fixtures.mapping(
            """
            object: deal
            record_id: id
            snapshot:
              stage: stage
              created_at: 2019-01-01
            """,
            directory);

    assertThat(mapping.format()).isEqualTo(Mapping.Format.CSV);
    assertThat(mapping.delimiter()).isEqualTo(',');
    assertThat(mapping.encoding().name()).isEqualTo("UTF-8");
    assertThat(mapping.timeZone()).isEqualTo(ZoneId.of("Z"));
    assertThat(mapping.source()).isEmpty();
    assertThat(mapping.dateFormats())
        .extracting(Mapping.DatePattern::pattern)
        .isEqualTo(MappingFile.DEFAULT_DATE_FORMATS);
    // A date written as created_at is a constant, not a column.
    assertThat(mapping.snapshot().createdAt().orElseThrow().column()).isEmpty();
    assertThat(mapping.snapshot().createdAt().orElseThrow().otherwise())
        .contains(LocalDate.of(2019, 1, 1));
  }

  @Test
  void aTabDelimiterIsWrittenAsBackslashT() {
    Mapping mapping =
        Fixtures.mapping(
            """
            delimiter: "\\t"
            object: deal
            record_id: id
            snapshot: {stage: stage}
            """,
            directory);

    assertThat(mapping.delimiter()).isEqualTo('\t');
  }

  @Test
  void everyMistakeIsReportedAtItsLineAndColumn() {
    String yaml =
        """
        format: xml
        delimiter: ";;"
        encoding: UTF-99
        object: deal
        time_zone: Mars/Olympus
        date_formats: [dd-MM-yyyy, "yyyy-MM-dd bb"]
        colums:
          Amount: amount
        snapshot:
          stage: stage
          activities:
            Last Fax: fax
          created_at:
            default: someday
        """;

    MappingRead read = MappingFile.read("mapping.yaml", yaml, directory);

    assertThat(read.mapping()).isEmpty();
    assertThat(
            read.diagnostics().stream()
                .map(Diagnostic::format)
                .map(f -> f.lines().findFirst().orElseThrow()))
        .containsExactly(
            "mapping.yaml:1:1: error: missing required key `record_id` in the mapping",
            "mapping.yaml:1:9: error: `format`: unknown format `xml`",
            "mapping.yaml:2:12: error: `delimiter`: `;;` is not a single separator character",
            "mapping.yaml:3:11: error: `encoding`: unknown character set `UTF-99`",
            "mapping.yaml:5:12: error: `time_zone`: unknown time zone `Mars/Olympus`",
            "mapping.yaml:6:28: error: `date_formats`: `yyyy-MM-dd bb` is not a date pattern: Unknown pattern letter: b",
            "mapping.yaml:7:1: error: unknown key `colums` in the mapping",
            "mapping.yaml:12:15: error: `activities`: unknown activity `fax`",
            "mapping.yaml:14:14: error: `created_at.default`: `someday` is not a date");
    assertThat(read.diagnostics().get(6).hint()).startsWith("did you mean `columns`? ");
  }

  @Test
  void aMappingWithoutItsRequiredKeysSaysWhichAreMissing() {
    MappingRead read = MappingFile.read("mapping.yaml", "format: csv\n", directory);

    assertThat(read.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly(
            "missing required key `object` in the mapping",
            "missing required key `record_id` in the mapping",
            "missing required key `snapshot` in the mapping");
  }

  @Test
  void valuesOfTheWrongShapeAreReported() {
    MappingRead read =
        MappingFile.read(
            "mapping.yaml",
            """
            object: [deal]
            record_id: id
            columns: [a, b]
            value_maps:
              stage: Won
            snapshot:
              stage: stage
              stage_entries:
                won:
            joins:
              - file: teams.csv
                key: rep
                on: rep
            """,
            directory);

    assertThat(
            read.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()))
        .containsExactly(
            "1:9 `object` should hold single values, not a list",
            "3:10 `columns` should be a mapping of `name: value` lines, not a list",
            "5:10 `value_maps.stage` should be a mapping of `name: value` lines, not the value `Won`",
            "9:9 `won` has no value under `stage_entries`",
            "11:5 this join adds no fields");
  }

  @Test
  void syntaxErrorsAndEmptyFilesAreReported() {
    assertThat(MappingFile.read("m.yaml", "object: deal\n  record_id: [", directory).diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("YAML syntax error: "));
    assertThat(MappingFile.read("m.yaml", "# nothing\n", directory).diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly(
            "m.yaml:1:1: error: the mapping file is empty\n  hint: a mapping starts with `object:`, `record_id:` and `snapshot:`; see docs/mappings.md");
  }

  @Test
  void aMissingMappingFileIsReportedWithoutAPosition() {
    MappingRead read = MappingFile.read(directory.resolve("nowhere.yaml"));

    assertThat(read.mapping()).isEqualTo(Optional.empty());
    assertThat(read.diagnostics())
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                0, "no such mapping file: `" + directory.resolve("nowhere.yaml") + "`"));
    assertThat(List.of(read.hasErrors())).containsExactly(true);
  }
}
