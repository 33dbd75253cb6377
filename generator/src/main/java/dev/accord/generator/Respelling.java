package dev.accord.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The same person typed in again, a little differently: a web form filled twice, a list import, a
 * rep creating a record by hand. One to three variations are applied, each of a kind a duplicate
 * check normalises or matches fuzzily.
 */
final class Respelling {

  private static final List<String> TAGS = List.of("webinar", "news", "crm", "events", "2026");

  private Respelling() {}

  /** The person respelled, and the variations applied. */
  record Result(Prospect prospect, List<Variation> variations) {
    Result {
      variations = List.copyOf(variations);
    }
  }

  static Result of(Prospect original, SplittableRandom random) {
    List<Variation> candidates = new ArrayList<>(List.of(Variation.values()));
    if (!original.lenientMailbox()) {
      candidates.remove(Variation.EMAIL_DOTS);
      candidates.remove(Variation.EMAIL_PLUS_TAG);
    }
    int count = 1 + random.nextInt(3);
    List<Variation> chosen = new ArrayList<>();
    Prospect spelled = original;
    for (int i = 0; i < count && !candidates.isEmpty(); i++) {
      Variation variation = candidates.remove(random.nextInt(candidates.size()));
      chosen.add(variation);
      spelled = apply(variation, spelled, random);
    }
    chosen.sort(null);
    return new Result(spelled, chosen);
  }

  private static Prospect apply(Variation variation, Prospect p, SplittableRandom random) {
    return switch (variation) {
      case EMAIL_CASE -> p.withEmail(capitalised(p.email()));
      case EMAIL_DOTS -> p.withEmail(redotted(p.email()));
      case EMAIL_PLUS_TAG -> p.withEmail(tagged(p.email(), TAGS.get(random.nextInt(TAGS.size()))));
      case NAME_TYPO ->
          random.nextBoolean()
              ? p.withName(typo(p.firstName(), random), p.lastName())
              : p.withName(p.firstName(), typo(p.lastName(), random));
      case NAME_CASE ->
          random.nextBoolean()
              ? p.withName(
                  p.firstName().toLowerCase(Locale.ROOT), p.lastName().toLowerCase(Locale.ROOT))
              : p.withName(
                  p.firstName().toUpperCase(Locale.ROOT), p.lastName().toUpperCase(Locale.ROOT));
      case PHONE_FORMAT -> p.withPhone(p.phone().withStyle(otherStyle(p.phone(), random)));
      case COMPANY_SUFFIX -> p.withCompany(p.company().withSuffix(otherSuffix(p.company())));
    };
  }

  /** {@code jane.doe@acme.com} becomes {@code Jane.Doe@Acme.com}. */
  private static String capitalised(String email) {
    StringBuilder out = new StringBuilder(email.length());
    boolean start = true;
    for (char c : email.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == '.' || c == '@';
    }
    return out.toString();
  }

  /** Gmail reads {@code jane.doe} and {@code janedoe} as one mailbox. */
  private static String redotted(String email) {
    int at = email.indexOf('@');
    String local = email.substring(0, at);
    String changed =
        local.contains(".") ? local.replace(".", "") : local.charAt(0) + "." + local.substring(1);
    return changed + email.substring(at);
  }

  private static String tagged(String email, String tag) {
    int at = email.indexOf('@');
    return email.substring(0, at) + "+" + tag + email.substring(at);
  }

  /** One slip of the fingers that keeps the name recognisable. */
  private static String typo(String name, SplittableRandom random) {
    if (name.length() < 4) {
      return name + name.charAt(name.length() - 1);
    }
    int at = 1 + random.nextInt(name.length() - 2);
    int slip = name.charAt(at) == name.charAt(at + 1) ? 1 : random.nextInt(3);
    return switch (slip) {
      case 0 ->
          name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
      case 1 -> name.substring(0, at) + name.substring(at + 1);
      default -> name.substring(0, at + 1) + name.substring(at);
    };
  }

  private static Phone.Style otherStyle(Phone phone, SplittableRandom random) {
    Phone.Style[] styles = Phone.Style.values();
    int shift = 1 + random.nextInt(styles.length - 1);
    return styles[(phone.style().ordinal() + shift) % styles.length];
  }

  private static String otherSuffix(Company company) {
    return switch (company.suffix()) {
      case "Inc." -> "inc";
      case "Ltd" -> "Ltd.";
      case "GmbH" -> "gmbh";
      case "LLC" -> "L.L.C.";
      case "Corp." -> "Corporation";
      case "" -> "Inc.";
      default -> "";
    };
  }
}
