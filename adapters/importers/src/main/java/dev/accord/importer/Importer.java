package dev.accord.importer;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.yaml.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Imports one CRM export under a mapping and an accord. Opening checks everything that can be
 * checked before a row is read — the file's encoding, header and delimiter, every column and stage
 * the mapping names, the first value of each date and stage column, the reference files — and
 * reports each problem as a {@link Diagnostic}. Only a file without errors can then be read, as a
 * stream of {@link ImportBatch}es, from its start or after a given row.
 *
 * <pre>{@code
 * MappingRead read = MappingFile.read(Path.of("mapping.yaml"));
 * Importer importer = Importer.open(Path.of("sales_pipeline.csv"), read.mapping().orElseThrow(), accord);
 * if (!importer.hasErrors()) {
 *   try (ImportRun run = importer.read(checkpoint, 1_000)) {
 *     run.forEachRemaining(batch -> store.ingest(batch.events(), batch.findings(), ...));
 *   }
 * }
 * }</pre>
 */
public final class Importer {

  /** How many rows a batch holds unless the caller says otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 1_000;

  /** How many first rows opening reads to check the date and stage columns. */
  static final int SAMPLE_ROWS = 100;

  private final Path data;
  private final Mapping mapping;
  private final Accord accord;
  private final List<Diagnostic> diagnostics;
  private final List<String> header;
  private final Optional<ObjectType> object;
  private final References references;

  private Importer(
      Path data,
      Mapping mapping,
      Accord accord,
      List<Diagnostic> diagnostics,
      List<String> header,
      Optional<ObjectType> object,
      References references) {
    this.data = data;
    this.mapping = mapping;
    this.accord = accord;
    this.diagnostics = List.copyOf(diagnostics);
    this.header = List.copyOf(header);
    this.object = object;
    this.references = references;
  }

  /** Opens the data file under the mapping and the accord, and checks them against each other. */
  public static Importer open(Path data, Mapping mapping, Accord accord) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<ObjectType> object = MappingCheck.object(mapping, accord, diagnostics);
    References references = References.load(mapping, diagnostics);
    Optional<Glimpse> glimpse = Glimpse.of(data, mapping, diagnostics);
    if (glimpse.isPresent() && object.isPresent()) {
      diagnostics.addAll(
          MappingCheck.check(
              mapping,
              object.get(),
              data.getFileName().toString(),
              glimpse.get().header(),
              glimpse.get().sample(),
              sentinels(mapping, accord, object.get())));
    }
    // The data file's problems first, then the mapping's, each in file order.
    String dataName = data.toString();
    diagnostics.sort(
        Comparator.comparing((Diagnostic d) -> !d.file().equals(dataName))
            .thenComparing(Diagnostic::file)
            .thenComparing(Diagnostic.IN_FILE_ORDER));
    return new Importer(
        data,
        mapping,
        accord,
        diagnostics,
        glimpse.map(Glimpse::header).orElse(List.of()),
        object,
        references);
  }

  static RowSource rows(Path data, Mapping mapping) throws IOException {
    return switch (mapping.format()) {
      case CSV -> CsvRows.open(data, mapping.encoding(), mapping.delimiter());
      case JSONL -> JsonLines.open(data, mapping.encoding());
    };
  }

  static Sentinels sentinels(Mapping mapping, Accord accord, ObjectType object) {
    return new Sentinels(mapping.sentinels(), accord.sentinels(), object);
  }

  /**
   * Everything wrong with the data file and the mapping; errors stop the import, warnings do not.
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The data file's columns. */
  public List<String> header() {
    return header;
  }

  /** The source the events name: the mapping's, or {@code <format>:<data file name>}. */
  public String source() {
    return mapping
        .source()
        .orElse(
            mapping.format().name().toLowerCase(java.util.Locale.ROOT) + ":" + data.getFileName());
  }

  /** Reads the file from its first row, in batches of {@link #DEFAULT_BATCH_SIZE}. */
  public ImportRun read() {
    return read(0, DEFAULT_BATCH_SIZE);
  }

  /**
   * Reads the file in batches, leaving out the rows up to and including {@code startAfterRow}: an
   * import resumed after its last stored row. The rows left out are still read through, so that
   * what depends on earlier rows (a value's first spelling) comes out exactly as in a full run.
   *
   * @throws IllegalStateException when opening found errors
   */
  public ImportRun read(long startAfterRow, int batchSize) {
    if (hasErrors()) {
      throw new IllegalStateException(
          "the import has errors and cannot be read: "
              + diagnostics.stream()
                  .filter(Diagnostic::isError)
                  .map(Diagnostic::format)
                  .collect(Collectors.joining("; ")));
    }
    if (startAfterRow < 0 || batchSize < 1) {
      throw new IllegalArgumentException(
          "start after row "
              + startAfterRow
              + " in batches of "
              + batchSize
              + ": the row is never negative, and a batch holds at least one row");
    }
    ObjectType type = object.orElseThrow();
    Sentinels sentinels = sentinels(mapping, accord, type);
    RowMapper mapper =
        new RowMapper(
            mapping, source(), new StageOrder(type), DateReader.of(mapping), sentinels, references);
    try {
      return new ImportRun(rows(data, mapping), mapper, startAfterRow, batchSize);
    } catch (IOException e) {
      throw new ImportException("cannot read `" + data + "`: " + e.getMessage(), e);
    }
  }
}
