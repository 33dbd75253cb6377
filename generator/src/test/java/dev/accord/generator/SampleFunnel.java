package dev.accord.generator;

import dev.accord.core.event.RecordEvent;
import java.time.Instant;
import java.util.List;

/**
 * One funnel generated from the default accord and kept for the statistical tests: large enough for
 * shares to settle, small enough to hold.
 */
final class SampleFunnel {

  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
  static final long RECORDS = 20_000;
  static final GeneratorSettings SETTINGS = GeneratorSettings.of(RECORDS, 42, START);
  static final Funnel FUNNEL = FunnelGenerator.generate(DefaultAccords.DEFAULT, SETTINGS);
  static final List<RecordEvent> EVENTS = FUNNEL.events().toList();
  static final GroundTruth TRUTH = GroundTruth.of(FUNNEL.groundTruth());

  private SampleFunnel() {}
}
