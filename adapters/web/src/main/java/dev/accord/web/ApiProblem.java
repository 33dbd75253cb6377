package dev.accord.web;

import java.util.List;
import java.util.Map;

/**
 * Why the server will not answer a request as asked, one small type per kind, each with its HTTP
 * status and its problem type; {@link ProblemResponses} writes every one of them, in one place, as
 * an RFC 9457 {@code application/problem+json} document.
 */
abstract sealed class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  private ApiProblem(String detail, List<FieldError> errors) {
    super(detail);
    this.errors = List.copyOf(errors);
  }

  abstract int status();

  /** The problem type's last word: the type is {@code urn:accord:problem:<slug>}. */
  abstract String slug();

  abstract String title();

  String detail() {
    return getMessage();
  }

  List<FieldError> errors() {
    return errors;
  }

  /** Headers the answer carries besides the problem, such as {@code WWW-Authenticate}. */
  Map<String, String> headers() {
    return Map.of();
  }

  /** 400: a parameter, a header or a part of the body is not what the route takes. */
  static final class InvalidInput extends ApiProblem {
    private static final long serialVersionUID = 1L;

    InvalidInput(String detail, List<FieldError> errors) {
      super(detail, errors);
    }

    static InvalidInput parameter(String name, String detail) {
      return new InvalidInput(
          "query parameter `" + name + "`: " + detail,
          List.of(FieldError.atParameter(name, detail)));
    }

    static InvalidInput pointer(String pointer, String detail) {
      return new InvalidInput(
          "the body at " + pointer + ": " + detail, List.of(FieldError.atPointer(pointer, detail)));
    }

    @Override
    int status() {
      return 400;
    }

    @Override
    String slug() {
      return "invalid-input";
    }

    @Override
    String title() {
      return "The request is not valid";
    }
  }

  /** 400: the body is not JSON at all; the errors say at which line and column. */
  static final class MalformedJson extends ApiProblem {
    private static final long serialVersionUID = 1L;

    MalformedJson(String detail, List<FieldError> errors) {
      super(detail, errors);
    }

    @Override
    int status() {
      return 400;
    }

    @Override
    String slug() {
      return "malformed-json";
    }

    @Override
    String title() {
      return "The body is not valid JSON";
    }
  }

  /** 401: no credentials, or ones the server does not know. */
  static final class Unauthenticated extends ApiProblem {
    private static final long serialVersionUID = 1L;

    Unauthenticated(String detail) {
      super(detail, List.of());
    }

    @Override
    int status() {
      return 401;
    }

    @Override
    String slug() {
      return "unauthenticated";
    }

    @Override
    String title() {
      return "Authentication is required";
    }

    @Override
    Map<String, String> headers() {
      return Map.of("WWW-Authenticate", "Bearer realm=\"accord\"");
    }
  }

  /** 401: a webhook delivery whose signature is missing, forged or too old. */
  static final class BadSignature extends ApiProblem {
    private static final long serialVersionUID = 1L;

    BadSignature(String detail, String header) {
      super(detail, List.of(FieldError.atHeader(header, detail)));
    }

    @Override
    int status() {
      return 401;
    }

    @Override
    String slug() {
      return "bad-signature";
    }

    @Override
    String title() {
      return "The delivery's signature is not valid";
    }
  }

  /** 403: the caller is known but their roles do not give them the right. */
  static final class Forbidden extends ApiProblem {
    private static final long serialVersionUID = 1L;

    Forbidden(String detail) {
      super(detail, List.of());
    }

    @Override
    int status() {
      return 403;
    }

    @Override
    String slug() {
      return "forbidden";
    }

    @Override
    String title() {
      return "Not allowed";
    }
  }

  /** 404: no such record, exception, route or webhook. */
  static final class NotFound extends ApiProblem {
    private static final long serialVersionUID = 1L;

    NotFound(String detail) {
      super(detail, List.of());
    }

    @Override
    int status() {
      return 404;
    }

    @Override
    String slug() {
      return "not-found";
    }

    @Override
    String title() {
      return "Not found";
    }
  }

  /** 405: the path exists, but not with this method. */
  static final class MethodNotAllowed extends ApiProblem {
    private static final long serialVersionUID = 1L;

    MethodNotAllowed(String detail) {
      super(detail, List.of());
    }

    @Override
    int status() {
      return 405;
    }

    @Override
    String slug() {
      return "method-not-allowed";
    }

    @Override
    String title() {
      return "Method not allowed";
    }
  }

  /** 409: the queue's workflow refuses the change, such as resolving a closed exception. */
  static final class Conflict extends ApiProblem {
    private static final long serialVersionUID = 1L;

    Conflict(String detail) {
      super(detail, List.of());
    }

    @Override
    int status() {
      return 409;
    }

    @Override
    String slug() {
      return "conflict";
    }

    @Override
    String title() {
      return "The change conflicts with the current state";
    }
  }

  /** 413: the body is larger than the server takes. */
  static final class PayloadTooLarge extends ApiProblem {
    private static final long serialVersionUID = 1L;

    PayloadTooLarge(String detail) {
      super(detail, List.of());
    }

    @Override
    int status() {
      return 413;
    }

    @Override
    String slug() {
      return "payload-too-large";
    }

    @Override
    String title() {
      return "The body is too large";
    }
  }

  /** 415: a body in a format the route does not read. */
  static final class UnsupportedMediaType extends ApiProblem {
    private static final long serialVersionUID = 1L;

    UnsupportedMediaType(String detail) {
      super(detail, List.of(FieldError.atHeader("Content-Type", detail)));
    }

    @Override
    int status() {
      return 415;
    }

    @Override
    String slug() {
      return "unsupported-media-type";
    }

    @Override
    String title() {
      return "Unsupported media type";
    }
  }

  /** 500: the server failed; the log has the cause, the answer does not. */
  static final class Internal extends ApiProblem {
    private static final long serialVersionUID = 1L;

    Internal() {
      super("the server failed to answer; its log says why", List.of());
    }

    @Override
    int status() {
      return 500;
    }

    @Override
    String slug() {
      return "internal";
    }

    @Override
    String title() {
      return "Internal server error";
    }
  }

  /** 503: the server is up but cannot do its work, such as when the database does not answer. */
  static final class Unavailable extends ApiProblem {
    private static final long serialVersionUID = 1L;

    Unavailable(String detail) {
      super(detail, List.of());
    }

    @Override
    int status() {
      return 503;
    }

    @Override
    String slug() {
      return "unavailable";
    }

    @Override
    String title() {
      return "Service unavailable";
    }
  }
}
