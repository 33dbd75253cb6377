package dev.accord.matching;

import java.util.Objects;
import java.util.Optional;

/**
 * A record reduced to the normalised values a duplicate check compares. A value that was left out,
 * or filled with a placeholder, is absent and matches nothing.
 *
 * @param name the full name normalised; empty when neither part was given
 * @param company the company name normalised; empty when not given
 * @param domain the company's web domain, from a work email or the website
 */
public record Fingerprint(
    Optional<String> email,
    Optional<String> phone,
    String name,
    String company,
    Optional<String> domain) {

  public Fingerprint {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(domain, "domain");
  }

  /** Whether there is a name and a company to compare fuzzily. */
  boolean named() {
    return !name.isEmpty() && !company.isEmpty();
  }
}
