package dev.accord.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.duplicate.DuplicateEvidence;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.exception.ExceptionCase.SuspectedDuplicate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Normalising twice changes nothing, matching does not depend on which record came first, and no
 * text a CRM may hold makes the check throw.
 */
class MatchingProperties {

  private final PhoneNormaliser phones = new PhoneNormaliser("US");

  @Property
  void normalisingANormalisedValueChangesNothing(@ForAll("typed") String text) {
    Mailbox.of(text)
        .ifPresent(mailbox -> assertThat(Mailbox.of(mailbox.address())).contains(mailbox));
    assertThat(CompanyName.normalise(CompanyName.normalise(text)))
        .isEqualTo(CompanyName.normalise(text));
    String name = PersonName.normalise(text, text);
    assertThat(PersonName.normalise(name, "")).isEqualTo(name);
    phones
        .e164(text, Optional.of("GB"))
        .ifPresent(e164 -> assertThat(phones.e164(e164, Optional.of("JP"))).contains(e164));
    WebDomain.ofWebsite(text)
        .ifPresent(domain -> assertThat(WebDomain.ofWebsite(domain)).contains(domain));
  }

  @Property
  void matchingIsSymmetric(
      @ForAll("records") Map<String, String> one, @ForAll("records") Map<String, String> other) {
    List<SuspectedDuplicate> forward = match(one, other);
    List<SuspectedDuplicate> backward = match(other, one);

    // The suspicion names the other record and sees the evidence from the other side.
    assertThat(backward).hasSameSizeAs(forward);
    for (int i = 0; i < forward.size(); i++) {
      assertThat(backward.get(i).signals()).isEqualTo(forward.get(i).signals());
      assertThat(backward.get(i).evidence())
          .isEqualTo(
              forward.get(i).evidence().stream()
                  .map(e ->
                      new DuplicateEvidence(
                          e.attribute(), e.matchedValue(), e.value(), e.similarity()))
                  .toList());
    }
  }

  @Property
  void arbitraryTextNeverThrows(@ForAll("anyFields") Map<String, String> fields) {
    DuplicateIndex index = DuplicateIndexTest.index(DuplicateSignal.values());
    index.add(DuplicateIndexTest.header("L-1"), fields);
    index.add(DuplicateIndexTest.header("L-2"), fields);
    assertThat(index.size()).isEqualTo(2);
  }

  private static List<SuspectedDuplicate> match(
      Map<String, String> first, Map<String, String> second) {
    DuplicateIndex index = DuplicateIndexTest.index(DuplicateSignal.values());
    index.add(DuplicateIndexTest.header("A"), first);
    return index.add(DuplicateIndexTest.header("B"), second);
  }

  @Provide
  Arbitrary<String> typed() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withChars("aAbB.+@ -&,ÉéİıßﬁⅫ0123()").ofMaxLength(24),
        Arbitraries.of(
            "Jane.Doe+x@GMail.com",
            "The The Acme Inc. Ltd",
            "+44 (0)20 7946 0958",
            "https://www.acme.com/",
            "L.L.C.",
            "the"));
  }

  /** Records drawn from a few lookalike values, so that they often match. */
  @Provide
  Arbitrary<Map<String, String>> records() {
    return Combinators.combine(
            Arbitraries.of("jane.doe@gmail.com", "janedoe+x@gmail.com", "jane@acme.com", ""),
            Arbitraries.of("(415) 555-0123", "+14155550123", "020 7946 0958", ""),
            Arbitraries.of("Jane", "JANE", "Jnae", "John"),
            Arbitraries.of("Doe", "Deo", "Dunne"),
            Arbitraries.of("Acme Inc.", "acme", "Acme Corp", "Acne", ""),
            Arbitraries.of("US", "GB", ""))
        .as((email, phone, first, last, company, country) ->
            Map.of(
                "email", email,
                "phone", phone,
                "first_name", first,
                "last_name", last,
                "company", company,
                "country", country));
  }

  @Provide
  Arbitrary<Map<String, String>> anyFields() {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
    return Combinators.combine(
            Arbitraries.of(MatchingFields.standard().all()).set().ofMaxSize(7),
            text.list().ofSize(7))
        .as((keys, values) -> {
          Map<String, String> fields = new HashMap<>();
          int i = 0;
          for (String key : keys) {
            fields.put(key, values.get(i++));
          }
          return fields;
        });
  }
}
