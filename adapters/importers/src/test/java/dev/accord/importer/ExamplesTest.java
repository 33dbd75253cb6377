package dev.accord.importer;

import static dev.accord.importer.Fixtures.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import dev.accord.yaml.AccordChecker;
import dev.accord.yaml.CheckReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The two public datasets shipped as examples import with counts matching the files, and their
 * known warts surface as findings — not as crashes, and not silently fixed.
 */
class ExamplesTest {

  private static final Path OPPORTUNITIES = EXAMPLES.resolve("crm-sales-opportunities");
  private static final Path LEADS = EXAMPLES.resolve("x-education-leads");

  @Test
  void bothExampleAccordsCheckWithoutErrors() {
    CheckReport opportunities = AccordChecker.check(OPPORTUNITIES.resolve("accord.yaml"));
    CheckReport leads = AccordChecker.check(LEADS.resolve("accord.yaml"));

    assertThat(opportunities.diagnostics()).isEmpty();
    assertThat(leads.diagnostics()).isEmpty();
  }

  @Test
  void theExampleAccordsDeclareTheScorecardsKpisAndDimensions() {
    Accord opportunities =
        AccordChecker.check(OPPORTUNITIES.resolve("accord.yaml")).accord().orElseThrow();
    Accord leads = AccordChecker.check(LEADS.resolve("accord.yaml")).accord().orElseThrow();

    assertThat(opportunities.kpis())
        .extracting(k -> k.id())
        .containsExactly("won_count", "lost_count", "win_rate", "won_value", "median_cycle_days");
    assertThat(opportunities.kpis())
        .allSatisfy(kpi ->
            assertThat(kpi.dimensions())
                .containsExactly(
                    "regional_office",
                    "manager",
                    "sales_agent",
                    "product_series",
                    "sector",
                    "close_quarter"));
    assertThat(leads.kpis())
        .extracting(k -> k.id())
        .containsExactly("lead_count", "conversion_rate", "field_completeness");
    assertThat(leads.dimensions())
        .extracting(d -> d.id())
        .containsExactly("source", "origin", "field");
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Opportunities {

    private List<RowResult> rows;

    @BeforeAll
    void importTheFile() {
      Accord accord =
          AccordChecker.check(OPPORTUNITIES.resolve("accord.yaml")).accord().orElseThrow();
      MappingRead mapping = MappingFile.read(OPPORTUNITIES.resolve("mapping.yaml"));
      assertThat(mapping.diagnostics()).isEmpty();
      Importer importer =
          Importer.open(
              OPPORTUNITIES.resolve("sales_pipeline.csv"), mapping.mapping().orElseThrow(), accord);
      assertThat(importer.diagnostics()).isEmpty();
      rows = Fixtures.rows(importer);
    }

    @Test
    void everyOneOfThe8800OpportunitiesBecomesARecord() {
      // The file has a header and 8,800 CRLF-terminated rows; the last line ends in CRLF too.
      assertThat(rows).hasSize(8_800);
      assertThat(Fixtures.quarantined(rows)).isEmpty();
      assertThat(
              Fixtures.events(rows).stream()
                  .filter(RecordCreated.class::isInstance)
                  .map(RecordEvent::recordId)
                  .distinct())
          .hasSize(8_800);
    }

    @Test
    void eachStageYieldsTheEventsItsDatesTell() {
      Map<String, Long> byKind =
          Fixtures.events(rows).stream()
              .collect(
                  Collectors.groupingBy(
                      e ->
                          switch (e) {
                            case RecordCreated created -> "created in " + created.stage();
                            case StageChanged moved -> "moved to " + moved.toStage();
                            default -> e.getClass().getSimpleName();
                          },
                      Collectors.counting()));

      // Won and lost deals: created in engaging at engage_date, closed at close_date (2 events);
      // engaging deals: created there (1); prospects, with no date, created at 2017-12-31 (1).
      assertThat(byKind)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "created in engaging", 8_300L,
                  "created in prospecting", 500L,
                  "moved to won", 4_238L,
                  "moved to lost", 2_473L));
      assertThat(Fixtures.events(rows)).hasSize(15_511);
    }

    @Test
    void theFirstRowIsAWonDealWithItsJoinedFields() {
      RowResult first = rows.getFirst();
      RecordCreated created = (RecordCreated) first.events().get(0);
      StageChanged won = (StageChanged) first.events().get(1);

      assertThat(created.recordId()).isEqualTo("1C1I7A6R");
      assertThat(created.stage()).isEqualTo("engaging");
      assertThat(created.occurredAt()).isEqualTo(Instant.parse("2016-10-20T00:00:00Z"));
      assertThat(created.owner()).contains("Moses Frase");
      assertThat(created.fields())
          .containsEntry("close_value", "1054")
          .containsEntry("manager", "Dustin Brinkmann")
          .containsEntry("regional_office", "Central")
          .containsEntry("sector", "retail")
          .containsEntry("product_series", "GTX")
          .containsEntry("sales_price", "1096");
      assertThat(won.toStage()).isEqualTo("won");
      assertThat(won.occurredAt()).isEqualTo(Instant.parse("2017-03-01T00:00:00Z"));
      assertThat(first.findings()).isEmpty();
    }

    @Test
    void aNullAccountIsLeftToTheEngineAndNeverLookedUp() {
      long nullAccounts =
          Fixtures.events(rows).stream()
              .filter(RecordCreated.class::isInstance)
              .filter(e -> "null".equals(((RecordCreated) e).fields().get("account")))
              .count();

      // `null` is the accord's placeholder: the raw value stays in the event, where the engine
      // reports it (once per deal); the import neither reports it again nor looks it up.
      assertThat(nullAccounts).isEqualTo(1_425);
      assertThat(Fixtures.findings(rows)).noneMatch(f -> f.field().equals("account"));
      RecordCreated created = (RecordCreated) rows.get(9).events().getFirst();
      assertThat(created.fields()).containsEntry("account", "null").doesNotContainKey("sector");
    }

    @Test
    void gtxProIsAnUnknownProductReference() {
      List<DataQualityFinding> unknown =
          Fixtures.findings(rows).stream()
              .filter(f -> f.kind() == DataQualityKind.UNKNOWN_REFERENCE)
              .toList();

      assertThat(unknown)
          .hasSize(1_480)
          .allMatch(f -> f.field().equals("product") && f.value().equals("GTXPro"));
      assertThat(unknown.getFirst().describe())
          .isEqualTo(
              "Record Z063OYW0: `product` `GTXPro` matches no `product` in products.csv (closest: `GTX Pro`),"
                  + " so product_series, sales_price are not added");
      assertThat(Fixtures.findings(rows))
          .extracting(DataQualityFinding::kind)
          .containsOnly(DataQualityKind.UNKNOWN_REFERENCE);
    }

    @Test
    void theMisspeltSectorIsKeptAsTheRealValueItIs() {
      long technolgy =
          Fixtures.events(rows).stream()
              .filter(RecordCreated.class::isInstance)
              .map(e -> ((RecordCreated) e).fields().get("sector"))
              .filter("technolgy"::equals)
              .count();

      assertThat(technolgy).isEqualTo(1_165);
      assertThat(Fixtures.findings(rows)).noneMatch(f -> f.value().equals("technolgy"));
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Leads {

    private List<RowResult> rows;

    @BeforeAll
    void importTheFile() {
      Accord accord = AccordChecker.check(LEADS.resolve("accord.yaml")).accord().orElseThrow();
      MappingRead mapping = MappingFile.read(LEADS.resolve("mapping.yaml"));
      assertThat(mapping.diagnostics()).isEmpty();
      Importer importer =
          Importer.open(LEADS.resolve("Leads.csv"), mapping.mapping().orElseThrow(), accord);
      assertThat(importer.diagnostics()).isEmpty();
      rows = Fixtures.rows(importer);
    }

    @Test
    void everyOneOfThe9237LeadsBecomesARecord() {
      // The last row has no line end: it is a row all the same.
      assertThat(rows).hasSize(9_237);
      assertThat(Fixtures.quarantined(rows)).isEmpty();
      assertThat(rows.getLast().events().getFirst().recordId())
          .isEqualTo("571b5c8e-a5b2-4d57-8574-f2ffb06fdeff");
    }

    @Test
    void convertedLeadsAreCreatedAsLeadsAndThenConvert() {
      Set<String> kinds = new HashSet<>();
      for (RowResult row : rows) {
        kinds.add(
            row.events().stream()
                .map(e -> e instanceof RecordCreated c ? c.stage() : ((StageChanged) e).toStage())
                .collect(Collectors.joining(" -> ")));
      }
      assertThat(kinds).containsExactlyInAnyOrder("lead", "lead -> converted");
      assertThat(Fixtures.events(rows).stream().filter(StageChanged.class::isInstance))
          .hasSize(3_559);
      assertThat(Fixtures.events(rows))
          .hasSize(9_237 + 3_559)
          .allMatch(e -> e.occurredAt().equals(Instant.parse("2019-01-01T00:00:00Z")));
    }

    @Test
    void selectIsKeptRawForTheEngineToReport() {
      long selectInEvents =
          Fixtures.events(rows).stream()
              .filter(RecordCreated.class::isInstance)
              .filter(e -> "Select".equals(((RecordCreated) e).fields().get("specialization")))
              .count();
      Map<String, Long> sentinelsByField =
          Fixtures.findings(rows).stream()
              .filter(f -> f.kind() == DataQualityKind.SENTINEL)
              .collect(Collectors.groupingBy(DataQualityFinding::field, Collectors.counting()));

      // 1,942 leads hold `Select` as their specialization, as `grep -c` on the column shows;
      // `Select` is the accord's placeholder, so the engine reports it, not the import.
      assertThat(selectInEvents).isEqualTo(1_942);
      assertThat(sentinelsByField).isEmpty();
    }

    @Test
    void googleAndLowercaseGoogleAreOneSourceSpeltTwoWays() {
      List<DataQualityFinding> spelling =
          Fixtures.findings(rows).stream()
              .filter(f -> f.kind() == DataQualityKind.INCONSISTENT_SPELLING)
              .toList();

      assertThat(spelling).hasSize(1);
      assertThat(spelling.getFirst().field()).isEqualTo("source");
      assertThat(spelling.getFirst().value()).isEqualTo("google");
      assertThat(spelling.getFirst().describe())
          .isEqualTo(
              "Record 2b5fb07b-5930-4e1f-a1f6-21f8a333ee2c: `Lead Source` holds both `Google` (first at row 5)"
                  + " and `google` (row 144): one value spelt two ways");
    }

    @Test
    void everyLeadKeepsItsSourceAsTheFileSpellsIt() {
      Map<String, Long> sources =
          Fixtures.events(rows).stream()
              .filter(RecordCreated.class::isInstance)
              .map(e -> ((RecordCreated) e).fields().getOrDefault("source", ""))
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

      assertThat(sources)
          .containsEntry("Google", 2_867L)
          .containsEntry("google", 5L)
          .containsEntry("", 36L);
    }
  }
}
