package dev.accord.importer;

import dev.accord.core.shared.Values;
import dev.accord.yaml.Position;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How one kind of CRM export becomes Accord events: which file format it is, which column holds the
 * record id, which columns become which fields of which object, how raw values are translated, how
 * dates are written, how a snapshot row is turned into a timeline, and which reference files add
 * fields to each row. A mapping is written as a YAML file ({@code docs/mappings.md}); every name it
 * refers to keeps its place in that file so that a mistake is reported where it was made.
 *
 * @param file the mapping file as it was named, for diagnostics
 * @param directory the folder reference files are found in
 * @param format CSV or JSON lines
 * @param delimiter the CSV field separator
 * @param encoding the character set of the data and reference files
 * @param object the accord object the rows are records of
 * @param recordId the column holding each record's id
 * @param source the system the data came from; empty for {@code <format>:<data file name>}
 * @param timeZone the zone of dates written without one
 * @param dateFormats the java.time patterns dates are written in, tried in order
 * @param columns which column becomes which field
 * @param valueMaps per column, raw values and what they stand for
 * @param sentinels values that mean "empty", on top of the accord's
 * @param owner the column naming the record's owner, if any
 * @param snapshot how a row becomes a timeline of events
 * @param joins reference files that add fields
 */
public record Mapping(
    String file,
    Path directory,
    Format format,
    char delimiter,
    Charset encoding,
    Ref object,
    Ref recordId,
    Optional<String> source,
    ZoneId timeZone,
    List<DatePattern> dateFormats,
    List<ColumnField> columns,
    List<ValueMap> valueMaps,
    List<String> sentinels,
    Optional<Ref> owner,
    Snapshot snapshot,
    List<Join> joins) {

  /** The shapes of file an importer reads. */
  public enum Format {
    /** Comma- (or otherwise) separated values with a header row. */
    CSV,
    /** One JSON object per line; nested fields are named with dots. */
    JSONL
  }

  /** A java.time date pattern, such as {@code dd-MM-yyyy}, and where the mapping wrote it. */
  public record DatePattern(String pattern, Position at) {
    public DatePattern {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(at, "at");
    }
  }

  /** A column of the file and the field it fills. */
  public record ColumnField(Ref column, Ref field) {
    public ColumnField {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * The translation of one column's raw values, such as {@code Won -> won}; values not listed pass
   * through unchanged.
   */
  public record ValueMap(Ref column, Map<String, Ref> values) {
    public ValueMap {
      Objects.requireNonNull(column, "column");
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** What a raw value stands for. */
    public String apply(String raw) {
      Ref mapped = values.get(raw);
      return mapped == null ? raw : mapped.name();
    }
  }

  public Mapping {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(timeZone, "timeZone");
    dateFormats = Values.list(dateFormats);
    columns = Values.list(columns);
    valueMaps = Values.list(valueMaps);
    sentinels = Values.list(sentinels);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(snapshot, "snapshot");
    joins = Values.list(joins);
  }

  /** The value map of a column, if the mapping gives one. */
  public Optional<ValueMap> valueMap(String column) {
    return valueMaps.stream().filter(map -> map.column().name().equals(column)).findFirst();
  }

  /** Every column of the data file the mapping reads, each where it is named. */
  public List<Ref> dataColumns() {
    return Stream.of(
            Stream.of(recordId),
            owner.stream(),
            columns.stream().map(ColumnField::column),
            valueMaps.stream().map(ValueMap::column),
            snapshot.columns().stream())
        .flatMap(s -> s)
        .toList();
  }
}
