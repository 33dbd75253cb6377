package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Whatever a CSV file holds, the importer never throws: every data row it reads is either turned
 * into events or quarantined, none lost and none counted twice.
 */
class CsvPropertiesTest {

  /**
   * A mapping with a constant creation date, so that any row with an id and a stage can be placed.
   */
  private static final String MAPPING =
      """
      object: deal
      record_id: id
      owner: rep
      columns:
        amount: amount
        region: region
      value_maps:
        stage: {New: new, Working: working, Won: won, Lost: lost}
      snapshot:
        stage: stage
        created_at: 2024-01-01
      """;

  private static final String HEADER = "id,rep,amount,region,stage";

  private Path directory;

  @BeforeTry
  void makeDirectory() throws IOException {
    directory = Files.createTempDirectory("csv-property");
  }

  @AfterTry
  void removeDirectory() throws IOException {
    try (var files = Files.walk(directory)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Property(tries = 300)
  void arbitraryTextNeverThrowsAndEveryRowIsProducedOrQuarantined(@ForAll("csvText") String text) {
    Path data = Fixtures.write(directory, "deals.csv", HEADER + "\n" + text);
    Importer importer =
        Importer.open(data, Fixtures.mapping(MAPPING, directory), Fixtures.dealsAccord());
    if (importer.hasErrors()) {
      // A file that cannot be imported is refused with reasons, never with an exception.
      return;
    }

    List<RowResult> rows = Fixtures.rows(importer);

    assertThat(rows)
        .extracting(RowResult::rowNumber)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, rows.size()).boxed().toList());
    assertThat(rows).allMatch(row -> row.isQuarantined() == row.events().isEmpty());
    long produced = rows.stream().filter(row -> !row.isQuarantined()).count();
    assertThat(produced + Fixtures.quarantined(rows).size()).isEqualTo(rows.size());
  }

  @Property(tries = 300)
  void everyWrittenRowIsReadOnceAsEventsOrQuarantine(@ForAll("rows") List<List<String>> rows) {
    // The first row is sound so that opening has values to check; the rest are anything at all.
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      csv.writeRecord(HEADER.split(","));
      csv.writeRecord("D-0", "ann", "1", "EMEA", "New");
      rows.forEach(csv::writeRecord);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path data = Fixtures.write(directory, "deals.csv", text.toString());

    List<RowResult> read =
        Fixtures.rows(
            Fixtures.open(data, Fixtures.mapping(MAPPING, directory), Fixtures.dealsAccord()));

    // A row of one empty field is written as an empty line, which is no row.
    long written =
        1 + rows.stream().filter(row -> !(row.size() == 1 && row.getFirst().isEmpty())).count();
    long produced = read.stream().filter(row -> !row.isQuarantined()).count();
    assertThat(read).hasSize((int) written);
    assertThat(produced + Fixtures.quarantined(read).size()).isEqualTo(written);
    assertThat(read.getFirst().isQuarantined()).isFalse();
    // A row with exactly the header's five fields, an id and a known stage is never quarantined.
    int at = 1;
    for (List<String> row : rows) {
      if (row.size() == 1 && row.getFirst().isEmpty()) {
        continue;
      }
      boolean sound =
          row.size() == 5
              && !row.get(0).isBlank()
              && !row.get(0).strip().equalsIgnoreCase("n/a")
              && List.of("New", "Working", "Won", "Lost").contains(row.get(4).strip());
      if (sound) {
        assertThat(read.get(at).rejected()).as("row %s: %s", at + 1, row).isEmpty();
      }
      at++;
    }
  }

  @Provide
  Arbitrary<String> csvText() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                ",", "\"", "\n", "\r\n", "\r", " ", "New", "Won", "n/a", "Select", "D-1", "é",
                "\uFEFF", ";", "\"\""),
            Arbitraries.strings().ofMaxLength(6));
    return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> field =
        Arbitraries.oneOf(
            Arbitraries.of(
                "",
                " ",
                "D-7",
                "New",
                "Won",
                "Lost",
                "Working",
                "Pending",
                "n/a",
                "N/A",
                "a,b",
                "say \"hi\"",
                "two\nlines",
                "x\r\ny"),
            Arbitraries.strings().ofMaxLength(8));
    return field.list().ofMinSize(1).ofMaxSize(8).list().ofMaxSize(25);
  }
}
