package dev.accord.matching;

import java.util.List;
import java.util.Objects;

/**
 * Which of an object's fields hold what a duplicate check compares. The standard names are those of
 * the default accord and of HubSpot and Salesforce exports mapped to it.
 *
 * @param country the field holding the ISO 3166 country phone numbers are read in
 * @param website the field holding the company's website, a second source of its domain
 */
public record MatchingFields(
    String email,
    String phone,
    String firstName,
    String lastName,
    String company,
    String website,
    String country) {

  public MatchingFields {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(website, "website");
    Objects.requireNonNull(country, "country");
  }

  public static MatchingFields standard() {
    return new MatchingFields(
        "email", "phone", "first_name", "last_name", "company", "website", "country");
  }

  List<String> all() {
    return List.of(email, phone, firstName, lastName, company, website, country);
  }
}
