package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.storage.Store;
import io.javalin.Javalin;
import java.util.List;
import java.util.Objects;

/**
 * Accord over HTTP: the REST API under {@code /api/v1} for what the command line does (records and
 * their histories, events in, the exception queue, disputes, the triage pack, the SLA board, the
 * scorecard, the decision log), the CRMs' webhooks, {@code /health}, {@code /metrics}, the API
 * document at {@code /api/v1/openapi.json}, and the dashboard for people signed in with a session.
 *
 * <p>A server is made from an accord and a store already opened for it (with the accord's engine,
 * triage, routing and clocks, as {@code accord serve} opens them), and settings; {@link #start()}
 * listens, {@link #stop()} stops. The store is used by one request at a time. Callers show who they
 * are with an API token ({@code Authorization: Bearer ...}) of a person of the accord, whose roles
 * give their rights; every write is audited.
 */
public final class AccordServer implements AutoCloseable {

  /** Bodies larger than this are refused: a batch of events is at most 10,000 lines. */
  static final long MAX_REQUEST_BYTES = 32L * 1024 * 1024;

  private final Javalin app;
  private final ServerMetrics metrics;
  private final List<Api.Route> routes;
  private final java.util.concurrent.atomic.AtomicBoolean stopped =
      new java.util.concurrent.atomic.AtomicBoolean();

  private AccordServer(Javalin app, ServerMetrics metrics, List<Api.Route> routes) {
    this.app = app;
    this.metrics = metrics;
    this.routes = routes;
  }

  /** A server for the accord and its store; nothing listens until {@link #start()}. */
  public static AccordServer create(Accord accord, Store store, ServerSettings settings) {
    Objects.requireNonNull(accord, "accord");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(settings, "settings");
    SerialStore serial = new SerialStore(store);
    ServerMetrics metrics = new ServerMetrics();
    RequestLog log = new RequestLog(settings.requestLog());
    java.util.concurrent.atomic.AtomicReference<List<Api.Route>> declared =
        new java.util.concurrent.atomic.AtomicReference<>(List.of());
    Javalin app =
        Javalin.create(config -> {
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.concurrency.useVirtualThreads = true;
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          config.http.prefer405over404 = true;
          config.jetty.host = settings.host();
          config.jetty.port = settings.port();
          config.requestLogger.http((ctx, ms) -> {
            String route = Api.routeOf(ctx);
            metrics.request(ctx.method().name(), route, ctx.statusCode(), ms);
            log.request(
                settings.clock().instant(),
                ctx.method().name(),
                ctx.path(),
                route,
                ctx.statusCode(),
                ms,
                Api.userOf(ctx));
          });
          new ProblemResponses(log, settings.clock()).install(config.routes);
          Api api =
              new Api(
                  config.routes,
                  List.of(new BearerTokens(accord, serial)),
                  serial,
                  settings.clock());
          ExceptionDesk desk = new ExceptionDesk(accord, serial, settings.clock());
          Scorecards scorecards = new Scorecards(accord, serial, settings.clock());
          new RecordRoutes(accord, accord.slaEngine(settings.holidays()), serial).addTo(api);
          new EventRoutes(serial, metrics).addTo(api);
          new ExceptionRoutes(serial, desk, settings.clock()).addTo(api);
          new BoardRoutes(serial, settings.clock()).addTo(api);
          new ScorecardRoutes(scorecards, serial).addTo(api);
          new WebhookRoutes(accord, serial, settings, metrics).addTo(api);
          new AccessRoutes(serial).addTo(api);
          new OpsRoutes(serial, metrics).addTo(api);
          declared.set(api.declared());
          Sessions sessions =
              new Sessions(
                  settings.clock(),
                  settings.publicUrl().map(url -> url.startsWith("https://")).orElse(false));
          Notices notices = new Notices();
          new DashboardRoutes(accord, serial, scorecards, sessions, notices, settings.clock())
              .addTo(config.routes);
          new DashboardForms(accord, serial, desk, sessions, notices, settings.clock())
              .addTo(config.routes);
        });
    return new AccordServer(app, metrics, declared.get());
  }

  /** Starts listening; returns once the server takes requests. */
  public AccordServer start() {
    app.start();
    return this;
  }

  /** The port the server listens on: the one asked for, or the free one it found for port 0. */
  public int port() {
    return app.port();
  }

  /**
   * Stops listening and lets the requests under way finish; stopping again does nothing. The store
   * stays open.
   */
  public void stop() {
    if (stopped.compareAndSet(false, true)) {
      app.stop();
      metrics.close();
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** Every route the server answers, in the order declared: what the API document must cover. */
  List<Api.Route> routes() {
    return routes;
  }

  /** Every route as Javalin's router holds it, {@code GET /health}: to check the list above. */
  List<String> javalinRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
        .toList();
  }
}
