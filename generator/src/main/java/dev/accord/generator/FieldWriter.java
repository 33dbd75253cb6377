package dev.accord.generator;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes field values the way a CRM holds them: a person's own details for the fields named like
 * them ({@code email}, {@code company}, {@code lead_score}...), and a plausible value of the
 * field's type for any other; and the placeholders people type when they mean "empty".
 */
final class FieldWriter {

  private final List<String> sentinels;
  private final Set<String> empty;
  private final int longestSentinel;
  private final List<String> enumPlaceholders;
  private final List<String> textPlaceholders;

  FieldWriter(List<String> sentinels) {
    this.sentinels = List.copyOf(sentinels);
    this.enumPlaceholders = declared(List.of("Select", "null", "N/A"));
    this.textPlaceholders = declared(List.of("N/A", "null"));
    this.empty =
        sentinels.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.longestSentinel = empty.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The value the record's subject gives the field at the instant. */
  String value(FieldDefinition field, Subject subject, Instant at, SplittableRandom random) {
    Prospect p = subject.prospect();
    return switch (field.id()) {
      case "email" -> p.email();
      case "first_name" -> p.firstName();
      case "last_name" -> p.lastName();
      case "company", "name", "account_name" -> p.company().display();
      case "domain" -> p.company().domain();
      case "job_title", "title" -> p.jobTitle();
      case "phone" -> p.phone().display();
      case "country" -> p.country().code();
      case "region" -> oneOf(field, p.country().region(), random);
      case "employees" -> String.valueOf(p.employees());
      case "segment" -> segment(field, p.employees());
      case "lead_source", "source" -> oneOf(field, subject.source(), random);
      case "lead_score" -> String.valueOf(random.nextInt(50));
      case "meeting_booked" -> "false";
      case "industry" -> Names.INDUSTRIES.get(random.nextInt(Names.INDUSTRIES.size()));
      case "close_date" -> date(at, 30 + random.nextInt(90));
      case "next_step" -> Names.NEXT_STEPS.get(random.nextInt(Names.NEXT_STEPS.size()));
      default -> byType(field, subject, at, random);
    };
  }

  /** A placeholder for "empty" that the accord or the field declares, if there is one. */
  Optional<String> placeholder(FieldDefinition field, SplittableRandom random) {
    if (!field.sentinels().isEmpty() && random.nextDouble() < 0.4) {
      return Optional.of(field.sentinels().get(random.nextInt(field.sentinels().size())));
    }
    List<String> declared = field.type() == FieldType.ENUM ? enumPlaceholders : textPlaceholders;
    List<String> choice = declared.isEmpty() ? sentinels : declared;
    return choice.isEmpty()
        ? Optional.empty()
        : Optional.of(choice.get(random.nextInt(choice.size())));
  }

  /** The accord's own spelling of the wanted placeholders it declares. */
  private List<String> declared(List<String> wanted) {
    return wanted.stream()
        .flatMap(w -> sentinels.stream().filter(s -> s.equalsIgnoreCase(w)).limit(1))
        .toList();
  }

  /** Whether the value counts as not filled in: blank, or a placeholder. */
  boolean isEmpty(FieldDefinition field, String value) {
    String trimmed = value.trim();
    if (trimmed.isEmpty()
        || (trimmed.length() <= longestSentinel
            && empty.contains(trimmed.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    for (String sentinel : field.sentinels()) {
      if (trimmed.equalsIgnoreCase(sentinel)) {
        return true;
      }
    }
    return false;
  }

  private String byType(
      FieldDefinition field, Subject subject, Instant at, SplittableRandom random) {
    Prospect p = subject.prospect();
    return switch (field.type()) {
      case EMAIL -> p.email();
      case PHONE -> p.phone().display();
      case ENUM ->
          field.values().isEmpty() ? "" : field.values().get(random.nextInt(field.values().size()));
      case NUMBER -> String.valueOf(1 + random.nextInt(100));
      case MONEY -> amount(p.employees(), random);
      case DATE -> date(at, 7 + random.nextInt(90));
      case DATETIME -> at.toString();
      case BOOLEAN -> "false";
      case STRING -> Names.NEXT_STEPS.get(random.nextInt(Names.NEXT_STEPS.size()));
    };
  }

  /** What a deal is worth: grows with the size of the buyer, rounded to hundreds. */
  private static String amount(int employees, SplittableRandom random) {
    double value = 6000 * Math.pow(employees, 0.45) * Math.exp(0.4 * random.nextGaussian());
    return String.valueOf(Math.max(1, Math.round(value / 100)) * 100);
  }

  private static String date(Instant at, int daysAhead) {
    return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400) + daysAhead).toString();
  }

  /** The value the field allows that matches, or any allowed one when none does. */
  private static String oneOf(FieldDefinition field, String wanted, SplittableRandom random) {
    List<String> allowed = field.values();
    if (allowed.isEmpty()) {
      return wanted;
    }
    for (String value : allowed) {
      if (value.equalsIgnoreCase(wanted)) {
        return value;
      }
    }
    return allowed.get(random.nextInt(allowed.size()));
  }

  /** Small, mid-sized or large by head count, over whatever segments the field allows. */
  private static String segment(FieldDefinition field, int employees) {
    List<String> allowed = field.values();
    if (allowed.isEmpty() || allowed.containsAll(List.of("smb", "mid_market", "enterprise"))) {
      return employees < 100 ? "smb" : employees < 1000 ? "mid_market" : "enterprise";
    }
    int at = (int) (Math.log10(Math.max(1, employees)) * allowed.size() / 5.0);
    return allowed.get(Math.min(allowed.size() - 1, at));
  }
}
