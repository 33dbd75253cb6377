package dev.accord.core.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The existing accounts as the account-owner strategy looks them up: by email domain and by company
 * name, each normalised so that {@code ACME.com} and {@code acme.com}, or {@code Acme, Inc.} and
 * {@code acme}, find the same account. The CRM knows the accounts; routing is told.
 *
 * @param ownerByDomain the owner of the account at each normalised email domain
 * @param ownerByCompany the owner of the account of each normalised company name
 */
public record AccountIndex(Map<String, String> ownerByDomain, Map<String, String> ownerByCompany) {

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Legal forms that say nothing about which company it is. */
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "llc",
          "ltd",
          "limited",
          "corp",
          "corporation",
          "co",
          "company",
          "plc",
          "gmbh",
          "ag",
          "sa",
          "sas",
          "sarl",
          "bv",
          "nv",
          "srl",
          "spa",
          "oy",
          "ab",
          "as",
          "pty",
          "kg");

  public AccountIndex {
    ownerByDomain = Map.copyOf(ownerByDomain);
    ownerByCompany = Map.copyOf(ownerByCompany);
  }

  public static AccountIndex empty() {
    return new AccountIndex(Map.of(), Map.of());
  }

  /** The index with an account: its domain and company, either blank if unknown, and its owner. */
  public AccountIndex withAccount(String domain, String company, String owner) {
    Map<String, String> domains = new HashMap<>(ownerByDomain);
    Map<String, String> companies = new HashMap<>(ownerByCompany);
    domain(domain).ifPresent(key -> domains.put(key, owner));
    company(company).ifPresent(key -> companies.put(key, owner));
    return new AccountIndex(domains, companies);
  }

  public Optional<String> ownerOfDomain(String domain) {
    return domain(domain).map(ownerByDomain::get);
  }

  public Optional<String> ownerOfCompany(String company) {
    return company(company).map(ownerByCompany::get);
  }

  /**
   * A domain as accounts are keyed by it: lower case, without a leading {@code www.}, and taken
   * from after the {@code @} when given an email address; empty when nothing is left.
   */
  public static Optional<String> domain(String text) {
    String domain = text.strip().toLowerCase(Locale.ROOT);
    domain = domain.substring(domain.lastIndexOf('@') + 1);
    if (domain.startsWith("www.")) {
      domain = domain.substring("www.".length());
    }
    return domain.isEmpty() ? Optional.empty() : Optional.of(domain);
  }

  /**
   * A company name as accounts are keyed by it: lower case, its words joined by single spaces with
   * punctuation and legal forms ({@code Inc.}, {@code GmbH}) dropped; empty when nothing is left.
   */
  public static Optional<String> company(String text) {
    List<String> words =
        List.of(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))).stream()
            .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
            .toList();
    return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
  }
}
