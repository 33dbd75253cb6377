package dev.accord.matching;

import dev.accord.core.accord.Accord;
import dev.accord.core.field.FieldDefinition;
import dev.accord.core.lifecycle.ObjectType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a record's fields into its {@link Fingerprint}: email to its mailbox, phone to E.164 in the
 * record's country, names and company folded, the domain from a work email or else the website.
 * Values the accord calls placeholders ({@code N/A}, {@code 000-000-0000}) count as absent, or
 * every record that typed one would look like every other.
 */
public final class Fingerprinter {

  private final MatchingFields fields;
  private final PhoneNormaliser phones;
  private final Map<String, Set<String>> placeholders;

  /**
   * @param placeholders per field id, the values that mean "empty" for it (compared without case or
   *     surrounding blanks)
   */
  public Fingerprinter(
      MatchingFields fields, PhoneNormaliser phones, Map<String, List<String>> placeholders) {
    this.fields = fields;
    this.phones = phones;
    this.placeholders = new HashMap<>();
    placeholders.forEach((field, values) ->
        this.placeholders.put(
            field,
            values.stream().map(Fingerprinter::folded).collect(Collectors.toUnmodifiableSet())));
  }

  /**
   * Reads the standard fields of the accord's object, with the accord's placeholders and the
   * field's own.
   *
   * @param defaultRegion the country phone numbers are read in when a record names none
   */
  public static Fingerprinter of(Accord accord, String objectId, String defaultRegion) {
    MatchingFields fields = MatchingFields.standard();
    List<FieldDefinition> declared =
        accord.object(objectId).map(ObjectType::fields).orElse(List.of());
    Map<String, List<String>> placeholders = new HashMap<>();
    for (String field : fields.all()) {
      List<String> own =
          declared.stream()
              .filter(definition -> definition.id().equals(field))
              .flatMap(definition -> definition.sentinels().stream())
              .toList();
      placeholders.put(field, Stream.concat(accord.sentinels().stream(), own.stream()).toList());
    }
    return new Fingerprinter(fields, new PhoneNormaliser(defaultRegion), placeholders);
  }

  public Fingerprint of(Map<String, String> values) {
    Optional<Mailbox> mailbox = value(values, fields.email()).flatMap(Mailbox::of);
    Optional<String> phone =
        value(values, fields.phone())
            .flatMap(typed -> phones.e164(typed, value(values, fields.country())));
    String name =
        PersonName.normalise(
            value(values, fields.firstName()).orElse(""),
            value(values, fields.lastName()).orElse(""));
    String company = value(values, fields.company()).map(CompanyName::normalise).orElse("");
    Optional<String> domain =
        mailbox
            .flatMap(WebDomain::ofMailbox)
            .or(() -> value(values, fields.website()).flatMap(WebDomain::ofWebsite));
    return new Fingerprint(mailbox.map(Mailbox::address), phone, name, company, domain);
  }

  private Optional<String> value(Map<String, String> values, String field) {
    String value = values.getOrDefault(field, "");
    if (value.isBlank() || placeholders.getOrDefault(field, Set.of()).contains(folded(value))) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static String folded(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
