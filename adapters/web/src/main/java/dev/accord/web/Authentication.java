package dev.accord.web;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * One way a request shows who sent it. The server asks each in turn: a bearer token today; a
 * session cookie plugs in here once the dashboard has a login form.
 */
interface Authentication {

  /**
   * The caller the request's credentials name; empty when the request carries none of this kind.
   *
   * @throws ApiProblem.Unauthenticated when it carries credentials of this kind that are not valid
   */
  Optional<Caller> identify(Context request);
}
