package dev.accord.generator;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The funnel the generator walks, read from the accord rather than assumed: the lead pipeline (the
 * one routing or the handoff contract works on), its main road, the stages where records are routed
 * to an owner, and the deal pipeline qualified leads are handed to.
 *
 * @param inPlay the stages where records are being worked, at or past the routed ones
 */
record FunnelShape(
    ObjectType leadObject,
    PipelineWalk leads,
    Set<String> routedStages,
    Set<String> inPlay,
    Optional<DealShape> deal) {

  FunnelShape {
    routedStages = Set.copyOf(routedStages);
    inPlay = Set.copyOf(inPlay);
  }

  static FunnelShape of(Accord accord) {
    Pipeline pipeline =
        Stream.concat(
                accord.routing().onEntering().stream(),
                accord.handoffs().stream().map(Handoff::from))
            .flatMap(stage -> accord.pipelineOf(stage).stream())
            .findFirst()
            .or(() ->
                accord.objects().stream()
                    .flatMap(o -> o.pipelines().stream())
                    .filter(p -> !p.stages().isEmpty())
                    .findFirst())
            .orElseThrow(() ->
                new IllegalArgumentException(
                    "The accord declares no pipeline with stages to generate records in."));
    ObjectType leadObject = accord.objectOf(pipeline.stages().getFirst().id()).orElseThrow();
    PipelineWalk leads = new PipelineWalk(leadObject.id(), pipeline);
    List<ObjectType> others =
        accord.objects().stream().filter(o -> !o.id().equals(leadObject.id())).toList();
    Set<String> routed = routedStages(accord, leads);
    return new FunnelShape(
        leadObject, leads, routed, inPlay(leads, routed), DealShape.of(others, leads));
  }

  /** The main-road stages at or past every routed stage: where records are being worked. */
  private static Set<String> inPlay(PipelineWalk leads, Set<String> routed) {
    List<String> path = leads.path();
    int from = routed.stream().mapToInt(path::indexOf).max().orElse(0);
    return Set.copyOf(path.subList(from, path.size()));
  }

  /** Where records get an owner: where routing says, or else where a touch is owed. */
  private static Set<String> routedStages(Accord accord, PipelineWalk leads) {
    Set<String> routed =
        accord.routing().onEntering().stream()
            .filter(leads.path()::contains)
            .collect(Collectors.toSet());
    if (!routed.isEmpty()) {
      return routed;
    }
    return accord.handoffs().stream()
        .filter(h -> h.startsOn() == SlaStart.ASSIGNMENT || h.metBy() == SlaMeasure.FIRST_TOUCH)
        .map(Handoff::from)
        .filter(leads.path()::contains)
        .collect(Collectors.toSet());
  }
}
