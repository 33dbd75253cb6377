package dev.accord.core.lifecycle;

import static dev.accord.core.lifecycle.RecordEvents.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.accord.core.event.RecordEvent;
import dev.accord.core.exception.ExceptionCase.MissingRequiredField;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One contact's life under a HubSpot-style lifecycle, told event by event: subscriber, lead, MQL,
 * SAL, sent back to recycling with a reason, nurtured back to lead and qualified a second time. The
 * history must keep both passes through the funnel, and the time spent in each.
 */
class LeadLifeScenarioTest {

  private static final long TUESDAY = 24 * 60;

  /** subscriber -> lead -> mql -> sal -> sql; mql or sal -> recycled (with a reason) -> lead. */
  private static final ObjectType CONTACT =
      new ObjectType(
          "contact",
          "Contact",
          List.of(
              new FieldDefinition(
                  "email", "Email", FieldType.EMAIL, List.of(), List.of(), List.of("mql"))),
          List.of(
              new Pipeline(
                  "lifecycle",
                  "Lifecycle stage",
                  List.of(
                      stage("subscriber", true, false),
                      stage("lead", false, false),
                      stage("mql", false, false),
                      stage("sal", false, false),
                      stage("sql", false, true),
                      stage("recycled", false, false)),
                  List.of(
                      move("subscriber", "lead", TransitionKind.FORWARD),
                      move("lead", "mql", TransitionKind.FORWARD),
                      move("mql", "sal", TransitionKind.FORWARD),
                      move("sal", "sql", TransitionKind.FORWARD),
                      new Transition(
                          List.of("mql", "sal"),
                          "recycled",
                          TransitionKind.REJECT,
                          List.of("not_ready", "no_budget")),
                      move("recycled", "lead", TransitionKind.RECYCLE)))));

  private final LifecycleEngine engine =
      LifecycleEngine.of(List.of(CONTACT), Guardrails.defaults(), List.of("N/A"));
  private final RecordEvents ada = RecordEvents.of("C-42", "contact");
  private Optional<RecordState> state = Optional.empty();

  @Test
  void aRecycledLeadKeepsBothPassesThroughTheFunnel() {
    // Monday 09:00: Ada signs up for the newsletter and becomes a subscriber.
    expect(ada.by("hubspot-forms").created(0, "subscriber", Map.of()), Verdict.ACCEPTED);

    // 10:00: she downloads a whitepaper; the lead-scoring workflow makes her a lead.
    expect(ada.by("workflow:scoring").movedTo(60, "lead"), Verdict.ACCEPTED);

    // 11:00: she is made an MQL, but nobody captured her email: the accord flags it.
    EventOutcome mql = expect(ada.movedTo(120, "mql"), Verdict.FLAGGED);
    assertThat(mql.exceptions())
        .containsExactly(
            new MissingRequiredField(
                "C-42", "C-42#3", minute(120), "mql", "email", Optional.empty()));

    // 11:30: the email arrives with a form fill.
    expect(ada.changed(150, Map.of("email", "ada@acme.io")), Verdict.ACCEPTED);

    // 12:00: Maria, the SDR, accepts her.
    expect(ada.by("maria").movedTo(180, "sal"), Verdict.ACCEPTED);

    // 14:00: after a call Maria sends her back: not ready to buy. The reason is required.
    expect(ada.movedTo(300, "recycled", "not_ready"), Verdict.ACCEPTED);

    // Tuesday 09:00: the nurture workflow recycles her into a lead again.
    expect(ada.by("workflow:nurture").movedTo(TUESDAY, "lead"), Verdict.ACCEPTED);

    // 10:00: she qualifies a second time, with her email on file now.
    expect(ada.by("workflow:scoring").movedTo(TUESDAY + 60, "mql"), Verdict.ACCEPTED);

    RecordState now = state.orElseThrow();
    assertThat(now.stage()).isEqualTo("mql");
    assertThat(now.eventCount()).isEqualTo(8);

    // Every move is a line of its own; the way back is a REJECT, then a RECYCLE.
    assertThat(now.stageHistory())
        .extracting(StageMove::to, StageMove::kind)
        .containsExactly(
            tuple("subscriber", TransitionKind.FORWARD),
            tuple("lead", TransitionKind.FORWARD),
            tuple("mql", TransitionKind.FORWARD),
            tuple("sal", TransitionKind.FORWARD),
            tuple("recycled", TransitionKind.REJECT),
            tuple("lead", TransitionKind.RECYCLE),
            tuple("mql", TransitionKind.FORWARD));
    assertThat(now.stageHistory().get(4))
        .isEqualTo(
            new StageMove(
                Optional.of("sal"),
                "recycled",
                minute(300),
                TransitionKind.REJECT,
                "maria",
                "hubspot",
                Optional.of("not_ready"),
                "C-42#6"));
    // Both arrivals in mql are there, each with its own time and actor.
    assertThat(now.stageHistory())
        .filteredOn(move -> move.to().equals("mql"))
        .extracting(StageMove::at, StageMove::actor)
        .containsExactly(
            tuple(minute(120), "workflow:scoring"),
            tuple(minute(TUESDAY + 60), "workflow:scoring"));

    // MQL: first entered Monday 11:00, left at 12:00, back since Tuesday 10:00.
    assertThat(now.stageTimes().get("mql"))
        .isEqualTo(
            new StageTimes(
                minute(120),
                minute(TUESDAY + 60),
                Optional.of(minute(180)),
                Optional.of(minute(180)),
                2,
                Duration.ofHours(1)));
    assertThat(now.stageTimes().get("mql").isOpen()).isTrue();
    // An hour in the first pass plus an hour so far in the second, as of Tuesday 11:00.
    assertThat(now.stageTimes().get("mql").timeIn(minute(TUESDAY + 120)))
        .isEqualTo(Duration.ofHours(2));
    // Lead: an hour on Monday, an hour on Tuesday, both ended.
    assertThat(now.stageTimes().get("lead"))
        .isEqualTo(
            new StageTimes(
                minute(60),
                minute(TUESDAY),
                Optional.of(minute(120)),
                Optional.of(minute(TUESDAY + 60)),
                2,
                Duration.ofHours(2)));
    // Recycled from Monday 14:00 to Tuesday 09:00.
    assertThat(now.stageTimes().get("recycled").completedTime()).isEqualTo(Duration.ofHours(19));
    assertThat(now.stageTimes().get("sal").completedTime()).isEqualTo(Duration.ofHours(2));
    assertThat(now.stageTimes().get("subscriber").visits()).isEqualTo(1);
  }

  private EventOutcome expect(RecordEvent event, Verdict verdict) {
    EventOutcome outcome = engine.apply(state, event);
    assertThat(outcome.verdict()).as(event.idempotencyKey()).isEqualTo(verdict);
    state = outcome.state();
    return outcome;
  }

  private static Stage stage(String id, boolean entry, boolean terminal) {
    return new Stage(id, id.toUpperCase(Locale.ROOT), "", List.of(), entry, terminal);
  }

  private static Transition move(String from, String to, TransitionKind kind) {
    return new Transition(List.of(from), to, kind, List.of());
  }
}
