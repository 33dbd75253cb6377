package dev.accord.generator;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.lifecycle.ObjectType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deal pipeline the funnel hands its qualified leads to: the object whose records carry an
 * amount (the opportunity), the pipeline they walk to a won stage, and the lead stage at which a
 * deal is opened.
 *
 * @param walk the deal pipeline
 * @param opensAt the lead stage whose entry opens a deal
 * @param amountField the money field a deal is worth
 */
record DealShape(PipelineWalk walk, String opensAt, String amountField) {

  /**
   * Finds the deal object among the others: one with pipelines and a money field, preferring one
   * whose stages require the money field (an opportunity needs an amount; an account's revenue is
   * only informative).
   */
  static Optional<DealShape> of(List<ObjectType> others, PipelineWalk leads) {
    return others.stream()
        .filter(o -> !o.pipelines().isEmpty() && money(o).findFirst().isPresent())
        .min(Comparator.comparing(o -> required(o).isEmpty()))
        .map(deal -> {
          PipelineWalk walk = new PipelineWalk(deal.id(), deal.pipelines().getFirst());
          String amount = required(deal).orElseGet(() -> money(deal).findFirst().orElseThrow());
          return new DealShape(walk, opensAt(deal, leads), amount);
        })
        .filter(shape -> !shape.walk().path().isEmpty());
  }

  /** The stage at the end of the deal pipeline's main road: won. */
  String wonStage() {
    return walk.path().getLast();
  }

  private static String opensAt(ObjectType deal, PipelineWalk leads) {
    List<String> path = leads.path();
    if (path.contains(deal.id())) {
      return deal.id();
    }
    return path.size() >= 2 ? path.get(path.size() - 2) : path.getLast();
  }

  private static java.util.stream.Stream<String> money(ObjectType object) {
    return object.fields().stream()
        .filter(f -> f.type() == FieldType.MONEY)
        .map(FieldDefinition::id);
  }

  private static Optional<String> required(ObjectType object) {
    return object.fields().stream()
        .filter(f -> f.type() == FieldType.MONEY && !f.requiredIn().isEmpty())
        .map(FieldDefinition::id)
        .findFirst();
  }
}
