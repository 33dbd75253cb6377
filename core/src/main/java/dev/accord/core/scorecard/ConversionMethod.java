package dev.accord.core.scorecard;

/** How a conversion rate between two stages is counted. */
public enum ConversionMethod {
  /** Of the records entering the first stage in the period, the share reaching the second. */
  COHORT,
  /** Records entering the second stage in the period over those entering the first. */
  FLOW
}
