package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.storage.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real CRM exports of the examples, imported through the CLI into a real H2 database. */
class ImportCommandTest {

  @TempDir Path temp;

  @Test
  void the_opportunities_import_row_for_row_and_a_second_import_adds_nothing() throws Exception {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);

    JsonNode first = importJson(workspace, "sales_pipeline.csv");
    JsonNode second = importJson(workspace, "sales_pipeline.csv");

    assertThat(first.get("read").asLong()).isEqualTo(8_800);
    assertThat(first.get("accepted").asLong()).isEqualTo(8_800);
    assertThat(first.get("rejected").asLong()).isZero();
    assertThat(first.get("duplicates").asLong()).isZero();
    assertThat(second.get("read").asLong()).isEqualTo(8_800);
    assertThat(second.get("accepted").asLong()).isZero();
    assertThat(second.get("duplicates").asLong()).isEqualTo(8_800);
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      assertThat(store.countRecords()).isEqualTo(8_800);
    }
  }

  @Test
  void the_warts_of_the_opportunities_surface_as_findings_not_fixes() throws Exception {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);

    importJson(workspace, "sales_pipeline.csv");

    Map<String, Long> findings = findingsByKindAndField(workspace);
    // Open deals say `null` for their account; GTXPro is not spelled as in products.csv.
    assertThat(findings.get("SENTINEL account")).isEqualTo(1_425);
    assertThat(findings.get("UNKNOWN_REFERENCE product")).isEqualTo(1_480);
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      // The misspelt sector is a real value of the data: kept as it is.
      assertThat(store.records(Optional.of("won"), 10_000, 0))
          .anySatisfy(deal -> assertThat(deal.fields()).containsEntry("sector", "technolgy"));
    }
  }

  @Test
  void the_leads_import_row_for_row_with_their_placeholders_and_spellings_found() throws Exception {
    Path workspace = Examples.copy("x-education-leads", temp);

    JsonNode summary = importJson(workspace, "Leads.csv");

    assertThat(summary.get("read").asLong()).isEqualTo(9_237);
    assertThat(summary.get("accepted").asLong()).isEqualTo(9_237);
    Map<String, Long> findings = findingsByKindAndField(workspace);
    assertThat(findings.get("SENTINEL specialization")).isEqualTo(1_942);
    assertThat(findings.keySet()).anyMatch(key -> key.startsWith("INCONSISTENT_SPELLING"));
  }

  @Test
  void rebuilding_from_the_log_reproduces_the_imported_state_exactly() {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);
    CliRun imported = importInto(workspace, "sales_pipeline.csv");
    assertThat(imported.exitCode()).as(imported.all()).isEqualTo(ExitCode.OK);

    CliRun rebuild = CliRun.of("rebuild", "--workspace", workspace.toString());

    assertThat(rebuild.exitCode()).as(rebuild.all()).isEqualTo(ExitCode.OK);
    assertThat(rebuild.out()).contains("Rebuilt 8,800 records", "State reproduced exactly");
  }

  @Test
  void a_wrong_mapping_is_reported_before_any_row_is_written() throws Exception {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);
    Path mapping = workspace.resolve("mapping.yaml");
    Files.writeString(
        mapping,
        Files.readString(mapping)
            .replace("  close_value: close_value", "  close_valu: close_value"));

    CliRun run = importInto(workspace, "sales_pipeline.csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("mapping.yaml:", "close_valu", "nothing was imported");
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      assertThat(store.eventCount()).isZero();
    }
  }

  @Test
  void a_bad_row_is_quarantined_with_its_row_and_reason_and_the_rest_goes_in() throws Exception {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);
    Path data = workspace.resolve("sales_pipeline.csv");
    List<String> lines = Files.readAllLines(data);
    // Row 3 loses its last columns; row 5 gets a date that is not one.
    lines.set(3, "Z063OYW0,Darcel Schlecht,GTXPro");
    lines.set(5, lines.get(5).replace("25-10-2016", "32-13-2016"));
    Files.write(data, lines);

    JsonNode summary = importJson(workspace, "sales_pipeline.csv");

    assertThat(summary.get("read").asLong()).isEqualTo(8_800);
    assertThat(summary.get("rejected").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(summary.get("accepted").asLong() + summary.get("rejected").asLong())
        .isEqualTo(8_800);
    Path quarantine = Path.of(summary.get("quarantine").asText());
    assertThat(Files.readString(quarantine)).contains("3,");
  }

  @Test
  void records_and_history_show_what_was_imported() {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);
    importInto(workspace, "sales_pipeline.csv");

    CliRun records =
        CliRun.of("records", "--workspace", workspace.toString(), "--stage", "won", "--limit", "3");
    CliRun history = CliRun.of("history", "--workspace", workspace.toString(), "1C1I7A6R");

    assertThat(records.exitCode()).as(records.all()).isEqualTo(ExitCode.OK);
    assertThat(records.out()).contains("won", "3 shown of 8,800 records.");
    assertThat(history.exitCode()).as(history.all()).isEqualTo(ExitCode.OK);
    assertThat(history.out())
        .contains("opportunity 1C1I7A6R: now in won")
        .contains("engaging")
        .contains("Moses Frase");
  }

  @Test
  void history_of_an_unknown_record_is_a_clear_input_error() {
    Path workspace = Examples.copy("crm-sales-opportunities", temp);

    CliRun run = CliRun.of("history", "--workspace", workspace.toString(), "NOPE");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("no record `NOPE`", "hint:");
  }

  @Test
  void a_workspace_without_an_accord_is_a_clear_input_error() {
    CliRun run = CliRun.of("records", "--workspace", temp.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("no accord in", "accord init");
  }

  private static CliRun importInto(Path workspace, String file) {
    return CliRun.of(
        "import",
        workspace.resolve(file).toString(),
        "--mapping",
        workspace.resolve("mapping.yaml").toString(),
        "--workspace",
        workspace.toString(),
        "--json");
  }

  private static JsonNode importJson(Path workspace, String file) throws Exception {
    CliRun run = importInto(workspace, file);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    return new ObjectMapper().readTree(run.out());
  }

  private static Map<String, Long> findingsByKindAndField(Path workspace) {
    try (Store store = Store.openWorkspace(workspace, Optional.empty())) {
      List<ExceptionCase> all = store.exceptions(Optional.empty(), 1_000_000, 0);
      return all.stream()
          .filter(DataQualityFinding.class::isInstance)
          .map(DataQualityFinding.class::cast)
          .collect(
              Collectors.groupingBy(
                  finding -> finding.kind() + " " + finding.field(), Collectors.counting()));
    }
  }
}
