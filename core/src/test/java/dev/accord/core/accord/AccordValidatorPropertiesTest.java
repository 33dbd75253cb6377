package dev.accord.core.accord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.AccordDraft;
import dev.accord.core.AccordFixture;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.lifecycle.TransitionKind;
import dev.accord.core.scorecard.Kpi;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.sla.EscalationAction;
import dev.accord.core.sla.EscalationStep;
import dev.accord.core.sla.EscalationTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AccordValidatorPropertiesTest {

  /** Stage ids of the fixture, a blank one and some that no accord declares. */
  private static final List<String> STAGE_IDS =
      List.of(
          "lead",
          "mql",
          "sal",
          "sql",
          "nurture",
          "disqualified",
          "discovery",
          "proposal",
          "won",
          "lost",
          "",
          "ghost");

  private static final List<String> KPI_IDS =
      List.of("mql_volume", "mql_to_sql", "speed_to_lead_met", "time_to_accept", "win_rate", "x");

  private static final List<String> RECIPIENTS =
      List.of("owner", "manager", "sdr", "maria", "nobody");

  @Property
  void removingAnyStageIsReportedByName(@ForAll @IntRange(min = 0, max = 9) int position) {
    // Every stage of the fixture is named somewhere else, so it cannot just vanish unnoticed.
    AccordDraft draft = AccordFixture.draft();
    List<Stage> inbound = draft.inbound().stages;
    int inboundStages = inbound.size();
    List<Stage> stages = position < inboundStages ? inbound : draft.newBusiness().stages;
    Stage removed = stages.remove(position < inboundStages ? position : position - inboundStages);

    List<Problem> problems = AccordValidator.validate(draft.build());

    assertThat(problems)
        .filteredOn(Problem::isError)
        .anySatisfy(p -> assertThat(p.message()).contains(KnownIds.quote(removed.id())));
  }

  @Property
  void validateNeverThrowsOnScrambledAccords(@ForAll("scrambledAccords") Accord accord) {
    List<Problem> problems = AccordValidator.validate(accord);

    // Whatever the mess, each problem says where it is and how to fix it.
    assertThat(problems).allSatisfy(p -> assertThat(p.hint()).isNotBlank());
  }

  @Provide
  Arbitrary<Accord> scrambledAccords() {
    AccordDraft template = AccordFixture.draft();
    return Builders.withBuilder(AccordFixture::draft)
        .use(scrambled(template.reasonCodes))
        .in(set((d, v) -> d.reasonCodes = v))
        .use(scrambled(template.lead().fields))
        .in(set((d, v) -> d.lead().fields = v))
        .use(scrambled(template.inbound().stages).flatMap(AccordValidatorPropertiesTest::reflagged))
        .in(set((d, v) -> d.inbound().stages = v))
        .use(transitions().list().ofMaxSize(8).map(ArrayList::new))
        .in(set((d, v) -> d.inbound().transitions = v))
        .use(scrambled(template.newBusiness().stages))
        .in(set((d, v) -> d.newBusiness().stages = v))
        .use(scrambled(template.teams))
        .in(set((d, v) -> d.teams = v))
        .use(scrambled(template.people))
        .in(set((d, v) -> d.people = v))
        .use(scrambled(template.calendars))
        .in(set((d, v) -> d.calendars = v))
        .use(ladder().map(AccordFixture::speedToLead).list().ofMaxSize(2).map(ArrayList::new))
        .in(set((d, v) -> d.handoffs = v))
        .use(Arbitraries.of(STAGE_IDS).list().ofMaxSize(3).map(ArrayList::new))
        .in(set((d, v) -> d.onEntering = v))
        .use(scrambled(template.routingRules))
        .in(set((d, v) -> d.routingRules = v))
        .use(scrambled(template.kpis).flatMap(AccordValidatorPropertiesTest::rewired))
        .in(set((d, v) -> d.kpis = v))
        .use(scrambled(template.decisionRights))
        .in(set((d, v) -> d.decisionRights = v))
        .use(scrambled(template.goals))
        .in(set((d, v) -> d.goals = v))
        .build(AccordDraft::build);
  }

  /** Some of the parts, shuffled, some repeated, some left out. */
  private static <T> Arbitrary<List<T>> scrambled(List<T> parts) {
    return Arbitraries.of(parts).list().ofMaxSize(parts.size() + 2).map(ArrayList::new);
  }

  private static Arbitrary<List<Stage>> reflagged(List<Stage> stages) {
    return Arbitraries.of(true, false)
        .list()
        .ofSize(2 * stages.size())
        .map(flags -> {
          List<Stage> flagged = new ArrayList<>();
          for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            flagged.add(
                new Stage(
                    stage.id(),
                    stage.name(),
                    stage.definition(),
                    stage.entryCriteria(),
                    flags.get(2 * s),
                    flags.get(2 * s + 1)));
          }
          return flagged;
        });
  }

  private static Arbitrary<Transition> transitions() {
    return Combinators.combine(
            Arbitraries.of(STAGE_IDS).list().ofMaxSize(3),
            Arbitraries.of(STAGE_IDS),
            Arbitraries.of(TransitionKind.class),
            Arbitraries.of("no_budget", "spam", "not_ready", "ghost").list().ofMaxSize(2))
        .as(Transition::new);
  }

  private static Arbitrary<List<EscalationStep>> ladder() {
    Arbitrary<EscalationTrigger> trigger =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 100).map(EscalationTrigger.ShareOfSla::new),
            Arbitraries.longs()
                .between(0, 600)
                .map(m -> new EscalationTrigger.AfterBreach(BusinessDuration.minutes(m))));
    return Combinators.combine(
            trigger,
            Arbitraries.of(EscalationAction.class),
            Arbitraries.of(RECIPIENTS).list().ofMaxSize(3))
        .as(EscalationStep::new)
        .list()
        .ofMaxSize(5);
  }

  /** The KPIs with what they feed drawn at random, loops and unknown KPIs included. */
  private static Arbitrary<List<Kpi>> rewired(List<Kpi> kpis) {
    return Arbitraries.of(KPI_IDS)
        .list()
        .ofMaxSize(3)
        .list()
        .ofSize(kpis.size())
        .map(feeds -> {
          List<Kpi> rewired = new ArrayList<>();
          for (int i = 0; i < kpis.size(); i++) {
            Kpi kpi = kpis.get(i);
            rewired.add(
                new Kpi(
                    kpi.id(),
                    kpi.name(),
                    kpi.description(),
                    kpi.kind(),
                    kpi.owner(),
                    kpi.object(),
                    kpi.formula(),
                    kpi.unit(),
                    kpi.dimensions(),
                    kpi.target(),
                    feeds.get(i)));
          }
          return rewired;
        });
  }

  /** A builder step that sets one part of the draft. */
  private static <T> BiFunction<AccordDraft, T, AccordDraft> set(BiConsumer<AccordDraft, T> part) {
    return (draft, value) -> {
      part.accept(draft, value);
      return draft;
    };
  }
}
