package dev.accord.generator;

import java.util.Map;

/**
 * What goes wrong in the generated CRM, on purpose and in known measure: the duplicates, gaps, slow
 * responses, late deliveries and guardrail breaches that Accord exists to catch. Everything planted
 * is listed in the {@link GroundTruth}.
 *
 * @param duplicates the share of records that are a second record of an earlier person, spelled
 *     slightly differently
 * @param missingField the chance each field of a new record is left out
 * @param sentinelField the chance each field of a new record holds a placeholder such as {@code
 *     Select}, {@code null} or {@code N/A}
 * @param gapsFilled the chance a gap is filled in before the record enters a stage that requires
 *     the field (gaps in entry criteria are always filled, or the record could not move)
 * @param slaBreach the share of SLA clocks planted to run over, for handoffs not named below
 * @param slaBreachByHandoff the share planted to run over, by handoff id
 * @param slowRouting the chance an assignment waits hours for the router instead of seconds
 * @param lateWithinWindow the chance an event is delivered after the record's next event, when that
 *     one follows within half the accord's reorder window
 * @param lateBeyondWindow the chance an enrichment (a re-score, a slipped close date) is delivered
 *     after an event more than one and a half reorder windows younger
 * @param skippedStage the chance a record skips a stage once, by a move no transition allows
 * @param missingReasonCode the chance a record leaves by a move that needs a reason code without
 *     one
 */
public record Imperfections(
    double duplicates,
    double missingField,
    double sentinelField,
    double gapsFilled,
    double slaBreach,
    Map<String, Double> slaBreachByHandoff,
    double slowRouting,
    double lateWithinWindow,
    double lateBeyondWindow,
    double skippedStage,
    double missingReasonCode) {

  public Imperfections {
    Shares.probability("duplicates", duplicates);
    Shares.probability("missingField", missingField);
    Shares.probability("sentinelField", sentinelField);
    if (missingField + sentinelField > 1) {
      throw new IllegalArgumentException("missingField and sentinelField add up to more than 1");
    }
    Shares.probability("gapsFilled", gapsFilled);
    Shares.probability("slaBreach", slaBreach);
    slaBreachByHandoff = Shares.probabilities("slaBreachByHandoff", slaBreachByHandoff);
    Shares.probability("slowRouting", slowRouting);
    Shares.probability("lateWithinWindow", lateWithinWindow);
    Shares.probability("lateBeyondWindow", lateBeyondWindow);
    Shares.probability("skippedStage", skippedStage);
    Shares.probability("missingReasonCode", missingReasonCode);
  }

  /** A CRM as it usually is: a fifth of speed-to-lead clocks run over, a few percent of dirt. */
  public static Imperfections defaults() {
    return new Imperfections(
        0.03, 0.04, 0.03, 0.7, 0.10, Map.of("speed_to_lead", 0.20), 0.03, 0.03, 0.10, 0.004, 0.004);
  }

  /** A spotless CRM, for tests that want one effect at a time. */
  public static Imperfections none() {
    return new Imperfections(0, 0, 0, 1, 0, Map.of(), 0, 0, 0, 0, 0);
  }

  /** The share of clocks planted to run over on the handoff. */
  public double slaBreachOf(String handoffId) {
    return slaBreachByHandoff.getOrDefault(handoffId, slaBreach);
  }

  public Imperfections withDuplicates(double share) {
    return new Imperfections(
        share,
        missingField,
        sentinelField,
        gapsFilled,
        slaBreach,
        slaBreachByHandoff,
        slowRouting,
        lateWithinWindow,
        lateBeyondWindow,
        skippedStage,
        missingReasonCode);
  }

  public Imperfections withSlaBreach(double share, Map<String, Double> byHandoff) {
    return new Imperfections(
        duplicates,
        missingField,
        sentinelField,
        gapsFilled,
        share,
        byHandoff,
        slowRouting,
        lateWithinWindow,
        lateBeyondWindow,
        skippedStage,
        missingReasonCode);
  }
}
