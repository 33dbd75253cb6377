package dev.accord.bench;

import dev.accord.core.accord.Accord;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.scorecard.BuiltinDimension;
import dev.accord.core.scorecard.ConversionMethod;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scorecard of an accord written as SQL over the tables of {@code FactTables}, as an analyst
 * would write it for DuckDB: the period the data covers, a snapshot of each record (its current
 * field values, owner and team, each dimension's key), each record's first entry into each stage in
 * the period, then one query per KPI with a grouping set per breakdown, and one for the funnels.
 *
 * <p>It counts what the engine counts, for the query of everything there is: a thing is counted at
 * the instant that places it in the period and grouped by its record's values and that instant; a
 * field value is the latest version (ties going to the one learned last), a placeholder or a blank
 * counting as no value. It covers the formulas and dimensions of the default accord and refuses the
 * others.
 */
final class ScorecardSql {

  static final String NO_VALUE = "(no value)";
  private static final long DAY = 86_400_000L;

  /**
   * What the SQL computed.
   *
   * @param totals each KPI's value, NaN when there was nothing to count
   * @param breakdowns per KPI, per dimension, the value per key
   * @param funnel per pipeline, month and stage, the entries and the amount they carried
   */
  record Answer(
      Map<String, Double> totals,
      Map<String, Map<String, Map<String, Double>>> breakdowns,
      Map<String, double[]> funnel) {}

  private record Query(Kpi kpi, String sql) {}

  private final Accord accord;
  private final Map<String, Dimension> dimensions = new LinkedHashMap<>();

  /** The fields the snapshot reads, each given a column. */
  private final Set<String> fields = new LinkedHashSet<>();

  /** The fields read as numbers, each given a second column. */
  private final Set<String> numericFields = new LinkedHashSet<>();

  /** The dimension keys per object, each a column of the snapshot: column name to expression. */
  private final Map<String, String> keyColumns = new LinkedHashMap<>();

  private final Set<String> stages = new LinkedHashSet<>();
  private final List<Query> queries = new ArrayList<>();
  private final String funnel;

  ScorecardSql(Accord accord) {
    this.accord = accord;
    accord.dimensions().forEach(d -> dimensions.put(d.id(), d));
    for (Kpi kpi : accord.kpis()) {
      queries.add(new Query(kpi, kpiSql(kpi)));
    }
    funnel = funnelSql();
  }

  /** The whole scorecard, statement after statement on the connection. */
  Answer compute(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      long from;
      long to;
      try (ResultSet period =
          statement.executeQuery(
              "SELECT least((SELECT min(created_at) FROM records),"
                  + " (SELECT min(occurred_at) FROM stage_entries), (SELECT min(occurred_at) FROM events)),"
                  + " greatest((SELECT max(created_at) FROM records),"
                  + " (SELECT max(occurred_at) FROM stage_entries), (SELECT max(occurred_at) FROM events))")) {
        period.next();
        from = period.getLong(1);
        to = period.getLong(2) + 1;
        if (period.wasNull()) {
          throw new IllegalStateException("no facts to count");
        }
      }
      statement.execute(snapshotSql());
      statement.execute(
          "CREATE OR REPLACE TEMP TABLE firsts AS SELECT record, stage, min(occurred_at) AS occurred_at"
              + " FROM stage_entries WHERE occurred_at >= "
              + from
              + " AND occurred_at < "
              + to
              + " AND stage IN ("
              + literals(stages)
              + ") GROUP BY record, stage");
      Map<String, Double> totals = new LinkedHashMap<>();
      Map<String, Map<String, Map<String, Double>>> breakdowns = new LinkedHashMap<>();
      for (Query query : queries) {
        Map<String, Map<String, Double>> byDimension = new TreeMap<>();
        double total = Double.NaN;
        try (ResultSet rows = statement.executeQuery(period(query.sql(), from, to))) {
          while (rows.next()) {
            String dimension = rows.getString(1);
            double value = rows.getDouble(3);
            if (rows.wasNull()) {
              continue;
            }
            if (dimension.isEmpty()) {
              total = value;
            } else {
              byDimension
                  .computeIfAbsent(dimension, d -> new TreeMap<>())
                  .put(rows.getString(2), value);
            }
          }
        }
        totals.put(query.kpi().id(), total);
        breakdowns.put(query.kpi().id(), byDimension);
      }
      Map<String, double[]> cells = new TreeMap<>();
      try (ResultSet rows = statement.executeQuery(period(funnel, from, to))) {
        while (rows.next()) {
          String stage = rows.getString(2);
          String pipeline = accord.pipelineOf(stage).orElseThrow().id();
          double amount = rows.getDouble(4);
          if (rows.wasNull()) {
            amount = 0;
          }
          cells.put(
              pipeline + " " + rows.getString(1) + " " + stage,
              new double[] {rows.getLong(3), amount});
        }
      }
      statement.execute("DROP TABLE rec; DROP TABLE firsts");
      return new Answer(totals, breakdowns, cells);
    }
  }

  private static String period(String sql, long from, long to) {
    return sql.replace(":from", Long.toString(from)).replace(":to", Long.toString(to));
  }

  /**
   * Each record as it stands: its object and creation, its current value of every field read, its
   * owner and team, and its key in each dimension a KPI breaks down by.
   */
  private String snapshotSql() {
    List<String> fieldList = List.copyOf(fields);
    StringBuilder pivot = new StringBuilder();
    for (int k = 0; k < fieldList.size(); k++) {
      pivot
          .append(", arg_max_null(value, (occurred_at, seq)) FILTER (WHERE field = ")
          .append(literal(fieldList.get(k)))
          .append(") AS ")
          .append(column(fieldList.get(k)));
    }
    StringBuilder teams = new StringBuilder("CASE o.owner");
    teamOfOwner()
        .forEach((owner, team) ->
            teams.append(" WHEN ").append(literal(owner)).append(" THEN ").append(literal(team)));
    teams.append(" END");
    StringBuilder keys = new StringBuilder();
    keyColumns.forEach(
        (name, expression) -> keys.append(", ").append(expression).append(" AS ").append(name));
    StringBuilder numbers = new StringBuilder();
    for (String field : numericFields) {
      numbers
          .append(", TRY_CAST(trim(")
          .append(column(field))
          .append(") AS DOUBLE) AS ")
          .append(number(field));
    }
    return "CREATE OR REPLACE TEMP TABLE rec AS"
        + " WITH fv AS (SELECT record"
        + pivot
        + " FROM field_versions WHERE field IN ("
        + literals(fields)
        + ") GROUP BY record),"
        + " ow AS (SELECT record, arg_max(owner, (occurred_at, seq)) AS owner FROM owners GROUP BY record),"
        + " base AS (SELECT r.record, r.object, r.created_at, fv.* EXCLUDE (record), o.owner, "
        + teams
        + " AS team FROM records r LEFT JOIN fv ON fv.record = r.record"
        + " LEFT JOIN ow o ON o.record = r.record)"
        + " SELECT *"
        + keys
        + numbers
        + " FROM base";
  }

  private Map<String, String> teamOfOwner() {
    Map<String, String> teams = new LinkedHashMap<>();
    for (Team team : accord.teams()) {
      teams.put(team.id(), team.id());
    }
    for (Person person : accord.people()) {
      person.teams().stream().findFirst().ifPresent(team -> teams.put(person.id(), team));
    }
    return teams;
  }

  /** One KPI's total and breakdowns: its rows, then one grouping set per breakdown. */
  private String kpiSql(Kpi kpi) {
    ObjectType object = objectOf(kpi);
    String rows = rows(kpi, object);
    boolean completeness = kpi.formula() instanceof Formula.FieldCompleteness;
    List<String> dims = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (String id : kpi.dimensions()) {
      Dimension dimension = dimensions.get(id);
      if (dimension == null) {
        continue;
      }
      boolean fieldDimension =
          dimension.source() instanceof Dimension.Builtin b && b.kind() == BuiltinDimension.FIELD;
      if (fieldDimension != completeness) {
        continue;
      }
      if (fieldDimension) {
        throw new UnsupportedOperationException("the field breakdown of " + kpi.id());
      }
      dims.add(id);
      groups.add(groupExpression(dimension, object));
    }
    StringBuilder select = new StringBuilder("SELECT x.num, x.den");
    for (int g = 0; g < groups.size(); g++) {
      select.append(", ").append(groups.get(g)).append(" AS g").append(g);
    }
    select.append(" FROM (").append(rows).append(") x");
    if (groups.stream().anyMatch(g -> g.contains("r."))) {
      select.append(" JOIN rec r ON r.record = x.record");
    }
    StringBuilder dimension = new StringBuilder("CASE");
    StringBuilder key = new StringBuilder("CASE");
    StringBuilder sets = new StringBuilder("()");
    for (int g = 0; g < groups.size(); g++) {
      String when = " WHEN grouping(g" + g + ") = 0 THEN ";
      dimension.append(when).append(literal(dims.get(g)));
      key.append(when).append(label(dimensions.get(dims.get(g)), "g" + g));
      sets.append(", (g").append(g).append(")");
    }
    dimension.append(" ELSE '' END");
    key.append(" END");
    return "SELECT "
        + (groups.isEmpty() ? "''" : dimension)
        + " AS dimension, "
        + (groups.isEmpty() ? "NULL" : key)
        + " AS key, "
        + aggregate(kpi)
        + " AS value FROM ("
        + select
        + ") y GROUP BY GROUPING SETS ("
        + sets
        + ")";
  }

  /** The KPI's rows: record, instant counted at, numerator, denominator (or sample). */
  private String rows(Kpi kpi, ObjectType object) {
    String inPeriod = " AND created_at >= :from AND created_at < :to";
    String created = " FROM rec WHERE object = " + literal(object.id()) + inPeriod;
    return switch (kpi.formula()) {
      case Formula.CountEntering count ->
          "SELECT record, occurred_at, 1.0 AS num, 1.0 AS den FROM firsts WHERE stage = "
              + stage(count.stage());
      case Formula.Conversion conversion when conversion.method() == ConversionMethod.COHORT -> {
        String window =
            conversion
                .window()
                .map(w -> " AND e.occurred_at <= f.occurred_at + " + w.toMillis())
                .orElse("");
        yield "SELECT f.record, f.occurred_at, CASE WHEN EXISTS (SELECT 1 FROM stage_entries e"
            + " WHERE e.record = f.record AND e.stage = "
            + literal(conversion.to())
            + " AND e.occurred_at >= f.occurred_at"
            + window
            + ") THEN 1.0 ELSE 0.0 END AS num, 1.0 AS den FROM firsts f WHERE f.stage = "
            + stage(conversion.from());
      }
      case Formula.Conversion conversion ->
          "SELECT record, occurred_at, 0.0 AS num, 1.0 AS den FROM firsts WHERE stage = "
              + stage(conversion.from())
              + " UNION ALL SELECT record, occurred_at, 1.0, 0.0 FROM firsts WHERE stage = "
              + stage(conversion.to());
      case Formula.DurationBetween duration ->
          "SELECT f.record, f.occurred_at, (f.occurred_at - max(e.occurred_at)) / "
              + unitMillis(kpi)
              + ".0 AS num, 1.0 AS den FROM firsts f JOIN stage_entries e"
              + " ON e.record = f.record AND e.stage = "
              + literal(duration.from())
              + " AND e.occurred_at <= f.occurred_at WHERE f.stage = "
              + stage(duration.to())
              + " GROUP BY f.record, f.occurred_at";
      case Formula.SumOfField sum when sum.stage().isPresent() ->
          "SELECT f.record, f.occurred_at, coalesce(r."
              + number(read(sum.field()))
              + ", 0) AS num, 1.0 AS den FROM firsts f JOIN rec r ON r.record = f.record"
              + " WHERE f.stage = "
              + stage(sum.stage().get());
      case Formula.SumOfField sum ->
          "SELECT record, created_at AS occurred_at, coalesce("
              + number(read(sum.field()))
              + ", 0) AS num, 1.0 AS den"
              + created;
      case Formula.SlaCompliance compliance ->
          "SELECT record, started AS occurred_at, CASE WHEN breached THEN 0.0 ELSE 1.0 END AS num,"
              + " 1.0 AS den FROM sla_runs WHERE handoff = "
              + literal(compliance.handoff())
              + " AND started >= :from AND started < :to"
              + " AND (breached OR (stopped IS NOT NULL AND NOT withdrawn))";
      case Formula.ExceptionRate ignored ->
          "SELECT record, occurred_at, 1.0 AS num, 0.0 AS den FROM exceptions"
              + " WHERE occurred_at >= :from AND occurred_at < :to"
              + " UNION ALL SELECT record, occurred_at, 0.0, 1.0 FROM events WHERE occurred_at >= :from AND occurred_at < :to";
      case Formula.FieldCompleteness completeness -> {
        String filled =
            completeness.fields().stream()
                .map(field ->
                    "CASE WHEN "
                        + missing(object, field, column(read(field)))
                        + " THEN 0 ELSE 1 END")
                .collect(Collectors.joining(" + "));
        yield "SELECT record, created_at AS occurred_at, ("
            + filled
            + ")::DOUBLE AS num, "
            + completeness.fields().size()
            + ".0 AS den"
            + created;
      }
      default ->
          throw new UnsupportedOperationException(
              "the SQL baseline does not count the formula of " + kpi.id());
    };
  }

  /** The aggregate that makes a KPI's rows one value per group; NULL for nothing to show. */
  private static String aggregate(Kpi kpi) {
    return switch (kpi.formula()) {
      case Formula.CountEntering ignored -> "sum(num)";
      case Formula.SumOfField ignored -> "sum(num)";
      case Formula.DurationBetween duration ->
          switch (duration.statistic()) {
            case MEDIAN -> "median(num)";
            case P90 -> "quantile_cont(num, 0.9)";
            case MEAN -> "avg(num)";
          };
      default -> "CASE WHEN sum(den) > 0 THEN sum(num) / sum(den) END";
    };
  }

  /** What a row is grouped by for the dimension: a column of its record, or its instant's month. */
  private String groupExpression(Dimension dimension, ObjectType object) {
    return switch (dimension.source()) {
      case Dimension.FieldValue field -> {
        String name = "k_" + dimension.id() + "_" + object.id();
        String value = column(read(field.field()));
        String key = dimension.ignoreCase() ? "lower(" + value + ")" : value;
        keyColumns.put(
            name,
            "CASE WHEN "
                + missing(object, field.field(), value)
                + " THEN "
                + literal(NO_VALUE)
                + " ELSE "
                + key
                + " END");
        yield "r." + name;
      }
      case Dimension.Builtin builtin ->
          switch (builtin.kind()) {
            case MONTH -> "date_trunc('month', epoch_ms(x.occurred_at))";
            case QUARTER -> "date_trunc('quarter', epoch_ms(x.occurred_at))";
            case OWNER -> "coalesce(r.owner, " + literal(NO_VALUE) + ")";
            case TEAM -> "coalesce(r.team, " + literal(NO_VALUE) + ")";
            case STAGE, PIPELINE, FIELD ->
                throw new UnsupportedOperationException("the " + dimension.id() + " breakdown");
          };
    };
  }

  /** A group's key as the scorecard writes it. */
  private static String label(Dimension dimension, String group) {
    if (dimension.source() instanceof Dimension.Builtin builtin) {
      if (builtin.kind() == BuiltinDimension.MONTH) {
        return "strftime(" + group + ", '%Y-%m')";
      }
      if (builtin.kind() == BuiltinDimension.QUARTER) {
        return "year(" + group + ") || '-Q' || quarter(" + group + ")";
      }
    }
    return group;
  }

  /** Whether a value is no real value for the object's field: absent, blank or a placeholder. */
  private String missing(ObjectType object, String field, String value) {
    Set<String> placeholders = placeholders(object, field);
    return "("
        + value
        + " IS NULL OR trim("
        + value
        + ") = ''"
        + (placeholders.isEmpty()
            ? ""
            : " OR lower(trim(" + value + ")) IN (" + literals(placeholders) + ")")
        + ")";
  }

  /** The accord's placeholders, with the field's own when the object's field declares some. */
  private Set<String> placeholders(ObjectType object, String field) {
    Set<String> all = normalised(accord.sentinels());
    Optional<FieldDefinition> definition = object.field(field);
    if (definition.isPresent() && !definition.get().sentinels().isEmpty()) {
      all.addAll(normalised(definition.get().sentinels()));
    }
    return all;
  }

  private static Set<String> normalised(List<String> sentinels) {
    Set<String> normalised = new HashSet<>();
    for (String sentinel : sentinels) {
      String trimmed = sentinel.strip();
      if (!trimmed.isEmpty()) {
        normalised.add(trimmed.toLowerCase(Locale.ROOT));
      }
    }
    return normalised;
  }

  /** Every pipeline's entries and amounts, month by month. */
  private String funnelSql() {
    StringBuilder amount = new StringBuilder("CASE");
    List<String> funnelStages = new ArrayList<>();
    for (ObjectType object : accord.objects()) {
      Optional<String> money =
          object.fields().stream()
              .filter(field -> field.type() == FieldType.MONEY)
              .map(FieldDefinition::id)
              .findFirst();
      List<String> ids = new ArrayList<>();
      for (Pipeline pipeline : object.pipelines()) {
        pipeline.stages().stream().map(Stage::id).forEach(ids::add);
      }
      funnelStages.addAll(ids);
      if (money.isPresent() && !ids.isEmpty()) {
        amount
            .append(" WHEN e.stage IN (")
            .append(literals(ids))
            .append(") THEN r.")
            .append(number(read(money.get())));
      }
    }
    amount.append(" END");
    return "SELECT strftime(m, '%Y-%m'), stage, n, amount FROM (SELECT e.stage,"
        + " date_trunc('month', epoch_ms(e.occurred_at)) AS m, count(*) AS n, sum("
        + amount
        + ") AS amount FROM stage_entries e JOIN rec r ON r.record = e.record"
        + " WHERE e.occurred_at >= :from AND e.occurred_at < :to AND e.stage IN ("
        + literals(funnelStages)
        + ") GROUP BY e.stage, m)";
  }

  /** The object a KPI counts: the one it names, or its stages' object, or the first. */
  private ObjectType objectOf(Kpi kpi) {
    List<ObjectType> objects = accord.objects();
    return kpi.object()
        .flatMap(id -> objects.stream().filter(o -> o.id().equals(id)).findFirst())
        .or(() ->
            kpi.formula().stages().stream()
                .flatMap(stage -> objects.stream().filter(o -> o.pipelineOf(stage).isPresent()))
                .findFirst())
        .orElseGet(objects::getFirst);
  }

  private static long unitMillis(Kpi kpi) {
    return switch (kpi.unit().toLowerCase(Locale.ROOT)) {
      case "seconds", "second", "s" -> 1_000L;
      case "minutes", "minute", "min" -> 60_000L;
      case "hours", "hour", "h" -> 3_600_000L;
      default -> DAY;
    };
  }

  private String stage(String id) {
    stages.add(id);
    return literal(id);
  }

  private String read(String field) {
    fields.add(field);
    return field;
  }

  private String column(String field) {
    return "v_" + field.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private String number(String field) {
    numericFields.add(field);
    return "n_" + field.replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static String literals(Iterable<String> values) {
    List<String> quoted = new ArrayList<>();
    values.forEach(v -> quoted.add(literal(v)));
    return quoted.isEmpty() ? "NULL" : String.join(", ", quoted);
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
