package dev.accord.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, read strictly: a parameter the route does not take, one given
 * twice, or a value that does not parse is an {@link ApiProblem.InvalidInput} that names it, so a
 * misspelt {@code ?stgae=} never passes for "no filter".
 */
final class Query {

  /** How many items a page holds unless {@code limit} says otherwise, and at most. */
  static final int DEFAULT_LIMIT = 50;

  static final int MAX_LIMIT = 1000;

  private final Map<String, List<String>> parameters;

  private Query(Map<String, List<String>> parameters) {
    this.parameters = parameters;
  }

  /** The request's parameters, refusing any that are not among those the route takes. */
  static Query of(Context ctx, Set<String> accepted) {
    Map<String, List<String>> parameters = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (!accepted.contains(name)) {
        throw ApiProblem.InvalidInput.parameter(
            name,
            accepted.isEmpty()
                ? "this route takes no query parameters"
                : "unknown parameter; this route takes "
                    + String.join(", ", new TreeSet<>(accepted)));
      }
      if (parameter.getValue().size() > 1) {
        throw ApiProblem.InvalidInput.parameter(name, "given more than once");
      }
    }
    return new Query(parameters);
  }

  Optional<String> text(String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(values.getFirst().strip());
  }

  int integer(String name, int fallback, int min, int max) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.get());
    } catch (NumberFormatException e) {
      throw ApiProblem.InvalidInput.parameter(
          name, "must be a whole number, not `" + text.get() + "`");
    }
    if (value < min || value > max) {
      throw ApiProblem.InvalidInput.parameter(
          name, "must be from " + min + " to " + max + ", not " + value);
    }
    return value;
  }

  boolean flag(String name) {
    Optional<String> text = text(name);
    if (text.isEmpty()) {
      return false;
    }
    return switch (text.get()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw ApiProblem.InvalidInput.parameter(
              name, "must be true or false, not `" + text.get() + "`");
    };
  }

  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  int offset() {
    return integer("offset", 0, 0, Integer.MAX_VALUE);
  }
}
