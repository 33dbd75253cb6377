package dev.accord.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.core.exception.ExceptionCase;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.routing.Owner;
import dev.accord.core.routing.RoutingDecision;
import dev.accord.core.sla.SpeedToLead;
import dev.accord.json.ExceptionJson;
import dev.accord.storage.LoggedDecision;
import dev.accord.storage.StoredRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record's story, as {@code accord history --json} tells it: its state with every stage move
 * and change of owner, its routing decisions with their explanation, every run of its SLA clocks
 * with the speed to lead, and the exceptions raised on it.
 */
record HistoryView(
    RecordState record,
    List<Routed> routing,
    List<StoredRun> sla,
    Optional<SpeedToLead> speedToLead,
    List<Raised> exceptions) {

  /** One routing decision. */
  record Routed(
      String stage,
      Instant decidedAt,
      String eventKey,
      Optional<String> ownerKind,
      Optional<String> owner,
      Optional<String> rule,
      Map<String, String> matchedOn,
      List<String> explanation,
      String summary) {

    static Routed of(LoggedDecision logged) {
      RoutingDecision decision = logged.decision();
      return new Routed(
          decision.stage(),
          decision.decidedAt(),
          logged.eventKey(),
          decision.owner().map(Routed::kind),
          decision.owner().map(Owner::id),
          decision.rule(),
          new java.util.TreeMap<>(decision.matchedOn()),
          decision.explanation(),
          decision.describe());
    }

    private static String kind(Owner owner) {
      return switch (owner) {
        case Owner.Person person -> "person";
        case Owner.Queue queue -> "queue";
      };
    }
  }

  /** An exception raised on the record: its words and its evidence, in the canonical JSON. */
  record Raised(String type, Instant occurredAt, String description, JsonNode evidence) {

    static Raised of(ExceptionCase exception) {
      return new Raised(
          ExceptionView.word(exception.type()),
          exception.occurredAt(),
          exception.describe(),
          evidence(exception));
    }

    private static JsonNode evidence(ExceptionCase exception) {
      try {
        return WebJson.MAPPER.readTree(ExceptionJson.write(exception));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("the canonical JSON of an exception did not read back", e);
      }
    }
  }
}
