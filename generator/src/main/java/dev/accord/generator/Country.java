package dev.accord.generator;

import java.util.List;

/**
 * A country generated records come from: its ISO code, telephone calling code, sales region and how
 * many records it sends relative to the others.
 */
record Country(String code, String callingCode, String region, int weight) {

  static final List<Country> ALL =
      List.of(
          new Country("US", "1", "americas", 40),
          new Country("CA", "1", "americas", 5),
          new Country("MX", "52", "americas", 2),
          new Country("BR", "55", "americas", 3),
          new Country("GB", "44", "emea", 12),
          new Country("IE", "353", "emea", 1),
          new Country("DE", "49", "emea", 7),
          new Country("FR", "33", "emea", 5),
          new Country("NL", "31", "emea", 3),
          new Country("ES", "34", "emea", 2),
          new Country("IT", "39", "emea", 2),
          new Country("SE", "46", "emea", 2),
          new Country("PL", "48", "emea", 1),
          new Country("AE", "971", "emea", 1),
          new Country("ZA", "27", "emea", 1),
          new Country("IN", "91", "apac", 5),
          new Country("AU", "61", "apac", 4),
          new Country("SG", "65", "apac", 2),
          new Country("JP", "81", "apac", 2));

  private static final int TOTAL = ALL.stream().mapToInt(Country::weight).sum();

  /** The country at a point in [0, 1) of the weighted list. */
  static Country at(double position) {
    int target = (int) (position * TOTAL);
    for (Country country : ALL) {
      target -= country.weight;
      if (target < 0) {
        return country;
      }
    }
    return ALL.getLast();
  }
}
