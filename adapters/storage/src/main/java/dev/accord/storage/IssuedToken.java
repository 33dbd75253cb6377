package dev.accord.storage;

import java.util.Objects;

/**
 * A token just issued: the stored token and its secret, which the store keeps only as a hash and so
 * can show this once.
 */
public record IssuedToken(ApiToken token, String secret) {

  public IssuedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "IssuedToken[token=" + token + ", secret=***]";
  }
}
