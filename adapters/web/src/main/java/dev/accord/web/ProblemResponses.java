package dev.accord.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;

/**
 * The one place where whatever went wrong becomes an answer: every {@link ApiProblem}, Javalin's
 * own refusals (no such route, wrong method, a body too large) and any other failure are written as
 * RFC 9457 {@code application/problem+json}, with the request's path as its {@code instance}.
 */
final class ProblemResponses {

  static final String MEDIA_TYPE = "application/problem+json";

  /** The problem document. {@code errors} is left out when there are none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Document(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<FieldError> errors) {}

  private final RequestLog log;
  private final java.time.Clock clock;

  ProblemResponses(RequestLog log, java.time.Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  void install(RoutesConfig routes) {
    routes.exception(ApiProblem.class, (problem, ctx) -> write(ctx, problem));
    routes.exception(HttpResponseException.class, (refusal, ctx) -> write(ctx, of(refusal, ctx)));
    routes.exception(
        Exception.class,
        (failure, ctx) -> {
          log.error(clock.instant(), ctx.method().name(), ctx.path(), failure);
          write(ctx, new ApiProblem.Internal());
        });
  }

  /** Javalin's own refusals, in the server's words. */
  private static ApiProblem of(HttpResponseException refusal, Context ctx) {
    return switch (refusal.getStatus()) {
      case 404 ->
          new ApiProblem.NotFound("no route " + refusal.getMessage().replace("Endpoint ", ""));
      case 405 -> new ApiProblem.MethodNotAllowed("this path does not take that method");
      case 413 -> new ApiProblem.PayloadTooLarge("the body is larger than the server takes");
      case 401 -> new ApiProblem.Unauthenticated(refusal.getMessage());
      case 403 -> new ApiProblem.Forbidden(refusal.getMessage());
      default ->
          refusal.getStatus() < 500
              ? new ApiProblem.InvalidInput(refusal.getMessage(), List.of())
              : new ApiProblem.Internal();
    };
  }

  static void write(Context ctx, ApiProblem problem) {
    for (Map.Entry<String, String> header : problem.headers().entrySet()) {
      ctx.header(header.getKey(), header.getValue());
    }
    ctx.removeHeader("ETag");
    ctx.status(problem.status());
    ctx.contentType(MEDIA_TYPE);
    ctx.result(
        WebJson.bytes(
            new Document(
                "urn:accord:problem:" + problem.slug(),
                problem.title(),
                problem.status(),
                problem.detail(),
                ctx.path(),
                problem.errors())));
  }
}
