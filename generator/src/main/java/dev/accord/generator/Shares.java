package dev.accord.generator;

import java.util.Map;

/** Checks on the probabilities the settings carry, so a typo fails when the settings are made. */
final class Shares {

  private Shares() {}

  static double probability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1: " + value);
    }
    return value;
  }

  static <K> Map<K, Double> probabilities(String name, Map<K, Double> values) {
    values.forEach((key, value) -> probability(name + " of " + key, value));
    return Map.copyOf(values);
  }
}
