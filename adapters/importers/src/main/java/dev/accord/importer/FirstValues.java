package dev.accord.importer;

import dev.accord.yaml.Diagnostic;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first real value of each column a mapping must be able to read — every date column and the
 * stage column — checked on the data file's first rows before the import starts: a date format that
 * reads none of a file's dates, or a stage column whose values no map translates, is a mistake of
 * the mapping, not of one row. "Real" leaves out empty values and sentinels.
 */
final class FirstValues {

  /** Patterns offered when a date column's first value matches none of the mapping's. */
  private static final List<String> COMMON_DATE_FORMATS =
      List.of(
          "yyyy-MM-dd",
          "dd-MM-yyyy",
          "MM-dd-yyyy",
          "dd/MM/yyyy",
          "M/d/yyyy",
          "d.M.yyyy",
          "yyyy/MM/dd",
          "yyyy-MM-dd HH:mm",
          "yyyy-MM-dd HH:mm:ss",
          "M/d/yyyy h:mm a",
          "dd/MM/yyyy HH:mm",
          "yyyy-MM-dd'T'HH:mm:ssXXX",
          "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private final Mapping mapping;
  private final List<String> header;
  private final List<SourceRow.Fields> sample;
  private final Sentinels sentinels;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  FirstValues(
      Mapping mapping, List<String> header, List<SourceRow.Fields> sample, Sentinels sentinels) {
    this.mapping = mapping;
    this.header = header;
    this.sample = sample;
    this.sentinels = sentinels;
  }

  /** The mistakes the first values show, each at the mapping's line and column. */
  List<Diagnostic> check(StageOrder order) {
    dates();
    firstStage(order);
    return diagnostics;
  }

  private void dates() {
    DateReader dates = DateReader.of(mapping);
    List<Ref> columns = new ArrayList<>(mapping.snapshot().dateColumns());
    mapping.snapshot().activities().forEach(a -> columns.add(a.column()));
    for (Ref column : columns) {
      if (!header.contains(column.name())) {
        continue;
      }
      firstRow(column.name())
          .ifPresent(row -> {
            String value = row.values().get(column.name()).strip();
            if (dates.read(value).isEmpty()) {
              Optional<String> fits =
                  COMMON_DATE_FORMATS.stream()
                      .filter(
                          p -> new DateReader(List.of(p), ZoneOffset.UTC).read(value).isPresent())
                      .findFirst();
              diagnostics.add(
                  Diagnostic.error(
                      mapping.file(),
                      column.at(),
                      "column `"
                          + column.name()
                          + "`: its first value `"
                          + value
                          + "` (row "
                          + row.number()
                          + ") is read by none of the date formats ("
                          + dates.describe()
                          + ")",
                      "add a pattern that reads it to `date_formats`"
                          + fits.map(p -> ", such as `" + p + "`").orElse("")));
            }
          });
    }
  }

  private void firstStage(StageOrder order) {
    Ref column = mapping.snapshot().stage();
    if (!header.contains(column.name())) {
      return;
    }
    firstRow(column.name())
        .ifPresent(row -> {
          String raw = row.values().get(column.name()).strip();
          Optional<Mapping.ValueMap> map = mapping.valueMap(column.name());
          boolean mapped = map.map(m -> m.values().containsKey(raw)).orElse(false);
          // A value the map sends to an unknown stage is reported at the map's own line.
          if (!mapped && !order.has(raw) && !order.ids().isEmpty()) {
            diagnostics.add(
                Diagnostic.error(
                    mapping.file(),
                    column.at(),
                    "column `"
                        + column.name()
                        + "`: its first value `"
                        + raw
                        + "` (row "
                        + row.number()
                        + ") is no stage of object `"
                        + mapping.object().name()
                        + "`"
                        + (map.isPresent()
                            ? ", and `value_maps." + column.name() + "` does not map it"
                            : ""),
                    "map each value of the column to a stage under `value_maps`, such as `"
                        + column.name()
                        + ": {"
                        + raw
                        + ": "
                        + order.ids().getFirst()
                        + "}`"));
          }
        });
  }

  /** The first sampled row with a real value in the column. */
  private Optional<SourceRow.Fields> firstRow(String column) {
    return sample.stream()
        .filter(row -> {
          String value = row.values().get(column).strip();
          return !value.isEmpty() && !sentinels.isSentinel(value);
        })
        .findFirst();
  }

  Optional<String> firstValue(String column) {
    return firstRow(column).map(row -> row.values().get(column).strip());
  }
}
