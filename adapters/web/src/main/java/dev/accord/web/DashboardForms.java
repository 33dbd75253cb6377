package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.queue.QueueStatus;
import dev.accord.core.team.Person;
import dev.accord.dashboard.Notice;
import dev.accord.storage.ApiToken;
import dev.accord.storage.AuditedWrite;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * The dashboard's forms: sign in and out, assign and resolve exceptions, dispute a KPI. Each form
 * must come from a page of the visitor's own session (its {@code _csrf} field is the session's
 * token), is carried out by the signed-in person through the same parts the API uses, is audited,
 * and sends the visitor back to the page with a notice of what it did or why it was refused. Failed
 * sign-ins are throttled per address ({@link SignInThrottle}).
 */
final class DashboardForms {

  private final Accord accord;
  private final SerialStore store;
  private final ExceptionDesk desk;
  private final Sessions sessions;
  private final Notices notices;
  private final SignInThrottle throttle;
  private final Clock clock;

  DashboardForms(
      Accord accord,
      SerialStore store,
      ExceptionDesk desk,
      Sessions sessions,
      Notices notices,
      Clock clock) {
    this.accord = accord;
    this.store = store;
    this.desk = desk;
    this.sessions = sessions;
    this.notices = notices;
    this.throttle = new SignInThrottle(clock);
    this.clock = clock;
  }

  /** What a form does once the session and its token are checked: a line for the notice. */
  @FunctionalInterface
  interface Work {
    String done(Context ctx, Caller caller);
  }

  void addTo(RoutesConfig routes) {
    routes.post("/login", this::signIn);
    routes.post("/logout", this::signOut);
    form(
        routes,
        "/exceptions/{id}/assign",
        "/exceptions",
        (ctx, caller) -> desk.assign(caller, ctx.pathParam("id"), field(ctx, "to"), "to").detail());
    form(
        routes,
        "/exceptions/{id}/resolve",
        "/exceptions",
        (ctx, caller) -> {
          QueueStatus as =
              "wont_fix".equals(ctx.formParam("as")) ? QueueStatus.WONT_FIX : QueueStatus.RESOLVED;
          Optional<String> note =
              Optional.ofNullable(ctx.formParam("note"))
                  .map(String::strip)
                  .filter(n -> !n.isEmpty());
          return desk.resolve(caller, ctx.pathParam("id"), as, field(ctx, "code"), note).detail();
        });
    form(
        routes,
        "/disputes",
        "/",
        (ctx, caller) ->
            desk.dispute(caller, field(ctx, "kpi"), field(ctx, "note"), "kpi").detail());
  }

  /**
   * Declares a form.
   *
   * @param back the page to return to when the request does not say where it came from
   */
  void form(RoutesConfig routes, String path, String back, Work work) {
    routes.post(
        path,
        ctx -> {
          Optional<Sessions.Session> session = sessions.of(ctx).filter(Sessions.Session::signedIn);
          Api.mark(ctx, "POST " + path, session.flatMap(Sessions.Session::caller).map(Caller::id));
          if (session.isEmpty()) {
            ctx.redirect("/login?next=" + DashboardRoutes.encode(back), HttpStatus.SEE_OTHER);
            return;
          }
          Caller caller = session.get().caller().orElseThrow();
          String action = "POST " + path;
          if (!session.get().sentBack(ctx.formParam("_csrf"))) {
            audit(
                caller,
                action,
                ctx.path(),
                403,
                "refused: the form's CSRF token is not the session's");
            refuseForgery(ctx);
            return;
          }
          String returnTo = returnTo(ctx, back);
          try {
            String done = work.done(ctx, caller);
            audit(caller, action, ctx.path(), 200, done);
            notices.leave(session.get().id(), Notice.done(capitalised(done) + "."));
          } catch (ApiProblem problem) {
            audit(caller, action, ctx.path(), problem.status(), problem.detail());
            notices.leave(
                session.get().id(), Notice.refused("Not done: " + problem.detail() + "."));
          }
          ctx.redirect(returnTo, HttpStatus.SEE_OTHER);
        });
  }

  private void signIn(Context ctx) {
    Api.mark(ctx, "POST /login", Optional.empty());
    Sessions.Session visitor = sessions.ofOrNew(ctx);
    String next = DashboardRoutes.safeNext(ctx.formParam("next"));
    String back = "/login?next=" + DashboardRoutes.encode(next);
    if (!visitor.sentBack(ctx.formParam("_csrf"))) {
      notices.leave(visitor.id(), Notice.refused("The sign-in form had expired: sign in again."));
      ctx.redirect(back, HttpStatus.SEE_OTHER);
      return;
    }
    String address = ctx.ip();
    Optional<java.time.Duration> wait = throttle.wait(address);
    if (wait.isPresent()) {
      long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
      ctx.header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
      DashboardRoutes.html(
          ctx,
          429,
          dev.accord.dashboard.DashboardPages.loginPage(
              Optional.of(
                  "Too many failed sign-ins from this address: try again in "
                      + minutes
                      + (minutes == 1 ? " minute." : " minutes.")),
              visitor.csrfToken(),
              next));
      return;
    }
    String secret = Optional.ofNullable(ctx.formParam("token")).map(String::strip).orElse("");
    Optional<ApiToken> token =
        secret.isEmpty() ? Optional.empty() : store.use(s -> s.token(secret));
    Optional<Person> person = token.flatMap(t -> accord.person(t.personId()));
    if (person.isEmpty()) {
      throttle.failed(address);
      store.use(s -> {
        s.audit(
            new AuditedWrite(
                clock.instant(),
                "-",
                "dashboard",
                "POST /login",
                "/login",
                401,
                "refused: the token is not valid"));
        return null;
      });
      notices.leave(
          visitor.id(),
          Notice.refused(
              "That token is not valid: it is unknown, revoked, or its person has left the accord."
                  + " Ask for one with accord token create PERSON."));
      ctx.redirect(back, HttpStatus.SEE_OTHER);
      return;
    }
    Caller caller =
        Caller.of(
            person.get(), "session (token " + token.get().id() + ", " + token.get().name() + ")");
    Api.mark(ctx, "POST /login", Optional.of(caller.id()));
    throttle.succeeded(address);
    sessions.signIn(ctx, caller);
    audit(caller, "POST /login", "/login", 200, "signed in");
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    Api.mark(ctx, "POST /logout", Optional.empty());
    Optional<Sessions.Session> session = sessions.of(ctx);
    if (session.isPresent() && !session.get().sentBack(ctx.formParam("_csrf"))) {
      refuseForgery(ctx);
      return;
    }
    session
        .flatMap(Sessions.Session::caller)
        .ifPresent(caller -> audit(caller, "POST /logout", "/logout", 200, "signed out"));
    sessions.signOut(ctx);
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private static void refuseForgery(Context ctx) {
    DashboardRoutes.html(
        ctx,
        403,
        dev.accord.dashboard.DashboardPages.loginPage(
            Optional.of(
                "This form did not come from your session's page (its security token does not"
                    + " match), so nothing was done. Open the page again and resubmit."),
            "",
            "/"));
  }

  private void audit(Caller caller, String action, String target, int status, String detail) {
    AuditedWrite write =
        new AuditedWrite(
            clock.instant(), caller.id(), caller.via(), action, target, status, detail);
    store.use(s -> {
      s.audit(write);
      return null;
    });
  }

  /** A required field, or a refusal naming it. */
  static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    if (value == null || value.isBlank()) {
      throw ApiProblem.InvalidInput.pointer(name, "the form's `" + name + "` is empty: fill it in");
    }
    return value.strip();
  }

  /** The page the form was on, if it is this server's; else the given one. */
  private static String returnTo(Context ctx, String back) {
    String referer = ctx.header("Referer");
    if (referer != null) {
      try {
        java.net.URI uri = java.net.URI.create(referer);
        String host = ctx.header("Host");
        if (host != null && host.equalsIgnoreCase(uri.getRawAuthority())) {
          String path =
              uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
          return DashboardRoutes.safeNext(path);
        }
      } catch (IllegalArgumentException e) {
        return back;
      }
    }
    return back;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
