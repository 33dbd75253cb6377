package dev.accord.storage;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as the store keeps it: whose it is and what it is called, never the token itself.
 *
 * @param id the token's number, to list and revoke it by
 * @param personId the person of the accord the token acts for
 * @param name what its holder called it, such as the tool it is for
 * @param createdAt when it was issued
 * @param revokedAt when it was revoked; empty while it is valid
 */
public record ApiToken(
    long id, String personId, String name, Instant createdAt, Optional<Instant> revokedAt) {

  public ApiToken {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  public boolean isRevoked() {
    return revokedAt.isPresent();
  }
}
