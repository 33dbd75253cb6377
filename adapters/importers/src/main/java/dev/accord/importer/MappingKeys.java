package dev.accord.importer;

import dev.accord.yaml.Position;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One reading of a mapping file's top-level keys into a {@link Mapping}, key by key: each bad value
 * is noted where it was written and read as its default, and reading goes on, so that every mistake
 * is reported at once. {@link SnapshotKeys} reads {@code snapshot} and {@code joins}.
 */
final class MappingKeys {

  static final List<String> KEYS =
      List.of(
          "format",
          "delimiter",
          "encoding",
          "object",
          "record_id",
          "source",
          "time_zone",
          "date_formats",
          "columns",
          "value_maps",
          "sentinels",
          "owner",
          "snapshot",
          "joins");

  private final MappingSection root;
  private final String file;
  private final Path directory;

  MappingKeys(MappingSection root, String file, Path directory) {
    this.root = root;
    this.file = file;
    this.directory = directory;
  }

  Mapping mapping() {
    Mapping.Format format = format();
    char delimiter = delimiter();
    Charset encoding = encoding();
    Ref object = required(root, "object");
    Ref recordId = required(root, "record_id");
    Optional<String> source = root.ref("source").map(Ref::name);
    ZoneId zone = timeZone();
    List<Mapping.DatePattern> dateFormats = dateFormats();
    List<Mapping.ColumnField> columns =
        root.pairs("columns").stream()
            .map(p -> new Mapping.ColumnField(p.getKey(), p.getValue()))
            .toList();
    List<Mapping.ValueMap> valueMaps = valueMaps();
    List<String> sentinels = root.refs("sentinels").stream().map(Ref::name).toList();
    Optional<Ref> owner = root.ref("owner");
    Snapshot snapshot = SnapshotKeys.snapshot(root);
    List<Join> joins = SnapshotKeys.joins(root);
    return new Mapping(
        file,
        directory,
        format,
        delimiter,
        encoding,
        object,
        recordId,
        source,
        zone,
        dateFormats,
        columns,
        valueMaps,
        sentinels,
        owner,
        snapshot,
        joins);
  }

  private Mapping.Format format() {
    return root.ref("format")
        .flatMap(ref -> {
          try {
            return Optional.of(Mapping.Format.valueOf(ref.name().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException unknown) {
            root.error(
                ref.at(),
                "`format`: unknown format `" + ref.name() + "`",
                "write `csv` or `jsonl`");
            return Optional.empty();
          }
        })
        .orElse(Mapping.Format.CSV);
  }

  private char delimiter() {
    Optional<Ref> written = root.ref("delimiter");
    if (written.isEmpty()) {
      return ',';
    }
    String text = written.get().name().equals("\\t") ? "\t" : written.get().name();
    if (text.length() != 1
        || text.charAt(0) == '"'
        || text.charAt(0) == '\n'
        || text.charAt(0) == '\r') {
      root.error(
          written.get().at(),
          "`delimiter`: `" + written.get().name() + "` is not a single separator character",
          "write one character in quotes, such as `delimiter: \";\"` or `delimiter: \"\\t\"`");
      return ',';
    }
    return text.charAt(0);
  }

  private Charset encoding() {
    return root.ref("encoding")
        .flatMap(ref -> {
          try {
            return Optional.of(Charset.forName(ref.name()));
          } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            root.error(
                ref.at(),
                "`encoding`: unknown character set `" + ref.name() + "`",
                "write a Java charset name such as `UTF-8`, `windows-1252` or `ISO-8859-1`");
            return Optional.empty();
          }
        })
        .orElse(StandardCharsets.UTF_8);
  }

  private ZoneId timeZone() {
    return root.ref("time_zone")
        .flatMap(ref -> {
          try {
            return Optional.of(ZoneId.of(ref.name()));
          } catch (DateTimeException unknown) {
            root.error(
                ref.at(),
                "`time_zone`: unknown time zone `" + ref.name() + "`",
                "write a region id such as `Europe/Berlin` or `America/New_York`, or `UTC`");
            return Optional.empty();
          }
        })
        .orElse(ZoneOffset.UTC);
  }

  private List<Mapping.DatePattern> dateFormats() {
    List<Ref> written = root.refs("date_formats");
    if (written.isEmpty()) {
      Position at = root.position("date_formats");
      return MappingFile.DEFAULT_DATE_FORMATS.stream()
          .map(pattern -> new Mapping.DatePattern(pattern, at))
          .toList();
    }
    List<Mapping.DatePattern> patterns = new ArrayList<>();
    for (Ref pattern : written) {
      try {
        DateReader.formatter(pattern.name());
        patterns.add(new Mapping.DatePattern(pattern.name(), pattern.at()));
      } catch (IllegalArgumentException bad) {
        root.error(
            pattern.at(),
            "`date_formats`: `" + pattern.name() + "` is not a date pattern: " + bad.getMessage(),
            "write a java.time pattern such as `dd-MM-yyyy`, `M/d/yyyy` or `yyyy-MM-dd HH:mm`; quote literal letters as in `yyyy-MM-dd'T'HH:mm`");
      }
    }
    return patterns;
  }

  private List<Mapping.ValueMap> valueMaps() {
    List<Mapping.ValueMap> maps = new ArrayList<>();
    for (Map.Entry<Ref, Node> column : root.nested("value_maps")) {
      Map<String, Ref> values = new LinkedHashMap<>();
      root.pairsOf(column.getValue(), "value_maps." + column.getKey().name())
          .forEach(pair -> values.put(pair.getKey().name(), pair.getValue()));
      maps.add(new Mapping.ValueMap(column.getKey(), values));
    }
    return maps;
  }

  static Ref required(MappingSection section, String key) {
    return section.requiredRef(key).orElseGet(() -> new Ref("", section.position(key)));
  }

  static Optional<LocalDate> isoDate(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
