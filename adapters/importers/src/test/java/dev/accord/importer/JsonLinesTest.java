package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.yaml.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines exports: one object per line, nested fields named with dots. */
class JsonLinesTest {

  @TempDir Path directory;

  private static final String MAPPING =
      """
      format: jsonl
      object: deal
      record_id: id
      source: crm-api
      owner: owner.name
      columns:
        properties.amount: amount
        properties.region: region
        tags: source
      snapshot:
        stage: properties.stage
        created_at: createdAt
      """;

  private Importer open(String lines) {
    Path data = Fixtures.write(directory, "deals.jsonl", lines);
    return Importer.open(data, Fixtures.mapping(MAPPING, directory), Fixtures.dealsAccord());
  }

  @Test
  void nestedFieldsArraysNullsAndNumbersReadAsText() {
    Importer importer =
        open(
            """
            {"id":"D-1","owner":{"name":"ann"},"createdAt":"2024-01-05T09:30:00Z","properties":{"stage":"working","amount":12.50,"region":null},"tags":["web","ads"]}

            {"id":"D-2","createdAt":"2024-01-06","properties":{"stage":"new","amount":7}}
            """);
    assertThat(importer.diagnostics()).isEmpty();

    List<RowResult> rows = Fixtures.rows(importer);

    RecordCreated first = (RecordCreated) rows.get(0).events().getFirst();
    assertThat(first.recordId()).isEqualTo("D-1");
    assertThat(first.owner()).contains("ann");
    assertThat(first.stage()).isEqualTo("working");
    assertThat(first.occurredAt()).hasToString("2024-01-05T09:30:00Z");
    // The amount keeps its scale; a null region is no value; an array is kept as its JSON.
    assertThat(first.fields())
        .containsEntry("amount", "12.50")
        .containsEntry("source", "[\"web\",\"ads\"]")
        .doesNotContainKey("region");
    assertThat(first.header().source()).isEqualTo("crm-api");
    // The blank line is no record: the second record is row 2.
    assertThat(rows.get(1).rowNumber()).isEqualTo(2);
    assertThat(((RecordCreated) rows.get(1).events().getFirst()).owner()).isEmpty();
  }

  @Test
  void aLineThatIsNoJsonObjectIsQuarantined() {
    Importer importer =
        open(
            """
            {"id":"D-1","owner":{"name":"ann"},"createdAt":"2024-01-05","properties":{"stage":"new","amount":1,"region":"EU"},"tags":[]}
            [1,2,3]
            {"id":"D-3", oops}
            {"id":"D-4","createdAt":"2024-01-05","properties":{"stage":"new"}}
            """);

    List<RowResult> rows = Fixtures.rows(importer);

    assertThat(rows).extracting(RowResult::isQuarantined).containsExactly(false, true, true, false);
    assertThat(rows.get(1).rejected().orElseThrow().reason())
        .isEqualTo("the line is not a JSON object (line 2)");
    assertThat(rows.get(2).rejected().orElseThrow().reason())
        .startsWith("the line is not JSON: Unexpected character ('o'");
    assertThat(rows.get(2).rejected().orElseThrow().raw()).isEqualTo("{\"id\":\"D-3\", oops}");
  }

  @Test
  void aColumnNoneOfTheFirstRecordsHasIsReported() {
    Importer importer =
        open("{\"id\":\"D-1\",\"createdAt\":\"2024-01-05\",\"properties\":{\"stage\":\"new\"}}\n");

    assertThat(importer.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message))
        .containsExactly(
            "column `owner.name` is not in the fields of the first 100 records of `deals.jsonl`",
            "column `properties.amount` is not in the fields of the first 100 records of `deals.jsonl`",
            "column `properties.region` is not in the fields of the first 100 records of `deals.jsonl`",
            "column `tags` is not in the fields of the first 100 records of `deals.jsonl`");
  }
}
