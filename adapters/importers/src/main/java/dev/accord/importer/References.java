package dev.accord.importer;

import dev.accord.core.shared.Severity;
import dev.accord.yaml.Diagnostic;
import dev.accord.yaml.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference files a mapping joins, loaded into memory once: for each join, its key values and
 * the fields each adds. Reference files are lookup tables (teams, accounts, products), small next
 * to the data file; each is read with the mapping's delimiter and encoding. A key that appears
 * twice keeps its first row, and the repeat is noted.
 */
final class References {

  /** One loaded reference file. */
  record Table(
      Join join,
      String fileName,
      Map<String, Map<String, String>> rows,
      Map<String, String> byLooseKey) {

    Optional<Map<String, String>> lookup(String key) {
      return Optional.ofNullable(rows.get(key));
    }

    /** The key the value was probably meant to be: equal but for case, spacing and punctuation. */
    Optional<String> closest(String value) {
      return Optional.ofNullable(byLooseKey.get(loose(value)));
    }
  }

  private final List<Table> tables;

  private References(List<Table> tables) {
    this.tables = List.copyOf(tables);
  }

  /**
   * Adds each join's fields to a row's fields; a field the row already has keeps the row's value. A
   * key that is empty is not looked up, nor is a sentinel (reported as such when it fills no field
   * of its own); a key that matches nothing is an unknown reference.
   *
   * @param mappedFields the fields the mapping's columns fill: a join {@code on} one of them looks
   *     up the field's value, else the raw column's
   * @return the findings of the joins
   */
  List<Finding> join(
      SourceRow.RowValues values,
      Map<String, String> fields,
      Set<String> mappedFields,
      Sentinels sentinels) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : tables) {
      String on = table.join().on().name();
      String key = mappedFields.contains(on) ? fields.getOrDefault(on, "") : values.get(on);
      if (key.isEmpty()) {
        continue;
      }
      if (sentinels.isSentinel(on, key)) {
        if (!mappedFields.contains(on)) {
          findings.add(Finding.sentinel(on, key));
        }
        continue;
      }
      Optional<Map<String, String>> match = table.lookup(key);
      if (match.isEmpty()) {
        findings.add(Finding.unknownReference(table, on, key));
        continue;
      }
      match
          .get()
          .forEach((field, value) -> {
            if (!value.isEmpty()) {
              fields.putIfAbsent(field, value);
            }
          });
    }
    return findings;
  }

  /** Loads every join's file, noting in the diagnostics what is missing or wrong. */
  static References load(Mapping mapping, List<Diagnostic> diagnostics) {
    List<Table> tables = new ArrayList<>();
    for (Join join : mapping.joins()) {
      load(mapping, join, diagnostics).ifPresent(tables::add);
    }
    return new References(tables);
  }

  private static Optional<Table> load(Mapping mapping, Join join, List<Diagnostic> diagnostics) {
    Path file = mapping.directory().resolve(join.file().name());
    String fileName = join.file().name();
    if (!Files.isRegularFile(file)) {
      diagnostics.add(
          Diagnostic.error(
              mapping.file(),
              join.file().at(),
              "join file `" + fileName + "` not found (looked for " + file + ")",
              "reference files are found relative to the mapping file's folder"));
      return Optional.empty();
    }
    try {
      Optional<EncodingCheck.Malformed> malformed =
          EncodingCheck.firstMalformed(file, mapping.encoding());
      if (malformed.isPresent()) {
        diagnostics.add(
            Diagnostic.error(
                mapping.file(),
                join.file().at(),
                "join file `"
                    + fileName
                    + "` is not valid "
                    + mapping.encoding().name()
                    + ": bytes "
                    + malformed.get().bytes()
                    + " at line "
                    + malformed.get().line(),
                "save it in the mapping's `encoding`"));
        return Optional.empty();
      }
      try (CsvRows rows = CsvRows.open(file, mapping.encoding(), mapping.delimiter())) {
        return read(mapping, join, fileName, rows, diagnostics);
      }
    } catch (IOException unreadable) {
      diagnostics.add(
          Diagnostic.error(
              mapping.file(),
              join.file().at(),
              "cannot read join file `" + fileName + "`: " + unreadable.getMessage(),
              "check that the file can be read"));
      return Optional.empty();
    }
  }

  private static Optional<Table> read(
      Mapping mapping, Join join, String fileName, CsvRows rows, List<Diagnostic> diagnostics) {
    List<String> header = rows.header();
    boolean known = column(mapping, join.key(), fileName, header, "key", diagnostics);
    for (Mapping.ColumnField field : join.fields()) {
      known &= column(mapping, field.column(), fileName, header, "field", diagnostics);
    }
    if (!known) {
      return Optional.empty();
    }
    Map<String, Map<String, String>> byKey = new HashMap<>();
    Map<String, String> byLooseKey = new HashMap<>();
    long repeats = 0;
    long defective = 0;
    for (Optional<SourceRow> next = rows.next(); next.isPresent(); next = rows.next()) {
      if (!(next.get() instanceof SourceRow.Fields row)) {
        defective++;
        continue;
      }
      String key = row.values().get(join.key().name());
      if (byKey.containsKey(key)) {
        repeats++;
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Mapping.ColumnField field : join.fields()) {
        fields.put(field.field().name(), row.values().get(field.column().name()));
      }
      byKey.put(key, fields);
      byLooseKey.putIfAbsent(loose(key), key);
    }
    if (repeats > 0) {
      diagnostics.add(
          warning(
              mapping,
              join.key().at(),
              "join file `"
                  + fileName
                  + "` repeats "
                  + repeats
                  + " value(s) of its key `"
                  + join.key().name()
                  + "`; the first row of each is used",
              "make the key unique in the reference file"));
    }
    if (defective > 0) {
      diagnostics.add(
          warning(
              mapping,
              join.file().at(),
              "join file `"
                  + fileName
                  + "` has "
                  + defective
                  + " row(s) that do not fit its header; they are left out",
              "give every row as many fields as the header"));
    }
    return Optional.of(new Table(join, fileName, byKey, byLooseKey));
  }

  private static boolean column(
      Mapping mapping,
      Ref column,
      String fileName,
      List<String> header,
      String role,
      List<Diagnostic> diagnostics) {
    if (header.contains(column.name())) {
      return true;
    }
    diagnostics.add(
        Diagnostic.error(
            mapping.file(),
            column.at(),
            "join "
                + role
                + " column `"
                + column.name()
                + "` is not in the header of `"
                + fileName
                + "`",
            Suggestions.didYouMean(column.name(), header)
                + "its columns are: "
                + String.join(", ", header)));
    return false;
  }

  private static Diagnostic warning(Mapping mapping, Position at, String message, String hint) {
    return new Diagnostic(mapping.file(), at.line(), at.column(), Severity.WARNING, message, hint);
  }

  /**
   * A key with case, spacing and punctuation put aside: {@code GTXPro} and {@code GTX Pro} meet.
   */
  static String loose(String key) {
    StringBuilder loose = new StringBuilder(key.length());
    key.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(loose::appendCodePoint);
    return loose.toString().toLowerCase(Locale.ROOT);
  }
}
