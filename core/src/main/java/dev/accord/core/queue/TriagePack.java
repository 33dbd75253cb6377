package dev.accord.core.queue;

import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.shared.Values;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The pack RevOps takes to the weekly triage: what arrived this week, what is left over from
 * earlier weeks, what is past its due date, the routing failures, the causes that keep coming back
 * and how this week compares with the ones before.
 *
 * <p>It is read as of the end of the week, or as of now for the week under way; statuses are those
 * of now.
 *
 * @param week the week
 * @param asOf the instant the open and overdue exceptions are counted at
 * @param raised the exceptions raised during the week, by type and owner
 * @param aging those raised before the week, still open and not yet overdue, by type and owner
 * @param overdue those open past their due date, by type and owner
 * @param routingFailures the routing failures raised during the week or still open
 * @param topCauses the causes raised most often during the week, most frequent first
 * @param trend how many were raised in each of the last weeks, oldest first, ending with this one
 */
public record TriagePack(
    TriageWeek week,
    Instant asOf,
    List<Tally> raised,
    List<Tally> aging,
    List<Tally> overdue,
    List<QueuedException> routingFailures,
    List<Cause> topCauses,
    List<WeekCount> trend) {

  /** How many weeks the trend shows, this one included. */
  public static final int TREND_WEEKS = 4;

  /** How many causes the pack lists. */
  public static final int TOP_CAUSES = 10;

  /** How many exceptions of one type one owner holds. */
  public record Tally(ExceptionType type, String owner, long count) {}

  /** A cause and how often it was raised. */
  public record Cause(String cause, long count) {}

  /** How many exceptions were raised in a week. */
  public record WeekCount(TriageWeek week, long raised) {}

  public TriagePack {
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(asOf, "asOf");
    raised = Values.list(raised);
    aging = Values.list(aging);
    overdue = Values.list(overdue);
    routingFailures = Values.list(routingFailures);
    topCauses = Values.list(topCauses);
    trend = Values.list(trend);
  }

  /** The pack of the week, from the queue, read at {@code now} when the week is still under way. */
  public static TriagePack of(TriageWeek week, List<QueuedException> queue, Instant now) {
    Instant asOf = now.isBefore(week.end()) ? now : week.end();
    Predicate<QueuedException> raisedThisWeek = e -> week.holds(e.raisedAt());
    Predicate<QueuedException> openAsOf =
        e -> !e.status().isClosed() && e.raisedAt().isBefore(asOf);
    Predicate<QueuedException> overdueAsOf = e -> openAsOf.test(e) && e.isOverdueAt(asOf);
    return new TriagePack(
        week,
        asOf,
        tally(queue, raisedThisWeek),
        tally(
            queue,
            e -> openAsOf.test(e) && e.raisedAt().isBefore(week.start()) && !overdueAsOf.test(e)),
        tally(queue, overdueAsOf),
        queue.stream()
            .filter(e -> e.exceptionCase().type() == ExceptionType.ROUTING_FAILURE)
            .filter(e -> raisedThisWeek.test(e) || openAsOf.test(e))
            .sorted(Comparator.comparing(QueuedException::raisedAt))
            .toList(),
        causes(queue.stream().filter(raisedThisWeek).toList()),
        IntStream.range(0, TREND_WEEKS)
            .mapToObj(back -> week.minusWeeks(TREND_WEEKS - 1L - back))
            .map(w -> new WeekCount(w, queue.stream().filter(e -> w.holds(e.raisedAt())).count()))
            .toList());
  }

  /** How many of all the tallies there are. */
  public static long total(List<Tally> tallies) {
    return tallies.stream().mapToLong(Tally::count).sum();
  }

  private static List<Tally> tally(List<QueuedException> queue, Predicate<QueuedException> test) {
    Map<ExceptionType, Map<String, Long>> counts = new TreeMap<>();
    queue.stream()
        .filter(test)
        .forEach(e ->
            counts
                .computeIfAbsent(e.exceptionCase().type(), type -> new TreeMap<>())
                .merge(e.owner(), 1L, Long::sum));
    return counts.entrySet().stream()
        .flatMap(byType ->
            byType.getValue().entrySet().stream()
                .map(byOwner -> new Tally(byType.getKey(), byOwner.getKey(), byOwner.getValue())))
        .toList();
  }

  private static List<Cause> causes(List<QueuedException> raised) {
    return raised.stream()
        .collect(
            Collectors.groupingBy(
                e -> cause(e.exceptionCase()), TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(entry -> new Cause(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparingLong(Cause::count).reversed().thenComparing(Cause::cause))
        .limit(TOP_CAUSES)
        .toList();
  }

  /** What went wrong, without the record it went wrong on, so that repeats group together. */
  static String cause(ExceptionCase exception) {
    return switch (exception) {
      case ExceptionCase.InvalidTransition move ->
          "move from " + move.from() + " to " + move.to() + " that no transition allows";
      case ExceptionCase.MissingRequiredField missing ->
          missing.stage() + " entered without " + missing.field();
      case ExceptionCase.MissingReasonCode missing ->
          "move from " + missing.from() + " to " + missing.to() + " without an allowed reason code";
      case ExceptionCase.EntryCriteriaNotMet unmet ->
          unmet.stage() + " entered without meeting " + unmet.criterion();
      case ExceptionCase.OutOfOrderEvent late -> "events arriving beyond the reorder window";
      case ExceptionCase.DataQualityFinding finding ->
          finding.kind().name().toLowerCase(java.util.Locale.ROOT)
              + (finding.field().isBlank() ? "" : " in " + finding.field())
              + (finding.value().isBlank() ? "" : " (\"" + finding.value() + "\")");
      case ExceptionCase.ReportingDispute dispute -> "dispute of KPI " + dispute.kpiId();
      case ExceptionCase.RoutingFailure failure -> "no owner on entering " + failure.stage();
      case ExceptionCase.SuspectedDuplicate suspicion ->
          "suspected duplicate by "
              + suspicion.signals().stream()
                  .map(signal -> signal.name().toLowerCase(java.util.Locale.ROOT))
                  .sorted()
                  .toList();
      case ExceptionCase.SlaBreach breach -> "SLA breach of " + breach.handoffId();
    };
  }
}
