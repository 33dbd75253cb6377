package dev.accord.yaml;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordInfo;
import dev.accord.core.calendar.BusinessCalendar;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.field.Condition;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.field.Operator;
import dev.accord.core.governance.Contribution;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.governance.DecisionRight;
import dev.accord.core.governance.Goal;
import dev.accord.core.lifecycle.Enforcement;
import dev.accord.core.lifecycle.Guardrails;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.ReasonCode;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.queue.ExceptionSeverity;
import dev.accord.core.routing.AccountMatch;
import dev.accord.core.routing.Routing;
import dev.accord.core.routing.RoutingRule;
import dev.accord.core.routing.RoutingStrategy;
import dev.accord.core.routing.SkipReason;
import dev.accord.core.routing.TerritoryArea;
import dev.accord.core.scorecard.BuiltinDimension;
import dev.accord.core.scorecard.ConversionMethod;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Direction;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.scorecard.KpiKind;
import dev.accord.core.scorecard.SpeedPart;
import dev.accord.core.scorecard.Statistic;
import dev.accord.core.scorecard.Target;
import dev.accord.core.sla.EscalationAction;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.EscalationTrigger;
import dev.accord.core.sla.Handoff;
import dev.accord.core.sla.SlaMeasure;
import dev.accord.core.sla.SlaStart;
import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import dev.accord.core.team.Team;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ListArbitrary;

/**
 * Accords of every shape the file format can say: every optional value present and absent, every
 * variant of every sealed type, every enum constant, and text that YAML could mistake for something
 * else. The accords are well-formed but need not make sense (a handoff may name a stage no pipeline
 * has): they exercise the file format, not the validator.
 */
final class AccordArbitraries {

  /** Identifiers that a careless YAML writer would let turn into nulls, booleans or numbers. */
  private static final List<String> LOOKALIKES =
      List.of(
          "null",
          "Null",
          "~",
          "true",
          "False",
          "yes",
          "no",
          "NO",
          "on",
          "off",
          "y",
          "1000",
          "007",
          "0.5",
          "1e3",
          "1_000",
          "0x1F",
          "0o17",
          ".inf",
          ".nan",
          "12:30",
          "2026-12-24",
          "<<",
          "=",
          "N/A",
          "-");

  /** Free text with the characters that need quoting, escaping or a block scalar in YAML. */
  private static final List<String> AWKWARD_TEXTS =
      List.of(
          "",
          " ",
          " padded ",
          "Lead / contact",
          "Fit and intent both shown: score >= 50",
          "two\nlines",
          "trailing newline\n",
          "\nleading newline",
          "tab\there",
          "it's",
          "\"quoted\"",
          "# not a comment",
          "key: value",
          "[bracket]",
          "{brace}",
          "*alias",
          "&anchor",
          "!tag",
          "%percent",
          "@at",
          "`tick",
          "|pipe",
          ">fold",
          "? question",
          "a, b",
          "back\\slash",
          "Ünïcödé ✓",
          "rocket 🚀",
          "50%",
          "breach+1h");

  private static final List<String> ZONES =
      List.of(
          "America/New_York",
          "Europe/Berlin",
          "Asia/Tokyo",
          "UTC",
          "Australia/Sydney",
          "America/Sao_Paulo");

  private AccordArbitraries() {}

  static Arbitrary<Accord> accords() {
    var head =
        Combinators.combine(
                infos(),
                texts().list().ofMaxSize(3),
                reasonCodes().list().ofMaxSize(3),
                guardrails(),
                objects().list().ofMinSize(1).ofMaxSize(3),
                teams().list().ofMaxSize(3),
                people().list().ofMaxSize(3),
                calendars().list().ofMaxSize(3))
            .as(Tuple::of);
    var tail =
        Combinators.combine(
                handoffs().list().ofMaxSize(3),
                routings(),
                dimensions().list().ofMaxSize(3),
                kpis().list().ofMaxSize(3),
                decisionRights().list().ofMaxSize(3),
                goals().list().ofMaxSize(3),
                duplicateRules().list().ofMaxSize(3),
                exceptionPolicies().list().ofMaxSize(3))
            .as(Tuple::of);
    return Combinators.combine(head, tail)
        .as((h, t) ->
            new Accord(
                Accord.CURRENT_SCHEMA_VERSION,
                h.get1(),
                h.get2(),
                h.get3(),
                h.get4(),
                h.get5(),
                h.get6(),
                h.get7(),
                h.get8(),
                t.get1(),
                t.get2(),
                t.get3(),
                t.get4(),
                t.get5(),
                t.get6(),
                t.get7(),
                t.get8()));
  }

  static Arbitrary<ExceptionPolicy> exceptionPolicies() {
    return Combinators.combine(
            Arbitraries.of(ExceptionType.class),
            ids(),
            Arbitraries.of(ExceptionSeverity.class),
            businessDurations())
        .as(ExceptionPolicy::new);
  }

  /** Identifiers: mostly short words, sometimes one of the {@link #LOOKALIKES}. */
  static Arbitrary<String> ids() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().withChars("abeno_").ofMinLength(1).ofMaxLength(6)),
        Tuple.of(1, Arbitraries.of(LOOKALIKES)));
  }

  /** Names, labels, definitions, values: identifiers, awkward text or printable noise. */
  static Arbitrary<String> texts() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, ids()),
        Tuple.of(2, Arbitraries.of(AWKWARD_TEXTS)),
        Tuple.of(
            1,
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars("\n\t\u00e9\u00a0\u2713")
                .ofMaxLength(12)));
  }

  static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.oneOf(
        Arbitraries.of("0.25", "400", "1200000", "0", "0.3", "0.30", "1.0", "-12.5", "2400000")
            .map(BigDecimal::new),
        Arbitraries.integers()
            .between(0, 3)
            .flatMap(scale ->
                Arbitraries.bigDecimals()
                    .between(new BigDecimal("-10000000"), new BigDecimal("10000000"))
                    .ofScale(scale)));
  }

  static Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 7).map(Duration::ofDays),
        Arbitraries.integers().between(1, 48).map(Duration::ofHours),
        Arbitraries.integers().between(1, 120).map(Duration::ofMinutes),
        Arbitraries.integers().between(1, 600).map(Duration::ofSeconds),
        Arbitraries.integers().between(1, 5000).map(Duration::ofMillis));
  }

  static Arbitrary<BusinessDuration> businessDurations() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 500), Arbitraries.of(BusinessDuration.Unit.class))
        .as(BusinessDuration::new);
  }

  static Arbitrary<EscalationTrigger> triggers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 100).map(EscalationTrigger.ShareOfSla::new),
        // A trigger at the breach itself is written "breach", which reads back as zero minutes.
        Arbitraries.just(new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0))),
        businessDurations()
            .filter(delay -> delay.amount() > 0)
            .map(EscalationTrigger.AfterBreach::new));
  }

  static Arbitrary<Condition> conditions() {
    return Combinators.combine(ids(), Arbitraries.of(Operator.class))
        .flatAs((field, operator) ->
            operandsOf(operator).map(values -> new Condition(field, operator, values)));
  }

  static Arbitrary<Formula> formulas() {
    return Arbitraries.oneOf(
        ids().map(Formula.CountEntering::new),
        Combinators.combine(
                ids(), ids(), Arbitraries.of(ConversionMethod.class), durations().optional(0.5))
            .as(Formula.Conversion::new),
        Combinators.combine(ids(), ids(), Arbitraries.of(Statistic.class))
            .as(Formula.DurationBetween::new),
        Combinators.combine(ids(), ids().optional(0.5)).as(Formula.SumOfField::new),
        Combinators.combine(conditions().list().ofMaxSize(3), ids().optional(0.5))
            .as(Formula.ShareMeeting::new),
        ids().map(Formula.SlaCompliance::new),
        Arbitraries.just(new Formula.ExceptionRate()),
        ids().list().ofMaxSize(3).map(Formula.FieldCompleteness::new),
        Combinators.combine(ids(), ids().list().ofMaxSize(3)).as(Formula.WinRate::new),
        Combinators.combine(ids(), ids().list().ofMaxSize(3), decimals().optional(0.5))
            .as(Formula.PipelineValue::new),
        Combinators.combine(ids(), ids(), ids().list().ofMaxSize(3), ids())
            .as(Formula.SalesVelocity::new),
        Combinators.combine(Arbitraries.of(SpeedPart.class), Arbitraries.of(Statistic.class))
            .as(Formula.SpeedToLead::new));
  }

  static Arbitrary<RoutingStrategy> strategies() {
    return Arbitraries.oneOf(
        ids().map(RoutingStrategy.NamedOwner::new),
        Combinators.combine(ids(), enums(SkipReason.class)).as(RoutingStrategy.RoundRobin::new),
        Combinators.combine(ids(), areas().list().ofMaxSize(3)).as(RoutingStrategy.Territory::new),
        enums(AccountMatch.class).map(RoutingStrategy.AccountOwner::new));
  }

  static Arbitrary<Dimension.Source> sources() {
    return Arbitraries.oneOf(
        ids().map(Dimension.FieldValue::new),
        Arbitraries.of(BuiltinDimension.class).map(Dimension.Builtin::new));
  }

  private static Arbitrary<List<String>> operandsOf(Operator operator) {
    if (operator.takesNoValue()) {
      return Arbitraries.just(List.of());
    }
    return operator.takesOneValue()
        ? texts().map(List::of)
        : texts().list().ofMinSize(1).ofMaxSize(3);
  }

  private static Arbitrary<AccordInfo> infos() {
    return Combinators.combine(
            texts().filter(name -> !name.isBlank()), Arbitraries.integers().between(1, 20), texts())
        .as(AccordInfo::new);
  }

  private static Arbitrary<ReasonCode> reasonCodes() {
    return Combinators.combine(ids(), texts()).as(ReasonCode::new);
  }

  private static Arbitrary<Guardrails> guardrails() {
    Arbitrary<Enforcement> enforcement = Arbitraries.of(Enforcement.class);
    return Combinators.combine(enforcement, enforcement, enforcement, enforcement, durations())
        .as(Guardrails::new);
  }

  private static Arbitrary<ObjectType> objects() {
    return Combinators.combine(
            ids(), texts(), fields().list().ofMaxSize(3), pipelines().list().ofMaxSize(3))
        .as(ObjectType::new);
  }

  private static Arbitrary<FieldDefinition> fields() {
    return Combinators.combine(
            ids(),
            texts(),
            Arbitraries.of(FieldType.class),
            texts().list().ofMaxSize(3),
            texts().list().ofMaxSize(3),
            ids().list().ofMaxSize(3))
        .as(FieldDefinition::new);
  }

  private static Arbitrary<Pipeline> pipelines() {
    return Combinators.combine(
            ids(), texts(), stages().list().ofMaxSize(3), transitions().list().ofMaxSize(3))
        .as(Pipeline::new);
  }

  private static Arbitrary<Stage> stages() {
    return Combinators.combine(
            ids(),
            texts(),
            texts(),
            conditions().list().ofMaxSize(3),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(Stage::new);
  }

  private static Arbitrary<Transition> transitions() {
    return Combinators.combine(
            ids().list().ofMinSize(1).ofMaxSize(3),
            ids(),
            Arbitraries.of(TransitionKind.class),
            ids().list().ofMaxSize(3))
        .as(Transition::new);
  }

  private static Arbitrary<Team> teams() {
    return Combinators.combine(
            ids(),
            texts(),
            Arbitraries.of(Department.class),
            ids().optional(0.5),
            ids().optional(0.5))
        .as(Team::new);
  }

  private static Arbitrary<Person> people() {
    var who =
        Combinators.combine(
                ids(),
                texts(),
                ids().map(id -> id + "@example.com").optional(0.5),
                ids().list().ofMinSize(1).ofMaxSize(3),
                enums(Role.class))
            .as(Tuple::of);
    var how =
        Combinators.combine(
                Arbitraries.of(ZONES).map(ZoneId::of).optional(0.5),
                Arbitraries.integers()
                    .between(0, 100)
                    .optional(0.5)
                    .map(capacity -> capacity.map(OptionalInt::of).orElse(OptionalInt.empty())),
                Arbitraries.integers().between(1, 5),
                Arbitraries.of(true, false))
            .as(Tuple::of);
    return Combinators.combine(who, how)
        .as((w, h) ->
            new Person(
                w.get1(), w.get2(), w.get3(), w.get4(), w.get5(), h.get1(), h.get2(), h.get3(),
                h.get4()));
  }

  private static Arbitrary<BusinessCalendar> calendars() {
    return Combinators.combine(
            ids(),
            Arbitraries.of(ZONES).map(ZoneId::of),
            enums(DayOfWeek.class),
            times(),
            times(),
            Arbitraries.of("US", "DE", "GB", "NO", "FR").optional(0.5),
            dates().list().ofMaxSize(3))
        .as(BusinessCalendar::new);
  }

  private static Arbitrary<Handoff> handoffs() {
    var clause =
        Combinators.combine(ids(), texts(), ids(), ids(), ids(), businessDurations(), ids())
            .as(Tuple::of);
    var clock =
        Combinators.combine(
                Arbitraries.of(SlaStart.class),
                Arbitraries.of(SlaMeasure.class),
                ids().list().ofMaxSize(3),
                Arbitraries.of(true, false),
                ids().list().ofMaxSize(3),
                escalationSteps().list().ofMaxSize(3))
            .as(Tuple::of);
    return Combinators.combine(clause, clock)
        .as((c, k) ->
            new Handoff(
                c.get1(), c.get2(), c.get3(), c.get4(), c.get5(), c.get6(), c.get7(), k.get1(),
                k.get2(), k.get3(), k.get4(), k.get5(), k.get6()));
  }

  private static Arbitrary<EscalationStep> escalationSteps() {
    Arbitrary<String> recipient =
        Arbitraries.oneOf(Arbitraries.of(EscalationStep.RELATIVE_RECIPIENTS), ids());
    return Combinators.combine(
            triggers(), Arbitraries.of(EscalationAction.class), recipient.list().ofMaxSize(3))
        .as(EscalationStep::new);
  }

  private static Arbitrary<Routing> routings() {
    return Arbitraries.oneOf(
        Arbitraries.just(Routing.none()),
        Combinators.combine(
                ids().list().ofMaxSize(3), rules().list().ofMaxSize(3), ids().optional(0.5))
            .as(Routing::new));
  }

  private static Arbitrary<RoutingRule> rules() {
    return Combinators.combine(ids(), conditions().list().ofMaxSize(3), strategies())
        .as(RoutingRule::new);
  }

  private static Arbitrary<TerritoryArea> areas() {
    return Combinators.combine(texts(), texts().list().ofMaxSize(3), ids()).as(TerritoryArea::new);
  }

  /** Only a dimension on a field may ignore case; the file has no way to say it of a built-in. */
  private static Arbitrary<Dimension> dimensions() {
    return Combinators.combine(ids(), texts(), sources(), Arbitraries.of(true, false))
        .as((id, label, source, ignoreCase) ->
            new Dimension(id, label, source, ignoreCase && source instanceof Dimension.FieldValue));
  }

  private static Arbitrary<Kpi> kpis() {
    var what =
        Combinators.combine(
                ids(), texts(), texts(), Arbitraries.of(KpiKind.class), ids(), ids().optional(0.5))
            .as(Tuple::of);
    var how =
        Combinators.combine(
                formulas(),
                texts(),
                ids().list().ofMaxSize(3),
                targets().optional(0.5),
                ids().list().ofMaxSize(3))
            .as(Tuple::of);
    return Combinators.combine(what, how)
        .as((w, h) ->
            new Kpi(
                w.get1(), w.get2(), w.get3(), w.get4(), w.get5(), w.get6(), h.get1(), h.get2(),
                h.get3(), h.get4(), h.get5()));
  }

  private static Arbitrary<Target> targets() {
    return Combinators.combine(decimals(), Arbitraries.of(Direction.class), decimals(), decimals())
        .as(Target::new);
  }

  private static Arbitrary<DecisionRight> decisionRights() {
    ListArbitrary<String> parties = ids().list().ofMaxSize(3);
    return Combinators.combine(
            Arbitraries.of(DecisionDomain.class), parties, parties, parties, parties)
        .as(DecisionRight::new);
  }

  private static Arbitrary<Goal> goals() {
    return Combinators.combine(
            ids(),
            texts(),
            ids(),
            decimals().optional(0.5),
            decimals(),
            dates(),
            contributions().list().ofMaxSize(3))
        .as(Goal::new);
  }

  private static Arbitrary<DuplicateRule> duplicateRules() {
    return Combinators.combine(
            ids(),
            Arbitraries.of(DuplicateSignal.class).list().uniqueElements().ofMaxSize(3),
            decimals(),
            decimals())
        .as(DuplicateRule::new);
  }

  private static Arbitrary<Contribution> contributions() {
    return Combinators.combine(ids(), ids(), decimals()).as(Contribution::new);
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 3650).map(LocalDate.of(2024, 1, 1)::plusDays);
  }

  /** Whole minutes: the file writes working hours as {@code HH:MM}. */
  private static Arbitrary<LocalTime> times() {
    return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.of(0, 15, 30, 45))
        .as(LocalTime::of);
  }

  /** Distinct constants in any order, from none to all of them. */
  private static <E extends Enum<E>> Arbitrary<List<E>> enums(Class<E> type) {
    return Arbitraries.of(type).list().uniqueElements().ofMaxSize(type.getEnumConstants().length);
  }
}
