package dev.accord.importer;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.shared.Severity;
import dev.accord.yaml.Diagnostic;
import dev.accord.yaml.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a mapping against what it maps — the data file's header and first rows, and the accord —
 * before any row is read: every column it names is in the file, every stage it names is a stage of
 * the object, the first date of each date column reads with the mapping's formats, and the first
 * stage value is a stage. Each mistake is placed at the line and column of the mapping file that
 * made it, naming the column and a value from the file.
 */
final class MappingCheck {

  private final Mapping mapping;
  private final String dataName;
  private final List<String> header;
  private final FirstValues first;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private MappingCheck(Mapping mapping, String dataName, List<String> header, FirstValues first) {
    this.mapping = mapping;
    this.dataName = dataName;
    this.header = header;
    this.first = first;
  }

  /** Whether the accord has the mapping's object; noted when it has not. */
  static Optional<ObjectType> object(Mapping mapping, Accord accord, List<Diagnostic> diagnostics) {
    Optional<ObjectType> object = accord.object(mapping.object().name());
    if (object.isEmpty()) {
      List<String> known = accord.objects().stream().map(ObjectType::id).toList();
      diagnostics.add(
          Diagnostic.error(
              mapping.file(),
              mapping.object().at(),
              "object `" + mapping.object().name() + "` is not an object of the accord",
              Suggestions.didYouMean(mapping.object().name(), known)
                  + "the accord's objects are: "
                  + String.join(", ", known)));
    }
    return object;
  }

  static List<Diagnostic> check(
      Mapping mapping,
      ObjectType object,
      String dataName,
      List<String> header,
      List<SourceRow.Fields> sample,
      Sentinels sentinels) {
    FirstValues first = new FirstValues(mapping, header, sample, sentinels);
    MappingCheck check = new MappingCheck(mapping, dataName, header, first);
    StageOrder order = new StageOrder(object);
    check.columns();
    check.stages(order);
    check.fields(object);
    check.diagnostics.addAll(first.check(order));
    return check.diagnostics;
  }

  private void columns() {
    Set<Position> seen = new HashSet<>();
    for (Ref column : mapping.dataColumns()) {
      if (seen.add(column.at()) && !header.contains(column.name())) {
        unknownColumn(column, "column");
      }
    }
    for (Mapping.ValueMap map : mapping.valueMaps()) {
      boolean read =
          mapping.dataColumns().stream()
              .anyMatch(
                  c -> c.name().equals(map.column().name()) && !c.at().equals(map.column().at()));
      if (!read) {
        warning(
            map.column().at(),
            "`value_maps` translates column `"
                + map.column().name()
                + "`, which the mapping reads nowhere",
            "map the column under `columns`, or remove its value map");
      }
    }
    Set<String> fields = new HashSet<>();
    mapping.columns().forEach(c -> fields.add(c.field().name()));
    for (Join join : mapping.joins()) {
      if (!fields.contains(join.on().name()) && !header.contains(join.on().name())) {
        unknownColumn(join.on(), "join `on`: column or field");
      }
    }
  }

  private void unknownColumn(Ref column, String what) {
    Optional<String> close = Suggestions.closest(column.name(), header);
    String example =
        close.flatMap(first::firstValue).map(value -> " (e.g. `" + value + "`)").orElse("");
    diagnostics.add(
        Diagnostic.error(
            mapping.file(),
            column.at(),
            what
                + " `"
                + column.name()
                + "` is not in the "
                + headerName()
                + " of `"
                + dataName
                + "`",
            close.map(c -> "did you mean `" + c + "`" + example + "? ").orElse("")
                + "the columns are: "
                + String.join(", ", header)));
  }

  private String headerName() {
    return mapping.format() == Mapping.Format.CSV
        ? "header"
        : "fields of the first " + JsonLines.HEADER_SAMPLE + " records";
  }

  private void stages(StageOrder order) {
    String stageColumn = mapping.snapshot().stage().name();
    mapping
        .valueMap(stageColumn)
        .ifPresent(map ->
            map.values()
                .forEach((raw, target) ->
                    stage(
                        order,
                        target,
                        "`value_maps."
                            + stageColumn
                            + "` maps `"
                            + raw
                            + "` to `"
                            + target.name()
                            + "`, which")));
    for (Snapshot.StageEntry entry : mapping.snapshot().stageEntries()) {
      stage(order, entry.stage(), "`stage_entries` names `" + entry.stage().name() + "`, which");
    }
    mapping
        .snapshot()
        .createdIn()
        .ifPresent(in -> stage(order, in, "`created_in` names `" + in.name() + "`, which"));
  }

  private void stage(StageOrder order, Ref stage, String says) {
    if (!order.has(stage.name())) {
      diagnostics.add(
          Diagnostic.error(
              mapping.file(),
              stage.at(),
              says + " is no stage of object `" + mapping.object().name() + "`",
              Suggestions.didYouMean(stage.name(), order.ids())
                  + "its stages are: "
                  + String.join(", ", order.ids())));
    }
  }

  private void fields(ObjectType object) {
    List<Ref> fields = new ArrayList<>();
    mapping.columns().forEach(c -> fields.add(c.field()));
    mapping.joins().forEach(j -> j.fields().forEach(f -> fields.add(f.field())));
    for (Ref field : fields) {
      if (object.field(field.name()).isEmpty()) {
        warning(
            field.at(),
            "field `"
                + field.name()
                + "` is not declared on object `"
                + object.id()
                + "` in the accord",
            "its values are carried into the events, but no rule of the accord reads them; declare it under the object's `fields` to use it");
      }
    }
  }

  private void warning(Position at, String message, String hint) {
    diagnostics.add(
        new Diagnostic(mapping.file(), at.line(), at.column(), Severity.WARNING, message, hint));
  }
}
