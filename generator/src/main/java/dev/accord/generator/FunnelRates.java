package dev.accord.generator;

import java.util.List;
import java.util.Map;

/**
 * How records flow through the generated funnel: where they come from, how many move on at each
 * stage, how many leave by the side doors, and how long they stay.
 *
 * @param sources the mix of lead sources; fitted to the values the accord's source field allows
 * @param startAtTop the share of records created in the first entry stage (subscribers), the rest
 *     starting in the next entry stage
 * @param advance the chance that a record in a stage moves forward, by the id of the stage it moves
 *     to; multiplied by the record's source conversion factor and capped at 0.95
 * @param defaultAdvance the chance for stages {@code advance} does not name
 * @param disqualify the chance a record leaves a stage by a disqualify transition, where one exists
 * @param reject the chance it leaves by a reject transition, where one exists
 * @param recycle the chance it leaves by a recycle transition, where one exists
 * @param renurture the chance a recycled record comes back into the funnel
 * @param dwellDays the median days a record stays in a stage before it moves, by stage id
 * @param defaultDwellDays the median for stages {@code dwellDays} does not name
 */
public record FunnelRates(
    List<SourceProfile> sources,
    double startAtTop,
    Map<String, Double> advance,
    double defaultAdvance,
    double disqualify,
    double reject,
    double recycle,
    double renurture,
    Map<String, Double> dwellDays,
    double defaultDwellDays) {

  public FunnelRates {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("the funnel needs at least one lead source");
    }
    Shares.probability("startAtTop", startAtTop);
    advance = Shares.probabilities("advance", advance);
    Shares.probability("defaultAdvance", defaultAdvance);
    Shares.probability("disqualify", disqualify);
    Shares.probability("reject", reject);
    Shares.probability("recycle", recycle);
    Shares.probability("renurture", renurture);
    dwellDays = Map.copyOf(dwellDays);
    dwellDays.forEach(FunnelRates::positiveDays);
    positiveDays("the default", defaultDwellDays);
  }

  /** A B2B SaaS funnel on the default accord's stages; other stages get the defaults. */
  public static FunnelRates defaults() {
    return new FunnelRates(
        List.of(
            new SourceProfile("paid_search", 0.22, 0.6),
            new SourceProfile("organic_search", 0.15, 1.0),
            new SourceProfile("web", 0.12, 0.9),
            new SourceProfile("paid_social", 0.10, 0.5),
            new SourceProfile("content", 0.08, 0.7),
            new SourceProfile("webinar", 0.07, 1.2),
            new SourceProfile("email", 0.06, 0.8),
            new SourceProfile("event", 0.06, 1.3),
            new SourceProfile("list_import", 0.04, 0.4),
            new SourceProfile("outbound", 0.04, 1.1),
            new SourceProfile("partner", 0.03, 1.6),
            new SourceProfile("referral", 0.02, 2.0),
            new SourceProfile("other", 0.01, 0.8)),
        0.3,
        Map.of(
            "lead", 0.35,
            "mql", 0.40,
            "sal", 0.75,
            "sql", 0.45,
            "opportunity", 0.75,
            "solution", 0.75,
            "proposal", 0.70,
            "negotiation", 0.70,
            "closed_won", 0.75),
        0.5,
        0.12,
        0.15,
        0.12,
        0.3,
        Map.ofEntries(
            Map.entry("subscriber", 12.0),
            Map.entry("lead", 4.0),
            Map.entry("mql", 0.3),
            Map.entry("sal", 5.0),
            Map.entry("sql", 3.0),
            Map.entry("recycled", 40.0),
            Map.entry("discovery", 8.0),
            Map.entry("solution", 10.0),
            Map.entry("proposal", 9.0),
            Map.entry("negotiation", 7.0),
            Map.entry("closed_lost", 60.0)),
        5.0);
  }

  public FunnelRates withSources(List<SourceProfile> mix) {
    return new FunnelRates(
        mix,
        startAtTop,
        advance,
        defaultAdvance,
        disqualify,
        reject,
        recycle,
        renurture,
        dwellDays,
        defaultDwellDays);
  }

  public FunnelRates withAdvance(Map<String, Double> byStage) {
    return new FunnelRates(
        sources,
        startAtTop,
        byStage,
        defaultAdvance,
        disqualify,
        reject,
        recycle,
        renurture,
        dwellDays,
        defaultDwellDays);
  }

  /** The base chance of moving forward into the stage. */
  public double advanceInto(String stageId) {
    return advance.getOrDefault(stageId, defaultAdvance);
  }

  public double dwellDaysIn(String stageId) {
    return dwellDays.getOrDefault(stageId, defaultDwellDays);
  }

  private static void positiveDays(String stage, double days) {
    if (!(days > 0) || Double.isInfinite(days)) {
      throw new IllegalArgumentException(
          "the dwell days of " + stage + " must be positive: " + days);
    }
  }
}
