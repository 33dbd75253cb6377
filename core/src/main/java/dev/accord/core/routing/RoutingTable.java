package dev.accord.core.routing;

import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.PublicHolidays;
import dev.accord.core.field.Condition;
import dev.accord.core.field.Criterion;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.RecordState;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.team.Roster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The accord's routing table, compiled once per accord version: given a record that has just
 * entered a routed stage, it tries the rules in order and gives the record to the first owner a
 * matching rule's strategy finds, else to the fallback queue, else to nobody, which is a routing
 * failure. Every rule passed and every teammate passed over is explained.
 *
 * <p>Routing is a pure function of the record, the instant and the {@link RoutingContext}: the
 * rotation's position and everyone's load live in the context, which each decision hands back moved
 * on. The same records routed from the same context go to the same owners.
 */
public final class RoutingTable {

  private record CompiledRule(RoutingRule rule, List<Criterion> criteria) {}

  private final Routing routing;
  private final List<CompiledRule> rules;
  private final Map<String, RoutedObject> objects;
  private final RoutedObject unknownObject;
  private final Strategies strategies;
  private final Set<String> closedStages;

  /** The object whose records are the accounts, and the fields they are known by. */
  private static final String ACCOUNT_OBJECT = "account";

  private static final String ACCOUNT_NAME = "name";
  private static final List<String> ACCOUNT_DOMAIN = List.of("domain", "website");

  private RoutingTable(
      Routing routing,
      List<CompiledRule> rules,
      Map<String, RoutedObject> objects,
      RoutedObject unknownObject,
      Strategies strategies,
      Set<String> closedStages) {
    this.routing = routing;
    this.rules = rules;
    this.objects = objects;
    this.unknownObject = unknownObject;
    this.strategies = strategies;
    this.closedStages = closedStages;
  }

  /**
   * The routing table of an accord.
   *
   * @param holidays the public holidays of the teams' calendars, for working hours
   * @param objects the accord's objects, whose fields say which values are placeholders
   * @param sentinels the accord's own placeholders, empty for every field
   */
  public static RoutingTable of(
      Routing routing,
      Roster roster,
      List<BusinessCalendar> calendars,
      PublicHolidays holidays,
      List<ObjectType> objects,
      List<String> sentinels) {
    List<CompiledRule> rules = new ArrayList<>();
    for (RoutingRule rule : routing.rules()) {
      List<Criterion> criteria = new ArrayList<>();
      for (Condition condition : rule.when()) {
        criteria.add(new Criterion(condition));
      }
      rules.add(new CompiledRule(rule, List.copyOf(criteria)));
    }
    Map<String, RoutedObject> routed = new HashMap<>();
    Set<String> closed = new HashSet<>();
    for (ObjectType object : objects) {
      routed.putIfAbsent(object.id(), RoutedObject.of(object.fields(), sentinels));
      object.pipelines().stream()
          .flatMap(pipeline -> pipeline.stages().stream())
          .filter(Stage::terminal)
          .map(Stage::id)
          .forEach(closed::add);
    }
    WorkingHours hours = WorkingHours.of(roster.teams(), roster.people(), calendars, holidays);
    Rotations rotations = Rotations.of(roster.teams(), roster.people(), hours);
    return new RoutingTable(
        routing,
        List.copyOf(rules),
        Map.copyOf(routed),
        RoutedObject.of(List.of(), sentinels),
        new Strategies(rotations),
        Set.copyOf(closed));
  }

  /**
   * Whether a record in the stage is done with: one routing gave to a person no longer counts
   * towards their capacity once it gets there.
   */
  public boolean closes(String stageId) {
    return closedStages.contains(stageId);
  }

  /** Whether records of the object are the accounts the account-owner strategy finds. */
  public boolean isAccountObject(String objectType) {
    return objectType.equals(ACCOUNT_OBJECT);
  }

  /**
   * The account the record is, for the account-owner strategy: a record of the {@code account}
   * object with an owner and a domain or name; empty for any other record.
   */
  public Optional<AccountEntry> accountOf(RecordState record) {
    if (!isAccountObject(record.objectType()) || record.owner().isEmpty()) {
      return Optional.empty();
    }
    RoutedObject object = objects.getOrDefault(ACCOUNT_OBJECT, unknownObject);
    Optional<String> domain =
        ACCOUNT_DOMAIN.stream()
            .map(field -> present(object, record, field))
            .flatMap(Optional::stream)
            .map(AccountIndex::domain)
            .flatMap(Optional::stream)
            .findFirst();
    Optional<String> company = present(object, record, ACCOUNT_NAME).flatMap(AccountIndex::company);
    AccountEntry entry = new AccountEntry(record.recordId(), domain, company, record.owner().get());
    return entry.findable() ? Optional.of(entry) : Optional.empty();
  }

  private static Optional<String> present(RoutedObject object, RecordState record, String field) {
    String value = record.fields().get(field);
    return value == null || object.placeholders().isMissing(field, value)
        ? Optional.empty()
        : Optional.of(value);
  }

  /**
   * The domains and company names the record could find an account by, normalised: what a store
   * looks up before routing it.
   */
  public AccountKeys accountKeysOf(RecordState record) {
    RoutedObject object = objects.getOrDefault(record.objectType(), unknownObject);
    Optional<String> domain =
        present(object, record, object.emailField()).flatMap(AccountIndex::domain);
    Optional<String> company =
        present(object, record, Strategies.COMPANY_FIELD).flatMap(AccountIndex::company);
    return new AccountKeys(domain, company);
  }

  /** The keys one record could find its account by. */
  public record AccountKeys(Optional<String> domain, Optional<String> company) {}

  /** Whether entering the stage routes a record. */
  public boolean routesOnEntering(String stageId) {
    return routing.onEntering().contains(stageId);
  }

  /**
   * Routes a record that has just entered a routed stage, as its fields stand at the instant.
   *
   * @param context the loads, absences, accounts and rotations at the instant
   */
  public RoutingDecision route(RecordState record, Instant at, RoutingContext context) {
    RoutedObject object = objects.getOrDefault(record.objectType(), unknownObject);
    List<String> explanation = new ArrayList<>();
    RoutingContext current = context;
    for (CompiledRule compiled : rules) {
      String prefix = "rule " + compiled.rule().id() + ": ";
      Map<String, String> matchedOn = new TreeMap<>();
      Optional<String> unmet = unmet(compiled, record.fields(), object, matchedOn);
      if (unmet.isPresent()) {
        explanation.add(prefix + unmet.get());
        continue;
      }
      Pick pick = strategies.pick(compiled.rule().strategy(), record.fields(), object, at, current);
      pick.notes().forEach(note -> explanation.add(prefix + note));
      current = pick.context();
      if (pick.person().isPresent()) {
        String person = pick.person().get();
        matchedOn.putAll(pick.matchedOn());
        return decision(
            record,
            at,
            Optional.of(new Owner.Person(person)),
            Optional.of(compiled.rule().id()),
            matchedOn,
            explanation,
            current.afterAssigning(person));
      }
    }
    Optional<Owner> queue = routing.fallbackQueue().map(Owner.Queue::new);
    explanation.add(
        queue
            .map(q -> "no rule routed it, so it goes to the fallback queue " + q.id())
            .orElse("no rule routed it and there is no fallback queue"));
    return decision(record, at, queue, Optional.empty(), Map.of(), explanation, current);
  }

  /** The first condition of the rule the record does not meet, with the value it holds instead. */
  private static Optional<String> unmet(
      CompiledRule compiled,
      Map<String, String> fields,
      RoutedObject object,
      Map<String, String> matchedOn) {
    for (int c = 0; c < compiled.criteria().size(); c++) {
      Criterion criterion = compiled.criteria().get(c);
      String field = compiled.rule().when().get(c).field();
      String raw = fields.get(field);
      String value = object.placeholders().isMissing(field, raw) ? "empty" : raw.strip();
      if (!criterion.isMetBy(fields, object.placeholders())) {
        return Optional.of(
            "not met: " + criterion.statement() + " (" + field + " is " + value + ")");
      }
      matchedOn.put(field, value);
    }
    return Optional.empty();
  }

  private static RoutingDecision decision(
      RecordState record,
      Instant at,
      Optional<Owner> owner,
      Optional<String> rule,
      Map<String, String> matchedOn,
      List<String> explanation,
      RoutingContext context) {
    return new RoutingDecision(
        record.recordId(),
        record.stage(),
        at,
        owner,
        rule,
        new TreeMap<>(matchedOn),
        explanation,
        context);
  }
}
