package dev.accord.web;

import dev.accord.core.governance.Decision;
import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.json.ScorecardJson;
import dev.accord.storage.LoggedDecisionEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scorecard ({@code accord scorecard}), one KPI of it with its breakdowns, and the decision log
 * ({@code accord decisions}).
 */
final class ScorecardRoutes {

  static final String PATH = "/api/v1/scorecard";
  static final String DECISIONS = "/api/v1/decisions";

  private final Scorecards scorecards;
  private final SerialStore store;

  ScorecardRoutes(Scorecards scorecards, SerialStore store) {
    this.scorecards = scorecards;
    this.store = store;
  }

  void addTo(Api api) {
    api.read(PATH, Right.READ, call -> Api.Answer.of(ScorecardJson.of(scorecard(call))));
    api.read(PATH + "/{kpi}", Right.READ, this::kpi);
    api.read(DECISIONS, Right.READ, this::decisions);
  }

  private Scorecard scorecard(Call call) {
    Query query = call.query("period", "as_of", "by");
    Optional<Period> period = Scorecards.period(query.text("period"), "period");
    Optional<Instant> asOf = Scorecards.instant(query.text("as_of"), "as_of");
    Optional<String> by = scorecards.dimension(query.text("by"), "by");
    return scorecards.compute(period, asOf, by);
  }

  private Api.Answer kpi(Call call) {
    String kpi = call.path("kpi");
    Scorecard scorecard = scorecard(call);
    return scorecard
        .metric(kpi)
        .map(metric -> Api.Answer.of(ScorecardJson.metric(metric)))
        .orElseThrow(() ->
            new ApiProblem.NotFound(
                "the accord has no KPI `"
                    + kpi
                    + "`; its KPIs are "
                    + String.join(
                        ", ", scorecard.metrics().stream().map(m -> m.kpi().id()).toList())));
  }

  /** A decision as the API shows it. */
  record DecisionView(
      long id,
      String domain,
      String subject,
      String outcome,
      String decidedBy,
      String heldAs,
      Instant decidedAt,
      String rationale,
      List<String> evidence) {

    static DecisionView of(LoggedDecisionEntry entry) {
      Decision d = entry.decision();
      return new DecisionView(
          entry.id(),
          d.domain().name().toLowerCase(Locale.ROOT),
          d.subject(),
          d.outcome().name().toLowerCase(Locale.ROOT),
          d.decidedBy(),
          d.heldAs(),
          d.decidedAt(),
          d.rationale(),
          d.evidence());
    }
  }

  private Api.Answer decisions(Call call) {
    Query query = call.query("subject", "limit", "offset");
    Optional<String> subject = query.text("subject");
    int limit = query.limit();
    int offset = query.offset();
    record Found(List<LoggedDecisionEntry> entries, long total) {}
    Found found =
        store.use(s -> new Found(s.decisions(subject, limit, offset), s.countDecisions(subject)));
    Map<String, Optional<String>> filters = new LinkedHashMap<>();
    filters.put("subject", subject);
    Page<DecisionView> page =
        Page.of(
            found.entries().stream().map(DecisionView::of).toList(),
            found.total(),
            limit,
            offset,
            DECISIONS,
            filters);
    return new Api.Answer(page, page.headers());
  }
}
