package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.yaml.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad files get clear messages before anything is imported; bad rows are quarantined one by one and
 * never stop the import.
 */
class BadInputTest {

  @TempDir Path directory;

  private static final String GOOD = "D-1,ann,100,EMEA,web,New,05-01-2024,,\n";

  private Importer open(String data) {
    return open(data.getBytes(StandardCharsets.UTF_8));
  }

  private Importer open(byte[] data) {
    Path file = Fixtures.write(directory, "deals.csv", data);
    return Importer.open(
        file, Fixtures.mapping(Fixtures.DEALS_MAPPING, directory), Fixtures.dealsAccord());
  }

  private List<String> errors(Importer importer) {
    return importer.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(Diagnostic::format)
        .toList();
  }

  private String file() {
    return directory.resolve("deals.csv").toString();
  }

  @Test
  void anEmptyFileIsRefused() {
    Importer importer = open("");

    assertThat(errors(importer))
        .containsExactly(
            file()
                + ": error: the file is empty: it has no header row\n"
                + "  hint: export the data again; an export starts with a header row naming the columns");
    assertThatThrownBy(importer::read)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the file is empty");
  }

  @Test
  void aFileOfBlankLinesIsEmptyToo() {
    assertThat(errors(open("\n\r\n\n"))).singleElement().asString().contains("the file is empty");
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    assertThat(errors(open(Fixtures.DEALS_HEADER)))
        .containsExactly(
            file()
                + ":1:1: error: the file holds a header but no data rows: there is nothing to import\n"
                + "  hint: check that the export included its records");
  }

  @Test
  void aFileSplitOnAnotherDelimiterIsRecognised() {
    String semicolons = Fixtures.DEALS_HEADER.replace(',', ';') + GOOD.replace(',', ';');

    assertThat(errors(open(semicolons)))
        .containsExactly(
            file()
                + ":1:1: error: the file looks `;`-delimited: its header is one column,"
                + " `id;rep;amount;region;source;stage;created;started;closed`, split on `,`, while the"
                + " mapping reads 9 columns\n"
                + "  hint: set `delimiter: \";\"` in the mapping");
  }

  @Test
  void aFileInAnotherEncodingIsRefusedAtItsFirstBadByte() {
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes(Fixtures.DEALS_HEADER.getBytes(StandardCharsets.ISO_8859_1));
    latin1.writeBytes(GOOD.getBytes(StandardCharsets.ISO_8859_1));
    latin1.writeBytes(
        "D-2,Zoë,100,EMEA,web,New,05-01-2024,,\n".getBytes(StandardCharsets.ISO_8859_1));

    // "Zoë" in Latin-1: the ë is the single byte EB, which starts no UTF-8 character.
    int offset = Fixtures.DEALS_HEADER.length() + GOOD.length() + "D-2,Zo".length();
    assertThat(errors(open(latin1.toByteArray())))
        .containsExactly(
            file()
                + ":3:7: error: the file is not valid UTF-8: the byte(s) eb at byte offset "
                + offset
                + " (line 3) are no UTF-8 character\n"
                + "  hint: save the file as UTF-8, or set `encoding` in the mapping to the file's own"
                + " (spreadsheet exports are often `windows-1252`)");
  }

  @Test
  void theSameFileReadsUnderItsOwnEncoding() {
    Path file =
        Fixtures.write(
            directory,
            "deals.csv",
            (Fixtures.DEALS_HEADER + "D-2,Zoë,100,EMEA,web,New,05-01-2024,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    Mapping latin1 = Fixtures.mapping("encoding: ISO-8859-1\n" + Fixtures.DEALS_MAPPING, directory);

    List<RowResult> rows = Fixtures.rows(Fixtures.open(file, latin1, Fixtures.dealsAccord()));

    assertThat(((RecordCreated) rows.getFirst().events().getFirst()).owner()).contains("Zoë");
  }

  @Test
  void aMissingFileIsReported() {
    Importer importer =
        Importer.open(
            directory.resolve("nope.csv"),
            Fixtures.mapping(Fixtures.DEALS_MAPPING, directory),
            Fixtures.dealsAccord());

    assertThat(errors(importer))
        .singleElement()
        .asString()
        .startsWith(directory.resolve("nope.csv") + ": error: no such file: ");
  }

  @Test
  void badRowsAreQuarantinedAndTheImportGoesOn() {
    String data =
        GOOD
            + "D-2,ann,100,EMEA\n" // ragged: four fields
            + "D-3,ann,100,EMEA,web,New,05-01-2024,,,extra\n" // ragged: ten fields
            + ",ann,100,EMEA,web,New,05-01-2024,,\n" // no record id
            + "D-5,ann,100,EMEA,web,New,31-02-2024,,\n" // no such date
            + "D-6,ann,100,EMEA,web,Pending,05-01-2024,,\n" // no such stage
            + "D-7,ann,100,EMEA,web,New,,,\n" // no date at all
            + "D-8,ann,100,EMEA,web,n/a,05-01-2024,,\n" // a placeholder for a stage
            + "D-9,ann,100,EMEA,web,New,05-01-2024,,\n";

    List<RowResult> rows = Fixtures.deals(directory, data);

    assertThat(rows)
        .extracting(RowResult::rowNumber)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(rows)
        .extracting(RowResult::isQuarantined)
        .containsExactly(false, true, true, true, true, true, true, true, false);
    assertThat(Fixtures.quarantined(rows))
        .extracting(q -> q.rowNumber() + " | " + q.column() + " | " + q.reason() + " | " + q.raw())
        .containsExactly(
            "2 | source | the row has 4 fields but the header has 9 (line 3) | D-2,ann,100,EMEA",
            "3 |  | the row has 10 fields but the header has 9 (line 4) | D-3,ann,100,EMEA,web,New,05-01-2024,,,extra",
            "4 | id | the record id is empty | ,ann,100,EMEA,web,New,05-01-2024,,",
            "5 | created | `created` holds `31-02-2024`, which none of the date formats reads (dd-MM-yyyy) | D-5,ann,100,EMEA,web,New,31-02-2024,,",
            "6 | stage | `Pending` is no stage of object `deal` and `value_maps.stage` does not map it | D-6,ann,100,EMEA,web,Pending,05-01-2024,,",
            "7 | created | the row gives no date to place the record in time: its creation date and the dates of the stages on its way to `new` are empty | D-7,ann,100,EMEA,web,New,,,",
            "8 | stage | the stage is the placeholder `n/a` | D-8,ann,100,EMEA,web,n/a,05-01-2024,,");
  }

  @Test
  void aFieldOverOneMebibyteIsQuarantinedWithoutStoppingTheImport() {
    String huge = "x".repeat(RowSource.MAX_FIELD_CHARS + 1);
    String data =
        GOOD + "D-2,ann,100,EMEA,\"" + huge + "\",New,05-01-2024,,\n" + GOOD.replace("D-1", "D-3");

    List<RowResult> rows = Fixtures.deals(directory, data);

    assertThat(rows).extracting(RowResult::isQuarantined).containsExactly(false, true, false);
    Quarantine quarantine = rows.get(1).rejected().orElseThrow();
    assertThat(quarantine.column()).isEqualTo("source");
    assertThat(quarantine.reason())
        .isEqualTo(
            "the field holds 1048577 characters, more than the 1048576 (1 MiB) a field may have (line 3)");
    // The quarantine keeps the start of the row, not all of it.
    assertThat(quarantine.raw())
        .startsWith("D-2,ann,100,EMEA,xxx")
        .hasSizeLessThan(Quarantine.MAX_RAW_CHARS + 100);
  }

  @Test
  void aQuoteThatNeverClosesEndsTheReadingWithAClearReason() {
    // Everything after the opening quote is one field larger than the parser's 16 MiB buffer.
    String data = GOOD + "D-2,ann,100,EMEA,\"web" + "y".repeat(17 * 1_048_576) + "\n";

    List<RowResult> rows = Fixtures.deals(directory, data);

    assertThat(rows).hasSize(2);
    assertThat(rows.getFirst().isQuarantined()).isFalse();
    Quarantine last = rows.get(1).rejected().orElseThrow();
    assertThat(last.rowNumber()).isEqualTo(2);
    assertThat(last.reason())
        .startsWith("Exception when reading record that started in line 3")
        .contains("a quotation begins but does not conclude")
        .endsWith("The rest of the file is not read.");
  }

  @Test
  void quotedDelimitersQuotesAndNewlinesStayInsideTheirField() {
    String data =
        "\"D-1\",\"ann \"\"the rep\"\"\",\"1,000\",\"EMEA\nNorth\",web,New,05-01-2024,,\r\n"
            + "D-2,bob,5,APAC,web,New,05-01-2024,,\r\n";

    List<RowResult> rows = Fixtures.deals(directory, data);

    RecordCreated first = (RecordCreated) rows.get(0).events().getFirst();
    assertThat(first.owner()).contains("ann \"the rep\"");
    assertThat(first.fields())
        .containsEntry("amount", "1,000")
        .containsEntry("region", "EMEA\nNorth");
    assertThat(rows.get(1).events().getFirst().recordId()).isEqualTo("D-2");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumn() {
    Path file = Fixtures.write(directory, "deals.csv", "\uFEFF" + Fixtures.DEALS_HEADER + GOOD);

    Importer importer =
        Fixtures.open(
            file, Fixtures.mapping(Fixtures.DEALS_MAPPING, directory), Fixtures.dealsAccord());

    assertThat(importer.header().getFirst()).isEqualTo("id");
    assertThat(Fixtures.rows(importer))
        .singleElement()
        .extracting(RowResult::isQuarantined)
        .isEqualTo(false);
  }

  @Test
  void readingAFileWithErrorsIsRefused() {
    Importer importer = open(Fixtures.DEALS_HEADER);

    assertThatThrownBy(() -> importer.read(0, 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the file holds a header but no data rows");
  }
}
