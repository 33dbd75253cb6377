package dev.accord.core.routing;

import java.util.Objects;
import java.util.Optional;

/**
 * An account as the account-owner strategy finds it: the normalised domain and company name it is
 * known by, and its owner. Accounts are the records of the accord's {@code account} object: its
 * {@code domain} field (or the domain of its {@code website}) and its {@code name}.
 *
 * @param domain the normalised domain, see {@link AccountIndex#domain}
 * @param company the normalised company name, see {@link AccountIndex#company}
 */
public record AccountEntry(
    String recordId, Optional<String> domain, Optional<String> company, String owner) {

  public AccountEntry {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(owner, "owner");
  }

  /** Whether it can be found at all: by a domain or a company. */
  public boolean findable() {
    return domain.isPresent() || company.isPresent();
  }
}
