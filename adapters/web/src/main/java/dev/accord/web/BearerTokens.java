package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.team.Person;
import dev.accord.storage.ApiToken;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <token>}: a token issued by {@code accord token create}, looked up
 * by its hash in the store, acting for the person of the accord it was issued to.
 */
final class BearerTokens implements Authentication {

  private static final String SCHEME = "bearer ";

  private final Accord accord;
  private final SerialStore store;

  BearerTokens(Accord accord, SerialStore store) {
    this.accord = accord;
    this.store = store;
  }

  @Override
  public Optional<Caller> identify(Context request) {
    String authorization = request.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      return Optional.empty();
    }
    if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      throw new ApiProblem.Unauthenticated(
          "the Authorization header must be `Bearer <token>`; get a token with accord token create");
    }
    String secret = authorization.substring(SCHEME.length()).strip();
    ApiToken token =
        store
            .use(s -> s.token(secret))
            .orElseThrow(
                () -> new ApiProblem.Unauthenticated("the token is not valid: unknown or revoked"));
    Person person =
        accord
            .person(token.personId())
            .orElseThrow(() ->
                new ApiProblem.Unauthenticated(
                    "the token's person `" + token.personId() + "` is no longer in the accord"));
    return Optional.of(Caller.of(person, "token " + token.id() + " (" + token.name() + ")"));
  }
}
