package dev.accord.bench;

import dev.accord.core.accord.Accord;
import dev.accord.core.event.RecordEvent;
import dev.accord.generator.FunnelGenerator;
import dev.accord.generator.GeneratorSettings;
import dev.accord.json.EventJson;
import dev.accord.yaml.AccordChecker;
import dev.accord.yaml.DefaultAccord;
import java.time.Instant;
import java.util.List;

/**
 * The data every benchmark runs on: a generated funnel under the default accord, the same for a
 * given size in every run, so figures from different runs compare.
 */
final class BenchData {

  static final long SEED = 42;
  static final Instant START = Instant.parse("2026-07-01T00:00:00Z");

  private BenchData() {}

  static Accord accord() {
    return AccordChecker.check("default accord", DefaultAccord.text()).accord().orElseThrow();
  }

  static List<RecordEvent> events(Accord accord, int records) {
    return FunnelGenerator.generate(accord, GeneratorSettings.of(records, SEED, START))
        .events()
        .toList();
  }

  static List<String> lines(List<RecordEvent> events) {
    return events.stream().map(EventJson::write).toList();
  }
}
