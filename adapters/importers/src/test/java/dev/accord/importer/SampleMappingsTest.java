package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.yaml.AccordFileReader;
import dev.accord.yaml.DefaultAccord;
import dev.accord.yaml.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped mappings of a HubSpot contacts export and a Salesforce opportunity report read their
 * sample files under the default accord, the mess in the samples landing where it should.
 */
class SampleMappingsTest {

  private static final Path MAPPINGS = Fixtures.EXAMPLES.resolve("mappings");

  private static final Accord DEFAULT =
      new AccordFileReader()
          .read("default-accord.yaml", DefaultAccord.text())
          .accord()
          .orElseThrow();

  private static Importer open(String name) {
    MappingRead mapping = MappingFile.read(MAPPINGS.resolve(name + ".yaml"));
    assertThat(mapping.diagnostics()).isEmpty();
    return Importer.open(
        MAPPINGS.resolve(name + "-sample.csv"), mapping.mapping().orElseThrow(), DEFAULT);
  }

  private static String story(RowResult row) {
    return row.events().stream()
        .map(e ->
            switch (e) {
              case RecordCreated created -> created.stage();
              case StageChanged moved -> moved.toStage();
              default -> e.toString();
            })
        .collect(Collectors.joining(" > "));
  }

  @Test
  void hubspotContacts() {
    Importer importer = open("hubspot-contacts");
    assertThat(importer.diagnostics()).isEmpty();

    List<RowResult> rows = Fixtures.rows(importer);

    assertThat(rows).hasSize(10);
    assertThat(
            rows.stream()
                .filter(r -> !r.isQuarantined())
                .map(r -> r.events().getFirst().recordId() + ": " + story(r)))
        .containsExactly(
            "10451: lead > mql > sql > opportunity > customer",
            "10452: lead > mql",
            "10453: lead > mql > sql",
            "10454: lead",
            "10455: lead > mql > sql > opportunity",
            "10458: subscriber",
            "10460: lead > mql > sql > opportunity > customer");
    assertThat(Fixtures.quarantined(rows))
        .extracting(q -> q.rowNumber() + " " + q.column() + ": " + q.reason())
        .containsExactly(
            "6 Lifecycle Stage: `Other` is no stage of object `lead` and `value_maps.Lifecycle Stage` does not map it",
            "7 Record ID: the record id is empty",
            "9 Became a Lead Date: `Became a Lead Date` holds `03/04/2024 09:15`, which none of the date formats"
                + " reads (yyyy-MM-dd HH:mm, yyyy-MM-dd HH:mm:ss, yyyy-MM-dd)");
    RecordCreated ana = (RecordCreated) rows.getFirst().events().getFirst();
    assertThat(ana.fields())
        .containsEntry("first_name", "Ana")
        .containsEntry("country", "BR")
        .containsEntry("lead_source", "organic_search");
    assertThat(ana.owner()).contains("Maria Lopez");
    // HubSpot writes the portal's local time: 10:02 in New York is 15:02 UTC in January.
    assertThat(ana.occurredAt()).hasToString("2024-01-08T15:02:00Z");
    // A name written over two lines stays one field.
    assertThat(((RecordCreated) rows.get(7).events().getFirst()).fields())
        .containsEntry("last_name", "Kim\n(events team)");
    assertThat(Fixtures.findings(rows))
        .extracting(DataQualityFinding::describe)
        .containsExactly(
            "Record 10455: `Original Source` holds both `Organic Search` (first at row 1) and `Organic search` (row"
                + " 5): one value spelt two ways");
    // `unknown` is a placeholder of the default accord: the engine reports it on the event.
    assertThat(((RecordCreated) rows.get(7).events().getFirst()).fields())
        .containsEntry("country", "unknown");
  }

  @Test
  void salesforceOpportunities() {
    Importer importer = open("salesforce-opportunities");
    // The report's name, account and type have no field in the default accord: carried, but warned.
    assertThat(importer.diagnostics())
        .allMatch(d -> !d.isError())
        .extracting(Diagnostic::message)
        .containsExactly(
            "field `name` is not declared on object `opportunity` in the accord",
            "field `account_name` is not declared on object `opportunity` in the accord",
            "field `type` is not declared on object `opportunity` in the accord");

    List<RowResult> rows = Fixtures.rows(importer);

    // Ten opportunities and five footer lines; the two blank lines before the footer are no rows.
    assertThat(rows).hasSize(15);
    assertThat(
            rows.stream()
                .filter(r -> !r.isQuarantined())
                .map(r -> r.events().getFirst().recordId() + ": " + story(r)))
        .containsExactly(
            "0065e00000A1b2cAAB: discovery > closed_won",
            "0065e00000A1b2dAAB: discovery > closed_won",
            "0065e00000A1b2eAAB: discovery > closed_lost",
            "0065e00000A1b2fAAB: discovery > negotiation",
            "0065e00000A1b2gAAB: discovery > proposal",
            "0065e00000A1b2hAAB: discovery",
            "0065e00000A1b2iAAB: discovery > closed_won",
            "0065e00000A1b2lAAB: discovery > closed_lost");
    assertThat(Fixtures.quarantined(rows))
        .extracting(q -> q.rowNumber() + " " + q.column() + ": " + q.reason())
        .containsExactly(
            "8 Stage: `Qualified` is no stage of object `opportunity` and `value_maps.Stage` does not map it",
            "9 Created Date: `Created Date` holds `31/3/2025`, which none of the date formats reads (M/d/yyyy, M/d/yyyy h:mm a)",
            "11 Opportunity Name: the row has 1 field but the header has 10 (line 14)",
            "12 Opportunity Name: the row has 1 field but the header has 10 (line 15)",
            "13 Opportunity Name: the row has 1 field but the header has 10 (line 16)",
            "14 Opportunity Name: the row has 1 field but the header has 10 (line 17)",
            "15 Opportunity Name: the row has 1 field but the header has 10 (line 18)");
    List<RecordEvent> globex = rows.getFirst().events();
    assertThat(globex.getFirst().occurredAt()).hasToString("2025-01-06T08:00:00Z");
    assertThat(globex.getLast().occurredAt()).hasToString("2025-03-28T07:00:00Z");
    assertThat(((RecordCreated) globex.getFirst()).fields())
        .containsEntry("amount", "48000")
        .containsEntry("lead_source", "web");
    assertThat(Fixtures.findings(rows))
        .extracting(DataQualityFinding::describe)
        .containsExactly(
            "Record 0065e00000A1b2hAAB: `Lead Source` holds both `Web` (first at row 1) and `web` (row 6): one value"
                + " spelt two ways");
  }
}
