package dev.accord.importer;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts an import leans on: dates, spellings and the quarantine file. */
class SupportTest {

  @TempDir Path directory;

  @Test
  void datesAreReadStrictlyWithTheFirstPatternThatFits() {
    DateReader dates =
        new DateReader(
            List.of("dd-MM-yyyy", "M/d/yyyy h:mm a", "yyyy-MM-dd'T'HH:mm:ssXXX"),
            ZoneId.of("America/New_York"));

    assertThat(dates.read("20-10-2016")).contains(Instant.parse("2016-10-20T04:00:00Z"));
    assertThat(dates.read(" 3/4/2025 9:14 am ")).contains(Instant.parse("2025-03-04T14:14:00Z"));
    assertThat(dates.read("2026-01-05T14:03:00Z")).contains(Instant.parse("2026-01-05T14:03:00Z"));
    // The 31st of February is no date, not the 28th.
    assertThat(dates.read("31-02-2017")).isEmpty();
    assertThat(dates.read("yesterday")).isEmpty();
  }

  @Test
  void spellingsAreReportedOncePerNewSpellingAndTheWatchIsBounded() {
    SpellingWatch watch = new SpellingWatch();

    assertThat(watch.see("source", "Google", 1)).isEmpty();
    assertThat(watch.see("source", "google", 2))
        .contains(new SpellingWatch.Variant("source", "Google", 1, "google", 2));
    assertThat(watch.see("source", "google", 3)).isEmpty();
    assertThat(watch.see("other", "google", 4)).isEmpty();
    for (int i = 0; i < SpellingWatch.MAX_VALUES_PER_COLUMN; i++) {
      watch.see("name", "Name " + i, i);
    }
    // The first thousand values are remembered; a value past the bound is not.
    assertThat(watch.see("name", "NAME 5", 2_000)).isPresent();
    assertThat(watch.see("name", "Late", 2_001)).isEmpty();
    assertThat(watch.see("name", "LATE", 2_002)).isEmpty();
  }

  @Test
  void theQuarantineFileIsACsvThatAResumedImportAppendsTo() throws IOException {
    Path file = directory.resolve("out/quarantine.csv");
    try (QuarantineFile quarantine = QuarantineFile.append(file)) {
      quarantine.write(
          new Quarantine(
              2, "source", "the row has 4 fields but the header has 9", "D-2,ann,\"1,0\"\nx"));
      assertThat(quarantine.written()).isEqualTo(1);
    }
    try (QuarantineFile quarantine = QuarantineFile.append(file)) {
      quarantine.write(
          new ImportBatch(List.of(RowResult.quarantined(new Quarantine(7, "", "bad", "raw")))));
    }

    List<List<String>> lines;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
      lines = csv.stream().map(CsvRecord::getFields).toList();
    }
    assertThat(lines)
        .containsExactly(
            List.of("row", "column", "reason", "raw"),
            List.of(
                "2", "source", "the row has 4 fields but the header has 9", "D-2,ann,\"1,0\"\nx"),
            List.of("7", "", "bad", "raw"));
  }

  @Test
  void aQuarantinedRowKeepsAtMost64KiCharactersOfItsText() {
    Quarantine quarantine =
        new Quarantine(1, "", "too big", "z".repeat(Quarantine.MAX_RAW_CHARS + 10));

    assertThat(quarantine.raw())
        .hasSize(Quarantine.MAX_RAW_CHARS + " ... [10 more characters]".length() - 1)
        .endsWith("... [10 more characters]");
    assertThat(Optional.of(quarantine.rowNumber())).contains(1L);
  }
}
