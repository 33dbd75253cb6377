package dev.accord.generator;

import dev.accord.core.accord.Accord;

/**
 * Generates a synthetic CRM funnel from an accord: leads from sources of different volume and
 * quality, moving through the accord's own stages by its own transitions, routed to its reps, who
 * answer within its SLAs or not, with the duplicates, gaps, late events and guardrail breaches of a
 * real CRM planted in known measure. Deterministic: the accord and the settings fix every event.
 */
public final class FunnelGenerator {

  private FunnelGenerator() {}

  /**
   * The funnel the accord and the settings describe; nothing is generated until its streams are
   * read.
   *
   * @throws IllegalArgumentException when the accord declares no pipeline with stages
   */
  public static Funnel generate(Accord accord, GeneratorSettings settings) {
    Scene scene = Scene.of(accord, settings);
    return new Funnel(
        new Storyteller(scene), new SlaLedger(accord, scene.sla()), settings.records());
  }
}
