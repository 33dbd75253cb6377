package dev.accord.core.scorecard;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.Placeholders;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.scorecard.internal.Dictionary;
import dev.accord.core.team.Person;
import dev.accord.core.team.Team;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Computes the one scorecard of an accord from its facts: every KPI over a period, as known at an
 * instant, with its status against target, the previous period and a breakdown per dimension; then
 * the watermelons, the story of the numbers and the funnels. A pure function of the accord, the
 * facts and the query: the same facts give the same scorecard, byte for byte.
 */
public final class ScorecardEngine {

  private static final long SECOND = 1_000L;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private final int accordVersion;
  private final List<ObjectType> objects;
  private final List<String> sentinels;
  private final Map<String, Dimension> dimensions = new LinkedHashMap<>();
  private final List<Kpi> kpis;
  private final Map<String, String> teamOfOwner = new HashMap<>();
  private final Map<String, String> pipelineOfStage = new HashMap<>();

  private ScorecardEngine(
      int accordVersion,
      List<ObjectType> objects,
      List<String> sentinels,
      List<Dimension> dimensions,
      List<Kpi> kpis,
      List<Team> teams,
      List<Person> people) {
    this.accordVersion = accordVersion;
    this.objects = List.copyOf(objects);
    this.sentinels = List.copyOf(sentinels);
    dimensions.forEach(dimension -> this.dimensions.put(dimension.id(), dimension));
    this.kpis = List.copyOf(kpis);
    teams.forEach(team -> teamOfOwner.put(team.id(), team.id()));
    people.forEach(person ->
        person.teams().stream().findFirst().ifPresent(team -> teamOfOwner.put(person.id(), team)));
    for (ObjectType object : objects) {
      for (Pipeline pipeline : object.pipelines()) {
        pipeline.stages().forEach(stage -> pipelineOfStage.put(stage.id(), pipeline.id()));
      }
    }
  }

  /**
   * The engine of one version of an accord's scorecard.
   *
   * @param accordVersion the version every scorecard it computes says it ran under
   */
  public static ScorecardEngine of(
      int accordVersion,
      List<ObjectType> objects,
      List<String> sentinels,
      List<Dimension> dimensions,
      List<Kpi> kpis,
      List<Team> teams,
      List<Person> people) {
    return new ScorecardEngine(accordVersion, objects, sentinels, dimensions, kpis, teams, people);
  }

  /** The ids of the dimensions a scorecard can be broken down by. */
  public List<String> dimensionIds() {
    return List.copyOf(dimensions.keySet());
  }

  /**
   * The scorecard for the query.
   *
   * @throws IllegalArgumentException when the query breaks down by a dimension the accord lacks
   */
  public Scorecard compute(ScorecardFacts facts, ScorecardQuery query) {
    query
        .by()
        .ifPresent(by -> {
          if (!dimensions.containsKey(by)) {
            throw new IllegalArgumentException(
                "the accord declares no dimension `"
                    + by
                    + "`; declared: "
                    + (dimensions.isEmpty() ? "none" : String.join(", ", dimensions.keySet())));
          }
        });
    long asOf = query.asOf().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    Optional<Period> period = query.period().or(() -> allOf(facts, asOf));
    if (period.isEmpty()) {
      List<Metric> empty =
          kpis.stream()
              .map(kpi ->
                  new Metric(
                      kpi,
                      OptionalDouble.empty(),
                      Optional.empty(),
                      OptionalDouble.empty(),
                      Map.of()))
              .toList();
      return new Scorecard(
          period, query.asOf(), accordVersion, empty, Watermelons.of(empty), List.of(), List.of());
    }
    FactView view = new FactView(facts, asOf);
    Optional<Period> previous = query.period().map(Period::previous);
    Map<String, Grouping> groupings = new HashMap<>();
    List<Metric> metrics = new ArrayList<>();
    for (Kpi kpi : kpis) {
      metrics.add(metric(kpi, view, period.get(), previous, query.by(), groupings));
    }
    List<Watermelon> watermelons = Watermelons.of(metrics);
    return new Scorecard(
        period,
        query.asOf(),
        accordVersion,
        metrics,
        watermelons,
        Storyteller.tell(metrics, watermelons),
        FunnelCounter.count(objects, view, period.get()));
  }

  /**
   * All the data: from the earliest fact to just after the latest, of the facts known by the
   * instant — so that a scorecard as of an instant covers the same period however many late facts
   * arrived since.
   */
  private static Optional<Period> allOf(ScorecardFacts facts, long asOf) {
    long earliest = facts.earliest;
    long latest = facts.latest;
    if (asOf != Long.MAX_VALUE) {
      earliest = Long.MAX_VALUE;
      latest = Long.MIN_VALUE;
      for (int e = 0; e < facts.eventAt.length; e++) {
        if (facts.eventAt[e] <= asOf && facts.eventKnown[e] <= asOf) {
          earliest = Math.min(earliest, facts.eventAt[e]);
          latest = Math.max(latest, facts.eventAt[e]);
        }
      }
      for (int e = 0; e < facts.entryAt.length; e++) {
        if (facts.entryAt[e] <= asOf && facts.entryKnown[e] <= asOf) {
          earliest = Math.min(earliest, facts.entryAt[e]);
          latest = Math.max(latest, facts.entryAt[e]);
        }
      }
      for (int r = 0; r < facts.createdAt.length; r++) {
        long at = facts.createdAt[r];
        if (at != ScorecardFacts.NONE && at <= asOf && facts.createdKnown[r] <= asOf) {
          earliest = Math.min(earliest, at);
          latest = Math.max(latest, at);
        }
      }
    }
    if (earliest == Long.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(
        Period.between(Instant.ofEpochMilli(earliest), Instant.ofEpochMilli(latest + 1)));
  }

  private Metric metric(
      Kpi kpi,
      FactView view,
      Period period,
      Optional<Period> previousPeriod,
      Optional<String> by,
      Map<String, Grouping> groupings) {
    ObjectType object = objectOf(kpi);
    Placeholders placeholders = Placeholders.of(object.fields(), sentinels);
    int objectCode = view.facts.objects.find(object.id());
    List<Measures.Counted> counted =
        counts(kpi, new Measures(view, period, objectCode, placeholders));
    OptionalDouble value = total(kpi, counted);
    OptionalDouble previous =
        previousPeriod
            .map(p -> total(kpi, counts(kpi, new Measures(view, p, objectCode, placeholders))))
            .orElse(OptionalDouble.empty());
    Optional<Status> status =
        kpi.target()
            .flatMap(target ->
                value.isPresent()
                    ? Optional.of(target.statusOf(BigDecimal.valueOf(value.getAsDouble())))
                    : Optional.empty());
    Map<String, Map<String, Double>> breakdowns = new TreeMap<>();
    for (String dimensionId : by.map(List::of).orElse(kpi.dimensions())) {
      Dimension dimension = dimensions.get(dimensionId);
      if (dimension == null || isFieldDimension(dimension) != isCompleteness(kpi)) {
        continue;
      }
      Grouping grouping =
          isFieldDimension(dimension)
              ? new Grouping.ByField(fieldLabels(kpi, object))
              : groupings.computeIfAbsent(
                  dimensionId + "\u0000" + object.id(),
                  key -> grouping(dimension, view, placeholders));
      breakdowns.put(dimensionId, keyed(grouping, values(kpi, counted, grouping)));
    }
    return new Metric(kpi, value, status, previous, breakdowns);
  }

  /** What the KPI counts, once for its total and all its breakdowns: velocity has four parts. */
  private List<Measures.Counted> counts(Kpi kpi, Measures measures) {
    return kpi.formula() instanceof Formula.SalesVelocity velocity
        ? measures.velocity(velocity)
        : List.of(measures.count(kpi.formula(), unitMillis(kpi)));
  }

  private OptionalDouble total(Kpi kpi, List<Measures.Counted> counted) {
    double value = values(kpi, counted, new Grouping.Total())[0];
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The KPI's value per group of the grouping; NaN for a group with nothing to show. */
  private double[] values(Kpi kpi, List<Measures.Counted> counts, Grouping grouping) {
    if (kpi.formula() instanceof Formula.SalesVelocity) {
      List<double[]> parts = new ArrayList<>();
      for (Measures.Counted counted : counts) {
        parts.add(counted.aggregate().apply(counted.rows(), grouping));
      }
      double[] values = new double[grouping.size()];
      for (int g = 0; g < values.length; g++) {
        double opportunities = at(parts.get(0), g);
        double wonValue = at(parts.get(1), g);
        double winRate = at(parts.get(2), g);
        double cycleDays = at(parts.get(3), g);
        values[g] = cycleDays > 0 ? opportunities * wonValue * winRate / cycleDays : Double.NaN;
      }
      return values;
    }
    Measures.Counted counted = counts.getFirst();
    double[] values = counted.aggregate().apply(counted.rows(), grouping);
    if (kpi.formula() instanceof Formula.PipelineValue pipeline
        && pipeline.coverageOf().isPresent()) {
      double quota = pipeline.coverageOf().get().doubleValue();
      for (int g = 0; g < values.length; g++) {
        values[g] /= quota;
      }
    }
    return values;
  }

  private static double at(double[] values, int group) {
    return group < values.length ? values[group] : Double.NaN;
  }

  private static Map<String, Double> keyed(Grouping grouping, double[] values) {
    Map<String, Double> keyed = new TreeMap<>();
    for (int g = 0; g < values.length && g < grouping.size(); g++) {
      if (!Double.isNaN(values[g])) {
        keyed.put(grouping.key(g), values[g]);
      }
    }
    return keyed;
  }

  /** A breakdown by what each record holds: each distinct value's key is worked out once. */
  private Grouping grouping(Dimension dimension, FactView view, Placeholders placeholders) {
    return switch (dimension.source()) {
      case Dimension.FieldValue field -> {
        Dictionary values = view.values(field.field());
        String[] keys = new String[values == null ? 0 : values.size()];
        for (int code = 0; code < keys.length; code++) {
          String value = values.value(code);
          keys[code] = placeholders.isMissing(field.field(), value) ? null : value;
        }
        yield new Grouping.ByRecord(
            view.records(), view.codes(field.field()), keys, dimension.ignoreCase());
      }
      case Dimension.Builtin builtin ->
          switch (builtin.kind()) {
            case MONTH -> new Grouping.ByPeriod(false);
            case QUARTER -> new Grouping.ByPeriod(true);
            case OWNER, TEAM -> {
              Dictionary owners = view.facts.owners.values;
              String[] keys = new String[owners.size()];
              for (int code = 0; code < keys.length; code++) {
                String owner = owners.value(code);
                keys[code] =
                    builtin.kind() == BuiltinDimension.OWNER ? owner : teamOfOwner.get(owner);
              }
              yield new Grouping.ByRecord(view.records(), view.ownerCodes(), keys, false);
            }
            case STAGE, PIPELINE -> {
              long end = view.asOf == Long.MAX_VALUE ? Long.MAX_VALUE : view.asOf + 1;
              int[] stages = new int[view.records()];
              for (int r = 0; r < stages.length; r++) {
                stages[r] = view.stageBefore(r, end);
              }
              String[] keys = new String[view.facts.stages.size()];
              for (int code = 0; code < keys.length; code++) {
                String stageId = view.facts.stages.value(code);
                keys[code] =
                    builtin.kind() == BuiltinDimension.STAGE
                        ? stageId
                        : pipelineOfStage.get(stageId);
              }
              yield new Grouping.ByRecord(view.records(), stages, keys, false);
            }
            case FIELD -> throw new IllegalStateException(builtin.kind().name());
          };
    };
  }

  private static boolean isFieldDimension(Dimension dimension) {
    return dimension.source() instanceof Dimension.Builtin builtin
        && builtin.kind() == BuiltinDimension.FIELD;
  }

  private static boolean isCompleteness(Kpi kpi) {
    return kpi.formula() instanceof Formula.FieldCompleteness;
  }

  /** The completeness KPI's fields by label, as people know them (the column names of a form). */
  private static List<String> fieldLabels(Kpi kpi, ObjectType object) {
    return ((Formula.FieldCompleteness) kpi.formula())
        .fields().stream()
            .map(id ->
                object.field(id).map(FieldDefinition::label).filter(l -> !l.isBlank()).orElse(id))
            .toList();
  }

  /** The object a KPI counts: the one it names, or its stages' object, or the first. */
  private ObjectType objectOf(Kpi kpi) {
    Optional<ObjectType> named =
        kpi.object().flatMap(id -> objects.stream().filter(o -> o.id().equals(id)).findFirst());
    return named
        .or(() ->
            kpi.formula().stages().stream()
                .flatMap(stage -> objects.stream().filter(o -> o.pipelineOf(stage).isPresent()))
                .findFirst())
        .orElseGet(() -> objects.getFirst());
  }

  /** How long one unit of the KPI's durations is: days unless its unit says otherwise. */
  private static long unitMillis(Kpi kpi) {
    String unit = kpi.unit().toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "seconds", "second", "s" -> SECOND;
      case "minutes", "minute", "min" -> MINUTE;
      case "hours", "hour", "h" -> HOUR;
      case "days", "day", "d" -> DAY;
      default -> kpi.formula() instanceof Formula.SpeedToLead ? MINUTE : DAY;
    };
  }
}
