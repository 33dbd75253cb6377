package dev.accord.web;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's sessions, held in the server's memory: a visitor gets one on their first page (to
 * carry the sign-in form's CSRF token), and a new one, with a new id and token, once signed in, so
 * an id seen before signing in is worth nothing after. A session ends on sign-out, after {@link
 * #IDLE} without a request, or {@link #LONGEST} after it began; a restart of the server ends them
 * all.
 *
 * <p>The cookie is {@code HttpOnly} (no script reads it), {@code SameSite=Strict} (no other site's
 * page sends it) and {@code Secure} when the server is reached over HTTPS.
 */
final class Sessions {

  static final String COOKIE = "accord_session";
  static final Duration IDLE = Duration.ofHours(2);
  static final Duration LONGEST = Duration.ofHours(12);

  /**
   * One visitor's session.
   *
   * @param caller who signed in; empty before they do
   * @param csrfToken the token every form of the session sends back
   */
  record Session(
      String id, Optional<Caller> caller, String csrfToken, Instant began, Instant lastSeen) {

    boolean signedIn() {
      return caller.isPresent();
    }

    /** Whether the form's token is this session's, compared in constant time. */
    boolean sentBack(String token) {
      return token != null
          && MessageDigest.isEqual(
              csrfToken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final boolean secureCookies;

  /**
   * @param secureCookies whether the server is reached over HTTPS (its public URL says so), so the
   *     cookie must never travel in the clear
   */
  Sessions(Clock clock, boolean secureCookies) {
    this.clock = clock;
    this.secureCookies = secureCookies;
  }

  /** The request's live session, if its cookie names one; seeing it keeps it alive. */
  Optional<Session> of(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (now.isAfter(session.lastSeen().plus(IDLE)) || now.isAfter(session.began().plus(LONGEST))) {
      byId.remove(id);
      return Optional.empty();
    }
    Session seen = new Session(id, session.caller(), session.csrfToken(), session.began(), now);
    byId.put(id, seen);
    return Optional.of(seen);
  }

  /** The request's session, or a new anonymous one sent to the visitor in a cookie. */
  Session ofOrNew(Context ctx) {
    return of(ctx).orElseGet(() -> begin(ctx, Optional.empty()));
  }

  /** Ends the visitor's session and begins a signed-in one with a new id and CSRF token. */
  Session signIn(Context ctx, Caller caller) {
    of(ctx).ifPresent(old -> byId.remove(old.id()));
    return begin(ctx, Optional.of(caller));
  }

  /** Ends the visitor's session and tells the browser to forget the cookie. */
  void signOut(Context ctx) {
    of(ctx).ifPresent(old -> byId.remove(old.id()));
    ctx.header("Set-Cookie", cookie("", Duration.ZERO));
  }

  private Session begin(Context ctx, Optional<Caller> caller) {
    Instant now = clock.instant();
    Session session = new Session(secret(), caller, secret(), now, now);
    byId.put(session.id(), session);
    ctx.header("Set-Cookie", cookie(session.id(), LONGEST));
    return session;
  }

  private String cookie(String value, Duration maxAge) {
    return COOKIE
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAge.toSeconds()
        + "; HttpOnly; SameSite=Strict"
        + (secureCookies ? "; Secure" : "");
  }

  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
