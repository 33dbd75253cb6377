package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.event.ActivityType;
import dev.accord.core.event.RecordEvent;
import dev.accord.core.event.RecordEvent.ActivityLogged;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.event.RecordEvent.StageChanged;
import dev.accord.core.exception.DataQualityKind;
import dev.accord.core.exception.ExceptionCase.DataQualityFinding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a snapshot row becomes the events that brought the record where it is. */
class SnapshotTest {

  @TempDir Path directory;

  /** Each event as "kind stage at", for compact expectations. */
  private static List<String> story(RowResult row) {
    return row.events().stream().map(SnapshotTest::told).toList();
  }

  private static String told(RecordEvent event) {
    String at = event.occurredAt().toString().substring(0, 10);
    return switch (event) {
      case RecordCreated created -> "created " + created.stage() + " " + at;
      case StageChanged moved -> "moved " + moved.toStage() + " " + at;
      case ActivityLogged touch ->
          touch.type().name().toLowerCase(java.util.Locale.ROOT) + " " + at;
      default -> event.toString();
    };
  }

  @Test
  void aWonDealIsCreatedAtItsFirstDateThenMovesThroughItsDatedStages() {
    List<RowResult> rows =
        Fixtures.deals(
            directory,
            "D-1,ann,100,EMEA,web,Won,10-01-2024,10-01-2024,20-02-2024\n"
                + "D-2,ann,100,EMEA,web,Won,05-01-2024,10-01-2024,20-02-2024\n");

    // Created the day it started working: created in `working`, the earliest dated stage.
    assertThat(story(rows.get(0)))
        .containsExactly("created working 2024-01-10", "moved won 2024-02-20");
    // Created before it started working: it existed in `new`, where deals start, until then.
    assertThat(story(rows.get(1)))
        .containsExactly(
            "created new 2024-01-05", "moved working 2024-01-10", "moved won 2024-02-20");
  }

  @Test
  void theCloseDateOfALostDealIsNoDateOfWinningIt() {
    List<RowResult> rows =
        Fixtures.deals(directory, "D-1,ann,100,EMEA,web,Lost,05-01-2024,10-01-2024,20-02-2024\n");

    assertThat(story(rows.getFirst()))
        .containsExactly(
            "created new 2024-01-05", "moved working 2024-01-10", "moved lost 2024-02-20");
  }

  @Test
  void datesOfStagesAfterTheCurrentOneAreLeftOut() {
    // An open deal's close date is only expected: it enters neither won nor lost.
    List<RowResult> rows =
        Fixtures.deals(
            directory, "D-1,ann,100,EMEA,web,Working,05-01-2024,10-01-2024,20-02-2024\n");

    assertThat(story(rows.getFirst()))
        .containsExactly("created new 2024-01-05", "moved working 2024-01-10");
  }

  @Test
  void createdInPutsTheCreationInThatStage() {
    String mapping =
        Fixtures.DEALS_MAPPING.replace(
            "  created_at: created\n", "  created_at: created\n  created_in: new\n");
    Path data =
        Fixtures.write(
            directory,
            "deals.csv",
            Fixtures.DEALS_HEADER
                + "D-1,ann,100,EMEA,web,Won,10-01-2024,10-01-2024,20-02-2024\nD-2,ann,1,EMEA,web,New,06-01-2024,,\n");

    List<RowResult> rows =
        Fixtures.rows(
            Fixtures.open(data, Fixtures.mapping(mapping, directory), Fixtures.dealsAccord()));

    // Even created the day it started working, the deal is created in `new`, as the mapping says.
    assertThat(story(rows.get(0)))
        .containsExactly(
            "created new 2024-01-10", "moved working 2024-01-10", "moved won 2024-02-20");
    assertThat(story(rows.get(1))).containsExactly("created new 2024-01-06");
  }

  @Test
  void theCurrentStageWithoutADateIsEnteredAtTheLatestDateTheRowGives() {
    List<RowResult> rows =
        Fixtures.deals(directory, "D-1,ann,100,EMEA,web,Won,05-01-2024,10-01-2024,\n");

    assertThat(story(rows.getFirst()))
        .containsExactly(
            "created new 2024-01-05", "moved working 2024-01-10", "moved won 2024-01-10");
  }

  @Test
  void aStageWithoutADateOnTheWayIsLeftOut() {
    // No start date: the deal is created at its creation date and won at its close date.
    List<RowResult> rows =
        Fixtures.deals(directory, "D-1,ann,100,EMEA,web,Won,05-01-2024,,20-02-2024\n");

    assertThat(story(rows.getFirst()))
        .containsExactly("created new 2024-01-05", "moved won 2024-02-20");
  }

  @Test
  void aConstantCreationDateStandsInWhereTheColumnIsEmpty() {
    String mapping =
        Fixtures.DEALS_MAPPING.replace(
            "  created_at: created\n",
            "  created_at:\n    column: created\n    default: 2023-12-31\n");
    Path data =
        Fixtures.write(
            directory,
            "deals.csv",
            Fixtures.DEALS_HEADER
                + "D-1,ann,1,EMEA,web,New,,,\nD-2,ann,1,EMEA,web,New,02-01-2024,,\n");

    List<RowResult> rows =
        Fixtures.rows(
            Fixtures.open(data, Fixtures.mapping(mapping, directory), Fixtures.dealsAccord()));

    assertThat(story(rows.get(0))).containsExactly("created new 2023-12-31");
    assertThat(story(rows.get(1))).containsExactly("created new 2024-01-02");
  }

  @Test
  void activitiesAreTouchesAtTheirDatesAndAnUnreadableOneIsAFinding() {
    String mapping = Fixtures.DEALS_MAPPING + "  activities:\n    called: call\n";
    Path data =
        Fixtures.write(
            directory,
            "deals.csv",
            "id,rep,amount,region,source,stage,created,started,closed,called\n"
                + "D-1,ann,1,EMEA,web,Working,05-01-2024,10-01-2024,,07-01-2024\n"
                + "D-2,ann,1,EMEA,web,New,05-01-2024,,,last week\n");

    List<RowResult> rows =
        Fixtures.rows(
            Fixtures.open(data, Fixtures.mapping(mapping, directory), Fixtures.dealsAccord()));

    assertThat(story(rows.get(0)))
        .containsExactly("created new 2024-01-05", "call 2024-01-07", "moved working 2024-01-10");
    assertThat(rows.get(0).events().get(1))
        .isInstanceOfSatisfying(
            ActivityLogged.class, a -> assertThat(a.type()).isEqualTo(ActivityType.CALL));
    assertThat(story(rows.get(1))).containsExactly("created new 2024-01-05");
    assertThat(Fixtures.findings(rows))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.kind()).isEqualTo(DataQualityKind.UNPARSEABLE_VALUE);
          assertThat(f.describe())
              .isEqualTo(
                  "Record D-2: `called` holds `last week`, which none of the date formats reads (dd-MM-yyyy); the call is left out");
        });
  }

  @Test
  void fieldsAreValueMappedAndTheOwnerIsKept() {
    String mapping =
        Fixtures.DEALS_MAPPING.replace("value_maps:\n", "value_maps:\n  region:\n    EMEA: emea\n");
    Path data =
        Fixtures.write(
            directory, "deals.csv", Fixtures.DEALS_HEADER + "D-1,ann,100,EMEA,,New,05-01-2024,,\n");

    RecordCreated created =
        (RecordCreated)
            Fixtures.rows(
                    Fixtures.open(
                        data, Fixtures.mapping(mapping, directory), Fixtures.dealsAccord()))
                .getFirst()
                .events()
                .getFirst();

    // An empty value is no value: `source` is left out.
    assertThat(created.fields())
        .containsExactly(
            java.util.Map.entry("amount", "100"), java.util.Map.entry("region", "emea"));
    assertThat(created.owner()).contains("ann");
    assertThat(created.header().source()).isEqualTo("test");
    assertThat(created.header().objectType()).isEqualTo("deal");
  }

  @Test
  void sentinelsStayInTheEventsAndOnlyTheMappingsOwnAreReportedByTheImport() {
    // `n/a` is the accord's sentinel, `ZZ` the region field's own, `N/A` a case variant of the
    // first: all three are the engine's to report on the event, except where the value is not a
    // field the engine sees (the owner column `rep`).
    List<RowResult> rows = Fixtures.deals(directory, "D-1,N/A,n/a,ZZ,web,New,05-01-2024,,\n");

    RecordCreated created = (RecordCreated) rows.getFirst().events().getFirst();
    assertThat(created.fields()).containsEntry("amount", "n/a").containsEntry("region", "ZZ");
    assertThat(created.owner()).isEmpty();
    assertThat(Fixtures.findings(rows))
        .extracting(DataQualityFinding::kind, DataQualityFinding::field, DataQualityFinding::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DataQualityKind.SENTINEL, "rep", "N/A"));
    // Every finding points at the creation event, so the same row raises it once.
    assertThat(Fixtures.findings(rows))
        .allMatch(f -> f.eventKey().equals(created.idempotencyKey()));
  }

  @Test
  void aValueSpeltTwoWaysIsReportedOnceForEachNewSpelling() {
    List<RowResult> rows =
        Fixtures.deals(
            directory,
            "D-1,ann,1,EMEA,Web,New,05-01-2024,,\n"
                + "D-2,ann,1,EMEA,web,New,05-01-2024,,\n"
                + "D-3,ann,1,EMEA,web,New,05-01-2024,,\n"
                + "D-4,ann,1,EMEA,W eb,New,05-01-2024,,\n");

    assertThat(Fixtures.findings(rows))
        .extracting(f -> f.recordId() + ": " + f.describe())
        .containsExactly(
            "D-2: Record D-2: `source` holds both `Web` (first at row 1) and `web` (row 2): one value spelt two ways",
            "D-4: Record D-4: `source` holds both `Web` (first at row 1) and `W eb` (row 4): one value spelt two ways");
  }

  @Test
  void joinsAddFieldsAndAKeyMatchingNothingIsAnUnknownReference() {
    Fixtures.write(directory, "teams.csv", "rep,team\nann,North\nbob,South\nbob,East\n");
    String mapping =
        Fixtures.DEALS_MAPPING
            + "joins:\n  - file: teams.csv\n    key: rep\n    on: rep\n    fields:\n      team: team\n";
    Path data =
        Fixtures.write(
            directory,
            "deals.csv",
            Fixtures.DEALS_HEADER
                + "D-1,ann,1,EMEA,web,New,05-01-2024,,\nD-2,Bob,1,EMEA,web,New,05-01-2024,,\nD-3,bob,1,EMEA,web,New,05-01-2024,,\n");

    Importer importer =
        Fixtures.open(data, Fixtures.mapping(mapping, directory), Fixtures.dealsAccord());
    List<RowResult> rows = Fixtures.rows(importer);

    assertThat(((RecordCreated) rows.get(0).events().getFirst()).fields())
        .containsEntry("team", "North");
    assertThat(((RecordCreated) rows.get(1).events().getFirst()).fields())
        .doesNotContainKey("team");
    // The first row of a repeated key wins, and the repeat is warned about when opening.
    assertThat(((RecordCreated) rows.get(2).events().getFirst()).fields())
        .containsEntry("team", "South");
    assertThat(importer.diagnostics())
        .extracting(d -> d.message())
        .containsExactly(
            "join file `teams.csv` repeats 1 value(s) of its key `rep`; the first row of each is used");
    assertThat(Fixtures.findings(rows))
        .filteredOn(f -> f.kind() == DataQualityKind.UNKNOWN_REFERENCE)
        .extracting(DataQualityFinding::describe)
        .containsExactly(
            "Record D-2: `rep` `Bob` matches no `rep` in teams.csv (closest: `bob`), so team are not added");
  }

  @Test
  void idempotencyKeysDependOnContentNotOnWhereTheRowIs() {
    String row = "D-1,ann,100,EMEA,web,Won,05-01-2024,10-01-2024,20-02-2024\n";
    List<RowResult> alone = Fixtures.deals(directory, row);
    List<RowResult> later =
        Fixtures.deals(directory, "D-0,ann,1,EMEA,web,New,05-01-2024,,\n" + row);
    List<RowResult> changed = Fixtures.deals(directory, row.replace("Won", "Lost"));

    List<String> keys =
        alone.getFirst().events().stream().map(RecordEvent::idempotencyKey).toList();
    assertThat(later.get(1).events()).extracting(RecordEvent::idempotencyKey).isEqualTo(keys);
    assertThat(keys).doesNotHaveDuplicates().allMatch(key -> key.matches("[0-9a-f]{32}"));
    // Same creation, another outcome: the creation keeps its key, the move gets its own.
    assertThat(changed.getFirst().events().getFirst().idempotencyKey()).isEqualTo(keys.getFirst());
    assertThat(changed.getFirst().events().getLast().idempotencyKey()).isNotEqualTo(keys.getLast());
  }
}
