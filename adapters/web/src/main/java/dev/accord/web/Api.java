package dev.accord.web;

import dev.accord.storage.AuditedWrite;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How routes are declared, so that each kind gets the same treatment without repeating it:
 *
 * <ul>
 *   <li>a <b>read</b> needs a caller with the right, and answers JSON with a strong {@code ETag} (a
 *       hash of the body): a request whose {@code If-None-Match} names it gets {@code 304 Not
 *       Modified} and no body;
 *   <li>a <b>write</b> needs a caller with the right, and is audited: who, through which
 *       credential, when, what was asked and how it ended, refusals included;
 *   <li>a <b>webhook</b> is authenticated by its handler (a signature, not a token) and audited as
 *       the CRM that sent it;
 *   <li>an <b>open</b> route (health, metrics, the API document) needs nobody.
 * </ul>
 */
final class Api {

  /** A read route: the document it answers, with headers such as {@code Link}. */
  @FunctionalInterface
  interface Read {
    Answer answer(Call call);
  }

  /** A write route. */
  @FunctionalInterface
  interface Write {
    Written handle(Call call);
  }

  /** What a read answers. */
  record Answer(Object body, Map<String, String> headers) {
    static Answer of(Object body) {
      return new Answer(body, Map.of());
    }
  }

  /** A route as declared: method and path, as the API document must list them. */
  record Route(String method, String path) {}

  static final String JSON = "application/json";

  private static final String CALLER = "accord.caller";
  private static final String ROUTE = "accord.route";

  private final RoutesConfig routes;
  private final List<Authentication> authentications;
  private final SerialStore store;
  private final Clock clock;
  private final List<Route> declared = new ArrayList<>();

  Api(RoutesConfig routes, List<Authentication> authentications, SerialStore store, Clock clock) {
    this.routes = routes;
    this.authentications = List.copyOf(authentications);
    this.store = store;
    this.clock = clock;
  }

  void read(String path, Right right, Read read) {
    declare(HandlerType.GET, path);
    routes.get(
        path,
        ctx -> {
          ctx.attribute(ROUTE, path);
          Caller caller = identify(ctx);
          caller.require(right);
          Answer answer = read.answer(new Call(ctx, Optional.of(caller)));
          reply(ctx, answer.body(), answer.headers());
        });
  }

  void write(HandlerType method, String path, Right right, Write write) {
    declare(method, path);
    routes.addHttpHandler(
        method,
        path,
        ctx -> {
          ctx.attribute(ROUTE, path);
          Caller caller = identify(ctx);
          audited(
              ctx,
              method,
              path,
              caller.id(),
              caller.via(),
              () -> {
                caller.require(right);
                return write.handle(new Call(ctx, Optional.of(caller)));
              });
        });
  }

  /**
   * A webhook body is at most this large: a CRM sends at most a hundred or so changes a delivery,
   * and an anonymous caller must not make the server read 32 MB before its signature is checked.
   */
  static final long MAX_WEBHOOK_BYTES = 1024L * 1024;

  /**
   * A webhook: bodies over {@link #MAX_WEBHOOK_BYTES} are refused unread, then its handler checks
   * the signature before it reads anything.
   */
  void webhook(String path, String source, Write write) {
    declare(HandlerType.POST, path);
    routes.post(
        path,
        ctx -> {
          ctx.attribute(ROUTE, path);
          ctx.attribute(CALLER, source);
          if (ctx.contentLength() > MAX_WEBHOOK_BYTES) {
            throw new ApiProblem.PayloadTooLarge(
                "a webhook delivery is at most "
                    + MAX_WEBHOOK_BYTES / 1024
                    + " KB; this one declares "
                    + ctx.contentLength() / 1024
                    + " KB");
          }
          Call call = new Call(ctx, Optional.empty());
          audited(
              ctx, HandlerType.POST, path, source, "webhook:" + source, () -> write.handle(call));
        });
  }

  /** A route anybody may call, which writes its own answer. */
  void open(String path, io.javalin.http.Handler handler) {
    declare(HandlerType.GET, path);
    routes.get(
        path,
        ctx -> {
          ctx.attribute(ROUTE, path);
          handler.handle(ctx);
        });
  }

  /**
   * Marks a request the dashboard answers with the route it matched and who made it, for the
   * request log and the metrics, as the API's own routes are.
   */
  static void mark(Context ctx, String route, Optional<String> user) {
    ctx.attribute(ROUTE, route);
    user.ifPresent(id -> ctx.attribute(CALLER, id));
  }

  /** The routes declared so far, in order. */
  List<Route> declared() {
    return List.copyOf(declared);
  }

  /** The route template the request matched, for the log and the metrics. */
  static String routeOf(Context ctx) {
    String route = ctx.attribute(ROUTE);
    return route == null ? "unmatched" : route;
  }

  /** Who the log says made the request: a person, a CRM, or {@code -}. */
  static String userOf(Context ctx) {
    Object caller = ctx.attribute(CALLER);
    return caller == null ? "-" : caller.toString();
  }

  private void declare(HandlerType method, String path) {
    declared.add(new Route(method.name(), path));
  }

  private Caller identify(Context ctx) {
    for (Authentication authentication : authentications) {
      Optional<Caller> caller = authentication.identify(ctx);
      if (caller.isPresent()) {
        ctx.attribute(CALLER, caller.get().id());
        return caller.get();
      }
    }
    throw new ApiProblem.Unauthenticated(
        "this route needs a token: send `Authorization: Bearer <token>`; accord token create"
            + " PERSON issues one");
  }

  private void audited(
      Context ctx,
      HandlerType method,
      String path,
      String actor,
      String via,
      java.util.function.Supplier<Written> work) {
    String action = method.name() + " " + path;
    String target = ctx.path();
    Written written;
    try {
      written = work.get();
    } catch (ApiProblem problem) {
      audit(actor, via, action, target, problem.status(), problem.detail());
      throw problem;
    } catch (RuntimeException failure) {
      audit(actor, via, action, target, 500, "failed: " + failure.getClass().getSimpleName());
      throw failure;
    }
    audit(actor, via, action, target, written.status(), written.detail());
    written.headers().forEach(ctx::header);
    ctx.status(written.status());
    ctx.contentType(JSON);
    ctx.result(WebJson.bytes(written.body()));
  }

  private void audit(
      String actor, String via, String action, String target, int status, String detail) {
    AuditedWrite write =
        new AuditedWrite(clock.instant(), actor, via, action, target, status, detail);
    store.use(s -> {
      s.audit(write);
      return null;
    });
  }

  /** Writes the document as JSON with its ETag, or 304 when the client holds it already. */
  static void reply(Context ctx, Object body, Map<String, String> headers) {
    byte[] bytes = WebJson.bytes(body);
    String tag = etag(bytes);
    headers.forEach(ctx::header);
    ctx.header("ETag", tag);
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header("Vary", "Authorization");
    if (matches(ctx.header("If-None-Match"), tag)) {
      ctx.status(304);
      return;
    }
    ctx.status(200);
    ctx.contentType(JSON);
    ctx.result(bytes);
  }

  static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** Whether {@code If-None-Match} names the tag: by weak comparison, as RFC 9110 says. */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String written = candidate.strip();
      if (written.equals("*")) {
        return true;
      }
      if (written.startsWith("W/")) {
        written = written.substring(2);
      }
      if (written.equals(tag)) {
        return true;
      }
    }
    return false;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
