package dev.accord.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import dev.accord.core.governance.DecisionDomain;
import dev.accord.core.scorecard.Scorecard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class OtherPagesTest {

  private final Accord accord = Fixtures.DEFAULT;
  private final Frame frame = Fixtures.frame(accord);
  private final Scorecard scorecard = Fixtures.scorecard(accord);

  @Test
  void the_funnel_counts_each_stage_by_month_and_breaks_conversion_and_velocity_down() {
    Document page = Pages.parse(DashboardPages.funnelPage(frame, scorecard));
    Element funnel = page.selectFirst("[data-testid=funnel]");
    assertThat(funnel.selectFirst("h2").text()).isEqualTo("Lead / contact: Inbound funnel");
    assertThat(Pages.texts(funnel, "thead th")).containsExactly("Stage", "2026-11", "Total");
    Element mql =
        funnel.select("tbody tr").stream()
            .filter(r -> r.selectFirst("th").text().equals("Marketing qualified lead (MQL)"))
            .findFirst()
            .orElseThrow();
    assertThat(mql.select("td").getFirst().ownText()).isEqualTo("500");
    assertThat(mql.select("td").last().text()).isEqualTo("500");
    assertThat(Pages.chartData(page)).contains("\"funnel-lead-inbound\":{\"kind\":\"funnel\"");
    assertThat(
            page.select(".conversions [data-testid=breakdowns]").stream()
                .map(b -> b.attr("data-kpi")))
        .contains("mql_to_sql", "mql_to_sql_days")
        .doesNotContain("mql_volume");
  }

  @Test
  void the_accord_viewer_draws_each_pipeline_and_lists_the_contract_with_its_slas() {
    Document page = Pages.parse(DashboardPages.accordPage(frame, accord));
    assertThat(page.selectFirst("h1").text()).isEqualTo("Revenue accord");
    assertThat(page.selectFirst(".subtitle").text()).isEqualTo("Version 1, in force");
    List<Element> pipelines = page.select("[data-testid=pipeline]");
    assertThat(pipelines).hasSize(3);
    assertThat(pipelines.getFirst().selectFirst("[data-testid=stage-diagram]").attr("aria-label"))
        .contains(
            "Subscriber → Lead → Marketing qualified lead (MQL) → Sales accepted lead (SAL) →"
                + " Sales qualified lead (SQL) → Opportunity → Customer");
    assertThat(pipelines.getFirst().select("[data-testid=stage]")).hasSize(9);
    String data = Pages.chartData(page);
    assertThat(data).contains("\"graph-lead-inbound\":{\"kind\":\"graph\"");
    assertThat(data)
        .contains(
            "{\"source\":\"mql\",\"target\":\"sal\",\"kind\":\"forward\","
                + "\"label\":\"Speed to lead 15m, SAL acceptance 1d\"}");
    Element speed = page.selectFirst("[data-testid=handoff][data-handoff=speed_to_lead]");
    assertThat(speed.text())
        .contains("Speed to lead", "Sales development", "15 business minutes", "first touch");
    assertThat(speed.text()).contains("at 50%: remind", "at breach+1h: open exception");
    assertThat(page.selectFirst("[data-testid=mermaid]").text()).startsWith("flowchart LR");
    assertThat(page.selectFirst("[data-testid=decision-rights]").text()).contains("Sla change");
  }

  @Test
  void another_version_of_the_accord_says_which_one_is_in_force() {
    Accord proposed =
        new Accord(
            accord.schemaVersion(),
            new dev.accord.core.accord.AccordInfo("Revenue accord", 2, ""),
            accord.sentinels(),
            accord.reasonCodes(),
            accord.guardrails(),
            accord.objects(),
            accord.teams(),
            accord.people(),
            accord.calendars(),
            accord.handoffs(),
            accord.routing(),
            accord.dimensions(),
            accord.kpis(),
            accord.decisionRights(),
            accord.goals(),
            accord.duplicates(),
            accord.exceptions());
    Document page = Pages.parse(DashboardPages.accordPage(frame, proposed));
    assertThat(page.selectFirst(".subtitle").text()).isEqualTo("Version 2; version 1 is in force");
  }

  @Test
  void the_goals_set_each_team_s_contribution_against_the_scorecard() {
    Document page = Pages.parse(DashboardPages.goalsPage(frame, scorecard));
    Element goal = page.selectFirst("[data-testid=goal][data-goal=won_revenue_growth_2027]");
    assertThat(goal.selectFirst("h2").text()).isEqualTo("Won new-business revenue +20% in 2027");
    assertThat(goal.selectFirst("[data-testid=goal-now]").text()).isEqualTo("No data");
    Element volume =
        goal.select("tbody tr").stream()
            .filter(r -> r.text().contains("MQL volume"))
            .findFirst()
            .orElseThrow();
    assertThat(volume.select("td").stream().map(Element::text))
        .containsExactly("Marketing", "MQL volume", "480", "500", "✓ Green: on target");
  }

  @Test
  void a_change_request_shows_each_change_before_and_after_and_its_impact() {
    Accord renamed = Fixtures.withKpiName(accord, "mql_volume", "Marketing qualified leads");
    ChangeRequest request =
        ChangeRequest.between("cr-7", "Rename a KPI", "olivia", "proposed", accord, renamed)
            .withImpact(scorecard, Fixtures.scorecard(renamed));
    Document page =
        Pages.parse(DashboardPages.changeRequestPage(frame.with(Section.CHANGE_REQUESTS), request));
    assertThat(page.selectFirst("h1").text()).isEqualTo("Change request: Rename a KPI");
    Element change = page.selectFirst("[data-testid=change]");
    assertThat(change.selectFirst(".before").text()).isEqualTo("MQL volume");
    assertThat(change.selectFirst(".after").text()).isEqualTo("Marketing qualified leads");
    List<Element> impact = page.select("[data-testid=impact-row]");
    assertThat(impact).hasSize(accord.kpis().size());
    assertThat(impact.getFirst().text())
        .isEqualTo(
            "Marketing qualified leads 500 ✓ Green: on target 500 ✓ Green: on target No change");
    assertThat(page.selectFirst("nav a[aria-current=page]").text()).isEqualTo("Change requests");

    Document list =
        Pages.parse(
            DashboardPages.changeRequestsPage(
                frame.with(Section.CHANGE_REQUESTS), List.of(request)));
    Element row = list.selectFirst("[data-testid=change-request]");
    assertThat(row.selectFirst("a").attr("href")).isEqualTo("/changes/cr-7");
    assertThat(row.text()).contains("Rename a KPI", "olivia", "proposed", "1 change");
  }

  @Test
  void the_decision_log_and_the_backlog_list_what_they_are_given_and_appear_in_the_nav_then() {
    Frame governed = frame.with(Section.DECISIONS, Section.BACKLOG);
    Document decisions =
        Pages.parse(
            DashboardPages.decisionsPage(
                governed,
                List.of(
                    new Decision(
                        Instant.parse("2026-11-01T10:00:00Z"),
                        DecisionDomain.SLA_CHANGE,
                        "Speed to lead to 30m",
                        "daniel",
                        "approved",
                        "Weekend cover"),
                    new Decision(
                        Instant.parse("2026-11-09T10:00:00Z"),
                        DecisionDomain.KPI_TARGET,
                        "MQL target 520",
                        "grace",
                        "rejected",
                        ""))));
    assertThat(Pages.texts(decisions, "nav a"))
        .containsExactly(
            "Scorecard",
            "Funnel",
            "SLA board",
            "Exceptions",
            "Accord",
            "Goals",
            "Backlog",
            "Decisions");
    assertThat(
            decisions.select("[data-testid=decision]").stream()
                .map(r -> r.selectFirst("th").text()))
        .containsExactly("MQL target 520", "Speed to lead to 30m");
    assertThat(decisions.select("[data-testid=decision]").get(1).text())
        .contains("Daniel Reyes", "Sla change");

    Document backlog =
        Pages.parse(
            DashboardPages.backlogPage(
                governed,
                List.of(
                    new BacklogItem("b-2", "Score webinar leads", "marketing", "new", 2),
                    new BacklogItem("b-1", "Route NZ leads", "sdr", "planned", 1))));
    assertThat(backlog.select("[data-testid=backlog-item] th").stream().map(Element::ownText))
        .containsExactly("Route NZ leads", "Score webinar leads");
    assertThat(backlog.selectFirst(".hint").text())
        .isEqualTo("Priorities are approved by Priya Shah.");
  }

  @Test
  void without_goals_the_nav_offers_only_the_five_pages() {
    Accord noGoals =
        new Accord(
            accord.schemaVersion(),
            accord.info(),
            accord.sentinels(),
            accord.reasonCodes(),
            accord.guardrails(),
            accord.objects(),
            accord.teams(),
            accord.people(),
            accord.calendars(),
            accord.handoffs(),
            accord.routing(),
            accord.dimensions(),
            accord.kpis(),
            accord.decisionRights(),
            List.of(),
            accord.duplicates(),
            accord.exceptions());
    Document page = Pages.parse(DashboardPages.accordPage(Fixtures.frame(noGoals), noGoals));
    assertThat(Pages.texts(page, "nav a"))
        .containsExactly("Scorecard", "Funnel", "SLA board", "Exceptions", "Accord");
  }

  @Test
  void the_sign_in_page_asks_for_a_token_and_says_why_the_last_try_failed() {
    Document page =
        Pages.parse(
            DashboardPages.loginPage(Optional.of("That token is not valid."), "t0k", "/sla"));
    assertThat(page.select("nav")).isEmpty();
    assertThat(page.select("[data-testid=user]")).isEmpty();
    assertThat(page.selectFirst("[data-testid=notice]").text())
        .isEqualTo("✗ That token is not valid.");
    assertThat(page.selectFirst("[data-testid=notice]").attr("role")).isEqualTo("alert");
    Element form = page.selectFirst("[data-testid=login-form]");
    assertThat(form.attr("action")).isEqualTo("/login");
    assertThat(form.attr("method")).isEqualTo("post");
    assertThat(form.selectFirst("input[name=token]").attr("type")).isEqualTo("password");
    assertThat(form.selectFirst("input[name=next]").val()).isEqualTo("/sla");
    assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo("t0k");
    assertThat(
            Pages.parse(DashboardPages.loginPage(Optional.empty())).select("[data-testid=notice]"))
        .isEmpty();
  }

  @Test
  void a_notice_of_what_a_form_did_heads_the_page() {
    Document page =
        Pages.parse(
            DashboardPages.accordPage(frame.withNotice(Notice.done("Dispute queued.")), accord));
    assertThat(page.selectFirst("[data-testid=notice]").text()).isEqualTo("✓ Dispute queued.");
    assertThat(page.selectFirst("[data-testid=notice]").attr("role")).isEqualTo("status");
  }
}
