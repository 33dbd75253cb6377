package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.exception.ExceptionType;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.scorecard.Period;
import dev.accord.core.scorecard.Scorecard;
import dev.accord.dashboard.DashboardAssets;
import dev.accord.dashboard.DashboardPages;
import dev.accord.dashboard.Decision;
import dev.accord.dashboard.ExceptionList;
import dev.accord.dashboard.Frame;
import dev.accord.dashboard.Notice;
import dev.accord.dashboard.Section;
import dev.accord.dashboard.SlaBoard;
import dev.accord.dashboard.SlaRun;
import dev.accord.storage.LoggedDecisionEntry;
import dev.accord.storage.QueueFilter;
import dev.accord.storage.RunFilter;
import dev.accord.storage.StoredRun;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's pages, for a signed-in visitor: each reads what its page shows from the store,
 * through the same parts the API uses, and renders it with {@link DashboardPages}. A visitor who is
 * not signed in is sent to the sign-in page, which brings them back. The assets (stylesheet,
 * script, ECharts) come from the dashboard's jar.
 *
 * <p>Every page is sent with a {@code Content-Security-Policy} that lets it load scripts, styles
 * and images from this server only and run no inline script, and may not be framed.
 */
final class DashboardRoutes {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";

  /** How many exceptions and SLA runs a page lists at most, oldest or soonest due first. */
  static final int LISTED = 500;

  @FunctionalInterface
  interface PageWriter {
    String page(Context ctx, Frame frame, Caller caller);
  }

  private final Accord accord;
  private final SerialStore store;
  private final Scorecards scorecards;
  private final Sessions sessions;
  private final Notices notices;
  private final Clock clock;

  DashboardRoutes(
      Accord accord,
      SerialStore store,
      Scorecards scorecards,
      Sessions sessions,
      Notices notices,
      Clock clock) {
    this.accord = accord;
    this.store = store;
    this.scorecards = scorecards;
    this.sessions = sessions;
    this.notices = notices;
    this.clock = clock;
  }

  void addTo(RoutesConfig routes) {
    page(routes, "/", this::scorecard);
    page(routes, "/scorecard/{kpi}", this::kpi);
    page(
        routes,
        "/funnel",
        (ctx, frame, caller) ->
            DashboardPages.funnelPage(frame, scorecard(ctx, frame).scorecard()));
    page(routes, "/sla", (ctx, frame, caller) -> DashboardPages.slaBoardPage(frame, slaBoard()));
    page(routes, "/exceptions", this::exceptions);
    page(routes, "/accord", (ctx, frame, caller) -> DashboardPages.accordPage(frame, accord));
    page(
        routes,
        "/decisions",
        (ctx, frame, caller) -> DashboardPages.decisionsPage(frame, decisions()));
    if (!accord.goals().isEmpty()) {
      page(
          routes,
          "/goals",
          (ctx, frame, caller) ->
              DashboardPages.goalsPage(frame, scorecard(ctx, frame).scorecard()));
    }
    routes.get("/login", this::login);
    routes.get(
        "/assets/*",
        ctx -> {
          Api.mark(ctx, "/assets/*", Optional.empty());
          Optional<DashboardAssets.Asset> asset = DashboardAssets.find(ctx.path());
          if (asset.isEmpty()) {
            throw new ApiProblem.NotFound("no asset " + ctx.path());
          }
          ctx.header("Cache-Control", "public, max-age=3600");
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.contentType(asset.get().contentType());
          ctx.result(asset.get().open());
        });
  }

  /** Sends the page with the headers every page has. */
  static void html(Context ctx, int status, String page) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
    ctx.html(page);
  }

  private void page(RoutesConfig routes, String path, PageWriter writer) {
    routes.get(
        path,
        ctx -> {
          Optional<Sessions.Session> session = sessions.of(ctx).filter(Sessions.Session::signedIn);
          Api.mark(ctx, path, session.flatMap(Sessions.Session::caller).map(Caller::id));
          if (session.isEmpty()) {
            ctx.redirect(
                "/login?next=" + encode(localTarget(ctx)), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
          }
          Caller caller = session.get().caller().orElseThrow();
          Frame frame = frame(caller, session.get());
          Optional<Notice> notice = notices.take(session.get().id());
          if (notice.isPresent()) {
            frame = frame.withNotice(notice.get());
          }
          html(ctx, 200, writer.page(ctx, frame, caller));
        });
  }

  private Frame frame(Caller caller, Sessions.Session session) {
    return Frame.of(accord, caller.person().name(), session.csrfToken()).with(Section.DECISIONS);
  }

  private String scorecard(Context ctx, Frame frame, Caller caller) {
    Chosen chosen = scorecard(ctx, frame);
    List<Scorecard> earlier = scorecards.earlier(chosen.period(), Optional.empty());
    return DashboardPages.scorecardPage(chosen.frame(), chosen.scorecard(), earlier);
  }

  private String kpi(Context ctx, Frame frame, Caller caller) {
    String kpi = ctx.pathParam("kpi");
    Chosen chosen = scorecard(ctx, frame);
    return DashboardPages.kpiPage(chosen.frame(), chosen.scorecard(), kpi)
        .orElseThrow(() -> new ApiProblem.NotFound("the accord has no KPI `" + kpi + "`"));
  }

  /** The scorecard a page shows, and the frame with a notice if the period asked for was wrong. */
  private record Chosen(Frame frame, Optional<Period> period, Scorecard scorecard) {}

  /**
   * The period the page names ({@code ?period=2026-Q3}, or {@code all} for all the data), by
   * default the last whole month, which the monthly review looks back on.
   */
  private Chosen scorecard(Context ctx, Frame frame) {
    String asked = ctx.queryParam("period");
    Optional<Period> period;
    Frame shown = frame;
    if (asked == null || asked.isBlank()) {
      period = Optional.of(lastWholeMonth(clock.instant()));
    } else if (asked.strip().equalsIgnoreCase("all")) {
      period = Optional.empty();
    } else {
      try {
        period = Optional.of(Period.parse(asked.strip()));
      } catch (IllegalArgumentException e) {
        period = Optional.of(lastWholeMonth(clock.instant()));
        shown = frame.withNotice(Notice.refused("The period " + e.getMessage()));
      }
    }
    return new Chosen(
        shown, period, scorecards.compute(period, Optional.empty(), Optional.empty()));
  }

  static Period lastWholeMonth(Instant now) {
    YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(1);
    return Period.parse(month.toString());
  }

  private SlaBoard slaBoard() {
    Instant now = clock.instant();
    record Read(
        java.util.Map<String, java.util.Map<String, dev.accord.core.sla.Compliance>> compliance,
        List<StoredRun> runs) {}
    Read read = store.use(s -> new Read(s.slaCompliance(), s.slaRuns(RunFilter.all(), LISTED, 0)));
    return new SlaBoard(
        read.compliance(), read.runs().stream().map(DashboardRoutes::run).toList(), now);
  }

  private static SlaRun run(StoredRun run) {
    return new SlaRun(
        run.recordId(),
        run.owner(),
        run.handoffId(),
        run.run(),
        run.startedAt(),
        run.dueAt(),
        run.status(),
        run.stoppedAt(),
        run.breached());
  }

  private String exceptions(Context ctx, Frame frame, Caller caller) {
    Optional<QueueStatus> status = choice(ctx, "status", QueueStatus.class);
    Optional<ExceptionType> type = choice(ctx, "type", ExceptionType.class);
    Optional<String> owner =
        Optional.ofNullable(ctx.queryParam("owner")).map(String::strip).filter(o -> !o.isEmpty());
    QueueFilter filter = new QueueFilter(status, type, owner);
    List<dev.accord.core.queue.QueuedException> queue = store.use(s -> s.queue(filter, LISTED, 0));
    return DashboardPages.exceptionsPage(
        frame, new ExceptionList(queue, status, type, owner, clock.instant()));
  }

  private static <E extends Enum<E>> Optional<E> choice(Context ctx, String name, Class<E> kind) {
    String written = ctx.queryParam(name);
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String word = written.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(kind.getEnumConstants())
        .filter(constant -> ExceptionView.word(constant).equals(word))
        .findFirst();
  }

  private List<Decision> decisions() {
    List<LoggedDecisionEntry> log = store.use(s -> s.decisions(Optional.empty(), LISTED, 0));
    return log.stream()
        .map(entry -> {
          dev.accord.core.governance.Decision d = entry.decision();
          return new Decision(
              d.decidedAt(),
              d.domain(),
              d.subject(),
              d.decidedBy(),
              d.outcome().name().toLowerCase(Locale.ROOT),
              d.rationale());
        })
        .toList();
  }

  private void login(Context ctx) {
    Api.mark(ctx, "/login", Optional.empty());
    String next = safeNext(ctx.queryParam("next"));
    Optional<Sessions.Session> signedIn = sessions.of(ctx).filter(Sessions.Session::signedIn);
    if (signedIn.isPresent()) {
      ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    Sessions.Session session = sessions.ofOrNew(ctx);
    Optional<String> error = notices.take(session.id()).map(Notice::text);
    html(ctx, 200, DashboardPages.loginPage(error, session.csrfToken(), next));
  }

  /** The page asked for, path and query, to come back to after signing in. */
  private static String localTarget(Context ctx) {
    String query = ctx.queryString();
    return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /**
   * The page to go to after signing in, if it is a path on this server; the scorecard otherwise, so
   * that a link cannot send a visitor elsewhere once signed in.
   */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return next;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
