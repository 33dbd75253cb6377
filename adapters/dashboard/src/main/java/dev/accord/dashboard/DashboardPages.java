package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import dev.accord.core.scorecard.Metric;
import dev.accord.core.scorecard.Scorecard;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Optional;

/**
 * The dashboard's pages, each a pure function from core values and small view records to a whole
 * HTML document. Every value is escaped by the templates, which were compiled to Java when the
 * module was built; the charts are drawn in the browser from the page's JSON data block by the
 * dashboard's own script and Apache ECharts, both served from the jar ({@link DashboardAssets}).
 *
 * <p>Every page but the sign-in page takes a {@link Frame}: the accord in force, who is signed in,
 * the token the forms carry and the pages the navigation offers. Forms post to the paths listed in
 * {@code docs/dashboard.md}; the server implements them.
 */
public final class DashboardPages {

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, DashboardPages.class.getClassLoader(), "dev.accord.dashboard");

  private DashboardPages() {}

  /** The scorecard: a tile per KPI, the watermelons and the story of the numbers. */
  public static String scorecardPage(Frame frame, Scorecard scorecard) {
    return scorecardPage(frame, scorecard, List.of());
  }

  /**
   * The scorecard, its sparklines drawn through earlier periods too.
   *
   * @param earlier the scorecards of the periods before, oldest first; empty to draw each sparkline
   *     from the previous period's value to the current one
   */
  public static String scorecardPage(Frame frame, Scorecard scorecard, List<Scorecard> earlier) {
    return render("scorecard.jte", ScorecardView.of(frame, scorecard, earlier));
  }

  /**
   * One KPI broken down by each of its dimensions, as horizontal bars and tables; empty when the
   * scorecard has no such KPI.
   */
  public static Optional<String> kpiPage(Frame frame, Scorecard scorecard, String kpiId) {
    Optional<Metric> metric = scorecard.metric(kpiId);
    return metric.map(m -> render("kpi.jte", KpiView.of(frame, scorecard, m)));
  }

  /**
   * The funnel of each pipeline by stage and month, then the conversion and velocity KPIs by
   * dimension.
   */
  public static String funnelPage(Frame frame, Scorecard scorecard) {
    return render("funnel.jte", FunnelView.of(frame, scorecard));
  }

  /** The SLA board: compliance by handoff and owner, breaches, open timers. */
  public static String slaBoardPage(Frame frame, SlaBoard board) {
    return render("sla.jte", SlaView.of(frame, board));
  }

  /**
   * The exception triage queue with its filter, and forms that assign ({@code POST
   * /exceptions/{id}/assign}), resolve ({@code POST /exceptions/{id}/resolve}) and dispute ({@code
   * POST /disputes}).
   */
  public static String exceptionsPage(Frame frame, ExceptionList exceptions) {
    return render("exceptions.jte", ExceptionsView.of(frame, exceptions));
  }

  /**
   * The accord viewer: stage diagrams with the SLAs on the handoffs, the contract, the KPIs and
   * decision rights.
   *
   * @param accord the version shown: the one in force or another, such as a proposed one
   */
  public static String accordPage(Frame frame, Accord accord) {
    return render("accord.jte", AccordView.of(frame, accord));
  }

  /** The shared goals against the scorecard: progress and each team's contribution. */
  public static String goalsPage(Frame frame, Scorecard scorecard) {
    return render("goals.jte", GoalsView.of(frame, scorecard));
  }

  /** The change requests, each linking to its page. */
  public static String changeRequestsPage(Frame frame, List<ChangeRequest> requests) {
    return render("changes.jte", ChangeView.list(frame, requests));
  }

  /** One change request: its changes before and after, and its impact on the scorecard. */
  public static String changeRequestPage(Frame frame, ChangeRequest request) {
    return render("change.jte", ChangeView.of(frame, request));
  }

  /** The decision log, newest first, with the accord's decision rights. */
  public static String decisionsPage(Frame frame, List<Decision> decisions) {
    return render("decisions.jte", GovernanceView.decisions(frame, decisions));
  }

  /** The RevOps backlog in priority order. */
  public static String backlogPage(Frame frame, List<BacklogItem> items) {
    return render("backlog.jte", GovernanceView.backlog(frame, items));
  }

  /** The sign-in page, with why the last attempt failed if it did. */
  public static String loginPage(Optional<String> error) {
    return loginPage(error, "", "/");
  }

  /**
   * The sign-in page: a form that posts {@code token}, {@code next} and {@code _csrf} to {@code
   * POST /login}.
   *
   * @param csrfToken the token of the visitor's session, empty when the server uses none here
   * @param next the page to go to once signed in
   */
  public static String loginPage(Optional<String> error, String csrfToken, String next) {
    return render("login.jte", LoginView.of(error, csrfToken, next));
  }

  private static String render(String template, Object view) {
    StringOutput out = new StringOutput();
    ENGINE.render(template, view, out);
    return out.toString();
  }
}
