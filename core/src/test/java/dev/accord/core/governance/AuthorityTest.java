package dev.accord.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.team.Department;
import dev.accord.core.team.Person;
import dev.accord.core.team.Role;
import dev.accord.core.team.Roster;
import dev.accord.core.team.Team;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AuthorityTest {

  private static final Authority AUTHORITY =
      new Authority(
          List.of(
              new DecisionRight(
                  DecisionDomain.DEFINITION_CHANGE,
                  List.of("marketing"),
                  List.of("priya"),
                  List.of("olivia"),
                  List.of("finance")),
              new DecisionRight(
                  DecisionDomain.SLA_CHANGE,
                  List.of("marketing"),
                  List.of("daniel", "revops"),
                  List.of(),
                  List.of())),
          new Roster(
              List.of(team("marketing"), team("revops"), team("finance"), team("ae")),
              List.of(
                  person("priya", "Priya Raman", "revops"),
                  person("olivia", "Olivia Chen", "marketing"),
                  person("sam", "Sam Ortiz", "marketing"),
                  person("daniel", "Daniel Kim", "ae"),
                  person("grace", "Grace Hall", "finance"))));

  @Test
  void the_person_named_may_decide_and_the_verdict_says_how() {
    Verdict verdict = AUTHORITY.mayDecide(DecisionDomain.DEFINITION_CHANGE, "priya");

    assertThat(verdict)
        .isEqualTo(new Verdict.Allowed(DecisionDomain.DEFINITION_CHANGE, "priya", "person priya"));
    assertThat(verdict.explanation())
        .isEqualTo("priya may decide definition_change as person priya");
  }

  @Test
  void a_team_s_right_is_held_by_each_member() {
    assertThat(AUTHORITY.mayDecide(DecisionDomain.SLA_CHANGE, "priya"))
        .isEqualTo(new Verdict.Allowed(DecisionDomain.SLA_CHANGE, "priya", "team revops"));
    assertThat(AUTHORITY.speaksFor("revops", "priya")).isTrue();
    assertThat(AUTHORITY.speaksFor("revops", "sam")).isFalse();
    assertThat(AUTHORITY.approvingParties(DecisionDomain.SLA_CHANGE))
        .containsExactly("daniel", "revops");
  }

  @Test
  void a_refusal_names_who_can_decide_instead() {
    Verdict verdict = AUTHORITY.mayDecide(DecisionDomain.DEFINITION_CHANGE, "sam");

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.explanation())
        .isEqualTo(
            "sam (Sam Ortiz) may not decide definition_change;"
                + " who may decide definition_change: priya (Priya Raman)");
    assertThat(((Verdict.Refused) verdict).whoCan()).containsExactly("priya (Priya Raman)");
  }

  @Test
  void proposers_and_approvers_may_propose_and_nobody_else() {
    assertThat(AUTHORITY.mayPropose(DecisionDomain.DEFINITION_CHANGE, "sam").allowed()).isTrue();
    assertThat(AUTHORITY.mayPropose(DecisionDomain.DEFINITION_CHANGE, "priya").allowed()).isTrue();
    assertThat(AUTHORITY.mayPropose(DecisionDomain.DEFINITION_CHANGE, "grace").explanation())
        .isEqualTo(
            "grace (Grace Hall) may not propose definition_change; who may propose"
                + " definition_change: olivia (Olivia Chen), sam (Sam Ortiz), priya (Priya Raman)");
  }

  @Test
  void a_domain_without_a_right_and_a_stranger_are_refused_clearly() {
    assertThat(AUTHORITY.mayDecide(DecisionDomain.KPI_TARGET, "priya").explanation())
        .isEqualTo(
            "the accord gives nobody the right to decide kpi_target: add it under decision_rights");
    assertThat(AUTHORITY.mayDecide(DecisionDomain.DEFINITION_CHANGE, "mallory").explanation())
        .isEqualTo(
            "mallory is not a person of the accord; who may decide definition_change: priya (Priya Raman)");
  }

  @Test
  void those_to_consult_and_inform_are_listed_person_by_person() {
    assertThat(AUTHORITY.toInform(DecisionDomain.DEFINITION_CHANGE))
        .containsExactly("olivia", "grace");
    assertThat(AUTHORITY.deciders(DecisionDomain.SLA_CHANGE))
        .containsExactly("daniel (Daniel Kim)", "priya (Priya Raman)");
  }

  private static Team team(String id) {
    return new Team(id, id, Department.REVOPS, Optional.empty(), Optional.empty());
  }

  private static Person person(String id, String name, String team) {
    return new Person(
        id,
        name,
        Optional.empty(),
        List.of(team),
        List.of(Role.MEMBER),
        Optional.empty(),
        OptionalInt.empty(),
        1,
        true);
  }
}
