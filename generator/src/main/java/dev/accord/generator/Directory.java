package dev.accord.generator;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Everyone a generated funnel may contain: record {@code i} is a distinct person, with a name,
 * company, email and phone no other record shares, until the directory of some hundred million name
 * and company combinations is used up. A seeded permutation spreads consecutive records over the
 * directory, so neighbours do not share a company or a surname.
 */
final class Directory {

  private static final List<String> FREEMAIL = List.of("gmail.com", "outlook.com", "yahoo.com");

  private final long seed;
  private final long size;
  private final long multiplier;
  private final long offset;

  Directory(long seed) {
    this.seed = seed;
    this.size =
        (long) Names.FIRST.size()
            * Names.LAST.size()
            * Names.COMPANY_FIRST.size()
            * Names.COMPANY_SECOND.size();
    SplittableRandom random = Seeds.random(seed, Seeds.Strand.PERMUTATION, 0);
    long candidate = 1 + random.nextLong(size - 1);
    while (gcd(candidate, size) != 1) {
      candidate = candidate % (size - 1) + 1;
    }
    this.multiplier = candidate;
    this.offset = random.nextLong(size);
  }

  /** The person behind record {@code index}, spelled the way they first wrote themselves. */
  Prospect prospect(long index) {
    long cycle = index / size;
    long slot = Math.floorMod(multiplier * (index % size) + offset, size);
    int first = (int) (slot % Names.FIRST.size());
    long rest = slot / Names.FIRST.size();
    int last = (int) (rest % Names.LAST.size());
    long companyNumber = rest / Names.LAST.size();
    SplittableRandom random = Seeds.random(seed, Seeds.Strand.IDENTITY, index);

    Company company = company(companyNumber, cycle);
    String firstName = Names.FIRST.get(first);
    String lastName = Names.LAST.get(last);
    String local = (firstName + "." + lastName).toLowerCase(Locale.ROOT);
    boolean freemail = random.nextDouble() < 0.3;
    String email =
        freemail
            ? local + companyNumber + (cycle == 0 ? "" : "x" + cycle) + "@" + pick(FREEMAIL, random)
            : local + "@" + company.domain();
    Phone.Style style = Phone.Style.values()[random.nextInt(Phone.Style.values().length)];
    Country country = Country.at(random.nextDouble());
    String digits = Long.toString(slot % 1_000_000_000L);
    String national = (2 + cycle % 8) + "0".repeat(9 - digits.length()) + digits;
    int employees =
        (int) Math.clamp(Math.exp(Math.log(120) + 1.6 * random.nextGaussian()), 1, 250_000);
    return new Prospect(
        firstName,
        lastName,
        company,
        email,
        freemail && email.endsWith("@gmail.com"),
        new Phone(country.callingCode(), national, style),
        country,
        pick(Names.JOB_TITLES, random),
        employees);
  }

  private static Company company(long number, long cycle) {
    String first = Names.COMPANY_FIRST.get((int) (number % Names.COMPANY_FIRST.size()));
    String second = Names.COMPANY_SECOND.get((int) (number / Names.COMPANY_FIRST.size()));
    String suffix = Names.SUFFIXES.get((int) (number % Names.SUFFIXES.size()));
    String domain =
        (first + second).toLowerCase(Locale.ROOT) + (cycle == 0 ? "" : "-" + cycle) + ".com";
    return new Company(first + " " + second, suffix, domain);
  }

  private static String pick(List<String> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
