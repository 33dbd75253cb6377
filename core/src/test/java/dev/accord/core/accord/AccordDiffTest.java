package dev.accord.core.accord;

import static dev.accord.core.calendar.BusinessDuration.days;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.accord.core.AccordFixture;
import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.lifecycle.Stage;
import dev.accord.core.lifecycle.Transition;
import dev.accord.core.queue.ExceptionPolicy;
import dev.accord.core.queue.ExceptionSeverity;
import dev.accord.core.scorecard.Dimension;
import dev.accord.core.scorecard.Formula;
import dev.accord.core.scorecard.Kpi;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccordDiffTest {

  private final Accord acme = AccordFixture.acme();

  @Test
  void an_accord_compared_with_itself_or_an_equal_copy_has_no_changes() {
    assertThat(AccordDiff.between(acme, acme)).isEmpty();
    assertThat(AccordDiff.between(acme, AccordFixture.acme())).isEmpty();
  }

  @Test
  void a_longer_sla_is_one_change_that_says_by_how_much() {
    Accord slower = AccordEdits.slaOf(acme, "speed_to_lead", BusinessDuration.minutes(30));

    assertThat(AccordDiff.between(acme, slower))
        .containsExactly(
            new AccordChange(
                ChangeArea.SLA,
                ChangeKind.CHANGED,
                "handoff speed_to_lead",
                "15m",
                "30m",
                "The SLA of handoff `speed_to_lead` changed from 15 business minutes to 30"
                    + " business minutes (longer)."));
  }

  @Test
  void an_sla_of_the_same_nominal_length_in_other_units_is_still_reported() {
    // 1d and 8h are the same nominal length, yet on a calendar with a 9-hour day they differ.
    Accord inHours = AccordEdits.slaOf(acme, "sal_acceptance", BusinessDuration.hours(8));

    assertThat(AccordDiff.between(acme, inHours))
        .extracting(AccordChange::description)
        .containsExactly(
            "The SLA of handoff `sal_acceptance` changed from 1 business day to 8 business hours"
                + " (the same length).");
  }

  @Test
  void a_removed_stage_takes_its_transitions_and_requirements_with_it() {
    Accord withoutSal = AccordEdits.withoutStage(acme, "sal");

    assertThat(AccordDiff.between(acme, withoutSal))
        .containsExactly(
            AccordChange.removed(
                ChangeArea.STAGE,
                "stage sal",
                "SAL",
                "Stage `sal` (SAL) was removed from pipeline `inbound`."),
            AccordChange.removed(
                ChangeArea.TRANSITION,
                "transition mql -> sal",
                "forward",
                "Transition mql -> sal was removed."),
            AccordChange.removed(
                ChangeArea.TRANSITION,
                "transition sal -> sql",
                "forward",
                "Transition sal -> sql was removed."),
            AccordChange.removed(
                ChangeArea.TRANSITION,
                "transition sal -> mql",
                "reject [not_ready, bad_fit]",
                "Transition sal -> mql was removed."),
            AccordChange.removed(
                ChangeArea.TRANSITION,
                "transition sal -> nurture",
                "recycle [not_ready]",
                "Transition sal -> nurture was removed."),
            AccordChange.removed(
                ChangeArea.TRANSITION,
                "transition sal -> disqualified",
                "disqualify [no_budget, bad_fit, spam]",
                "Transition sal -> disqualified was removed."),
            AccordChange.removed(
                ChangeArea.REQUIRED_FIELD,
                "field email in sal",
                "required",
                "Field `email` is no longer required to enter `sal`."),
            AccordChange.removed(
                ChangeArea.REQUIRED_FIELD,
                "field company in sal",
                "required",
                "Field `company` is no longer required to enter `sal`."));
  }

  @Test
  void a_stage_with_a_new_name_and_the_same_id_is_renamed() {
    Accord renamed = AccordEdits.stageNamed(acme, "mql", "Marketing qualified lead");

    assertThat(AccordDiff.between(acme, renamed))
        .containsExactly(
            AccordChange.renamed(
                ChangeArea.STAGE,
                "stage mql",
                "MQL",
                "Marketing qualified lead",
                "Stage `mql` was renamed from \"MQL\" to \"Marketing qualified lead\"."));
  }

  @Test
  void a_stage_with_a_new_id_and_the_same_name_is_renamed_and_nothing_else_changes() {
    // Every transition, requirement, handoff, routing trigger and KPI follows the new id, so
    // the rename is the only change a reviewer has to read.
    Accord renamed = AccordFixture.acme("marketing_qualified");

    assertThat(AccordDiff.between(acme, renamed))
        .containsExactly(
            AccordChange.renamed(
                ChangeArea.STAGE,
                "stage marketing_qualified",
                "mql",
                "marketing_qualified",
                "Stage `mql` was renamed to `marketing_qualified`."));
  }

  @Test
  void a_stage_with_a_new_id_and_name_but_the_same_definition_is_renamed_twice_over() {
    Accord renamed =
        AccordEdits.stageNamed(
            AccordFixture.acme("marketing_qualified"), "marketing_qualified", "Qualified");

    assertThat(AccordDiff.between(acme, renamed))
        .extracting(AccordChange::kind, AccordChange::description)
        .containsExactly(
            tuple(ChangeKind.RENAMED, "Stage `mql` was renamed to `marketing_qualified`."),
            tuple(
                ChangeKind.RENAMED,
                "Stage `marketing_qualified` was renamed from \"MQL\" to \"Qualified\"."));
  }

  @Test
  void a_lost_stage_with_a_new_id_is_followed_through_a_win_rate_formula() {
    // The win rate counts `lost` among its lost stages; under its new id the formula names the
    // new id, and so the rename is the only change.
    Accord before = winRate(acme, new Formula.WinRate("won", List.of("lost")));
    Accord after =
        winRate(
            lostStageAs(before, "closed_lost"), new Formula.WinRate("won", List.of("closed_lost")));

    assertThat(AccordDiff.between(before, after))
        .containsExactly(
            AccordChange.renamed(
                ChangeArea.STAGE,
                "stage closed_lost",
                "lost",
                "closed_lost",
                "Stage `lost` was renamed to `closed_lost`."));
  }

  @Test
  void a_win_rate_that_counts_another_lost_stage_is_a_changed_formula() {
    Accord before = winRate(acme, new Formula.WinRate("won", List.of("lost")));
    Accord after = winRate(acme, new Formula.WinRate("won", List.of("lost", "no_decision")));

    assertThat(AccordDiff.between(before, after))
        .extracting(AccordChange::description)
        .containsExactly(
            "KPI `win_rate` now computes the win rate: won over won and lost, no_decision (was the"
                + " win rate: won over won and lost).");
  }

  @Test
  void a_dimension_that_starts_ignoring_case_is_a_change() {
    Accord folded =
        AccordEdits.with(
            acme,
            d ->
                d.dimensions.replaceAll(dimension ->
                    dimension.id().equals("source")
                        ? new Dimension(dimension.id(), dimension.label(), dimension.source(), true)
                        : dimension));

    assertThat(AccordDiff.between(acme, folded))
        .extracting(AccordChange::description)
        .containsExactly(
            "Dimension `source` now counts values that differ only in case as one key (it keeps"
                + " values that differ only in case apart).");
  }

  @Test
  void a_newly_required_field_is_reported_for_its_stage() {
    Accord stricter = AccordEdits.requiredIn(acme, "phone", "sal");

    assertThat(AccordDiff.between(acme, stricter))
        .containsExactly(
            AccordChange.added(
                ChangeArea.REQUIRED_FIELD,
                "field phone in sal",
                "required",
                "Field `phone` is now required to enter `sal`."));
  }

  @Test
  void a_new_kpi_target_is_reported_with_its_thresholds() {
    Accord ambitious = AccordEdits.kpiTarget(acme, "win_rate", "30", "30", "25");

    assertThat(AccordDiff.between(acme, ambitious))
        .containsExactly(
            AccordChange.changed(
                ChangeArea.KPI,
                "kpi win_rate",
                "25",
                "30",
                "The target of KPI `win_rate` changed from 25 to 30 (green >= 30, amber >= 25)."));
  }

  @Test
  void a_target_written_with_another_scale_is_the_same_target() {
    // 25 and 25.00 are one number; a diff that reported it would cry wolf.
    Accord rewritten = AccordEdits.kpiTarget(acme, "win_rate", "25.00", "25.0", "20");

    assertThat(AccordDiff.between(acme, rewritten)).isEmpty();
  }

  @Test
  void a_party_that_loses_a_decision_right_is_named() {
    Accord narrower = AccordEdits.withoutApprover(acme, DecisionDomain.KPI_TARGET, "finance");

    assertThat(AccordDiff.between(acme, narrower))
        .containsExactly(
            AccordChange.removed(
                ChangeArea.DECISION_RIGHT,
                "decision right kpi_target approve",
                "finance",
                "`finance` can no longer approve kpi_target."));
  }

  @Test
  void every_addition_one_way_is_a_removal_the_other_way() {
    Accord next = AccordNextVersion.of(acme);
    List<AccordChange> forwards = AccordDiff.between(acme, next);
    List<AccordChange> backwards = AccordDiff.between(next, acme);
    // Each diff names a renamed stage by its id in the accord it compares to, so the subjects
    // of the way back are read with the stage ids of the way there.
    Map<String, String> renamedStages =
        forwards.stream()
            .filter(change -> change.kind() == ChangeKind.RENAMED)
            .filter(change -> change.subject().equals("stage " + change.after()))
            .collect(Collectors.toMap(AccordChange::before, AccordChange::after));

    assertThat(renamedStages).containsExactly(Map.entry("sal", "sales_accepted"));
    assertThat(subjects(forwards, ChangeKind.ADDED, Map.of()))
        .isNotEmpty()
        .isEqualTo(subjects(backwards, ChangeKind.REMOVED, renamedStages));
    assertThat(subjects(forwards, ChangeKind.REMOVED, Map.of()))
        .isNotEmpty()
        .isEqualTo(subjects(backwards, ChangeKind.ADDED, renamedStages));
  }

  @Test
  void a_duplicate_rule_says_which_signals_it_gained_and_lost() {
    Accord withoutPhone =
        AccordEdits.duplicateSignals(
            acme, "lead", List.of(DuplicateSignal.EMAIL, DuplicateSignal.NAME_AND_COMPANY));

    assertThat(AccordDiff.between(acme, withoutPhone))
        .containsExactly(
            AccordChange.changed(
                ChangeArea.DUPLICATE_RULE,
                "duplicate rule lead",
                "email, phone, name_and_company",
                "email, name_and_company",
                "Duplicates of `lead` no longer match on phone."));
    // The way back is the same rule gaining the signal.
    assertThat(AccordDiff.between(withoutPhone, acme))
        .extracting(AccordChange::description)
        .containsExactly("Duplicates of `lead` now also match on phone.");
  }

  @Test
  void a_stricter_name_similarity_reads_as_both_thresholds() {
    Accord stricter = AccordEdits.nameSimilarity(acme, "lead", "0.95");

    assertThat(AccordDiff.between(acme, stricter))
        .containsExactly(
            AccordChange.changed(
                ChangeArea.DUPLICATE_RULE,
                "duplicate rule lead",
                "0.92",
                "0.95",
                "The name similarity threshold for `lead` duplicates changed from 0.92 to 0.95."));
  }

  @Test
  void a_threshold_written_with_a_trailing_zero_is_the_same_threshold() {
    // 0.920 and 0.92 are one similarity; the diff speaks of meaning, not of how it is written.
    assertThat(AccordDiff.between(acme, AccordEdits.nameSimilarity(acme, "lead", "0.920")))
        .isEmpty();
  }

  @Test
  void a_duplicate_rule_removed_or_added_names_its_signals() {
    Accord unchecked = AccordEdits.with(acme, d -> d.duplicates.clear());

    assertThat(AccordDiff.between(acme, unchecked))
        .containsExactly(
            AccordChange.removed(
                ChangeArea.DUPLICATE_RULE,
                "duplicate rule lead",
                "email, phone, name_and_company",
                "Records of `lead` are no longer checked for duplicates."));
    assertThat(AccordDiff.between(unchecked, acme))
        .extracting(AccordChange::description)
        .containsExactly(
            "Records of `lead` are now checked for duplicates, matching on email, phone or name"
                + " and company.");
  }

  @Test
  void an_exception_policy_added_says_owner_severity_and_sla() {
    Accord withPolicy = withSlaBreachPolicy("revops", ExceptionSeverity.HIGH, days(1));

    assertThat(AccordDiff.between(acme, withPolicy))
        .containsExactly(
            AccordChange.added(
                ChangeArea.EXCEPTION_POLICY,
                "exception policy sla_breach",
                "revops, high, 1d",
                "`sla_breach` exceptions now go to `revops` at high severity, to be resolved"
                    + " within 1 business day."));
    assertThat(AccordDiff.between(withPolicy, acme))
        .extracting(AccordChange::description)
        .containsExactly(
            "`sla_breach` exceptions no longer have a policy of their own: they go back to the"
                + " default owner, severity and SLA.");
  }

  @Test
  void an_exception_policy_changed_says_each_term_in_words() {
    Accord before = withSlaBreachPolicy("revops", ExceptionSeverity.HIGH, days(1));
    Accord after =
        withSlaBreachPolicy("sdr", ExceptionSeverity.CRITICAL, BusinessDuration.hours(4));

    assertThat(AccordDiff.between(before, after))
        .extracting(
            AccordChange::area,
            AccordChange::before,
            AccordChange::after,
            AccordChange::description)
        .containsExactly(
            tuple(
                ChangeArea.EXCEPTION_POLICY,
                "revops",
                "sdr",
                "`sla_breach` exceptions are now owned by `sdr` (was `revops`)."),
            tuple(
                ChangeArea.EXCEPTION_POLICY,
                "high",
                "critical",
                "The severity of `sla_breach` exceptions changed from high to critical."),
            tuple(
                ChangeArea.EXCEPTION_POLICY,
                "1d",
                "4h",
                "The resolution SLA of `sla_breach` exceptions changed from 1 business day to 4"
                    + " business hours (shorter)."));
  }

  private Accord withSlaBreachPolicy(
      String owner, ExceptionSeverity severity, BusinessDuration sla) {
    return AccordEdits.with(
        acme,
        d -> d.exceptions.add(new ExceptionPolicy(ExceptionType.SLA_BREACH, owner, severity, sla)));
  }

  @Test
  void a_busy_quarter_of_changes_reads_as_documented() {
    // The golden file shows how a change of every kind in every area reads, in diff order.
    String lines =
        AccordDiff.between(acme, AccordNextVersion.of(acme)).stream()
            .map(c ->
                String.join(
                    " | ",
                    c.area() + " " + c.kind(),
                    c.subject(),
                    c.before(),
                    c.after(),
                    c.description()))
            .collect(Collectors.joining("\n", "", "\n"));

    assertThat(lines).isEqualTo(Golden.read("diff-acme-3-to-4.txt"));
  }

  private static List<String> subjects(
      List<AccordChange> changes, ChangeKind kind, Map<String, String> stageIds) {
    return changes.stream()
        .filter(change -> change.kind() == kind)
        .map(change -> change.area() + " " + withStageIds(change.subject(), stageIds))
        .sorted()
        .toList();
  }

  private static String withStageIds(String subject, Map<String, String> stageIds) {
    return Arrays.stream(subject.split(" "))
        .map(word -> stageIds.getOrDefault(word, word))
        .collect(Collectors.joining(" "));
  }

  /** The accord with its win_rate KPI computing the given formula. */
  private static Accord winRate(Accord accord, Formula formula) {
    return AccordEdits.with(
        accord,
        d ->
            d.kpis.replaceAll(k ->
                k.id().equals("win_rate")
                    ? new Kpi(
                        k.id(),
                        k.name(),
                        k.description(),
                        k.kind(),
                        k.owner(),
                        k.object(),
                        formula,
                        k.unit(),
                        k.dimensions(),
                        k.target(),
                        k.feeds())
                    : k));
  }

  /**
   * The accord with the opportunity's `lost` stage, and the transitions into it, under a new id.
   */
  private static Accord lostStageAs(Accord accord, String newId) {
    return AccordEdits.with(
        accord,
        d ->
            d.objects.forEach(object ->
                object.pipelines.forEach(pipeline -> {
                  pipeline.stages.replaceAll(s ->
                      s.id().equals("lost")
                          ? new Stage(
                              newId,
                              s.name(),
                              s.definition(),
                              s.entryCriteria(),
                              s.entry(),
                              s.terminal())
                          : s);
                  pipeline.transitions.replaceAll(t ->
                      t.to().equals("lost")
                          ? new Transition(t.from(), newId, t.kind(), t.reasonCodes())
                          : t);
                })));
  }
}
