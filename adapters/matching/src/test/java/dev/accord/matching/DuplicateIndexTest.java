package dev.accord.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.duplicate.DuplicateEvidence;
import dev.accord.core.duplicate.DuplicateEvidence.Attribute;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.event.EventHeader;
import dev.accord.core.exception.ExceptionCase.SuspectedDuplicate;
import dev.accord.core.exception.ExceptionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateIndexTest {

  static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  static DuplicateIndex index(DuplicateSignal... signals) {
    return new DuplicateIndex(
        new DuplicateRule(
            "lead",
            List.of(signals),
            DuplicateRule.DEFAULT_NAME_SIMILARITY,
            DuplicateRule.DEFAULT_COMPANY_SIMILARITY),
        new Fingerprinter(
            MatchingFields.standard(),
            new PhoneNormaliser("US"),
            Map.of("phone", List.of("000-000-0000"), "company", List.of("N/A"))));
  }

  static EventHeader header(String recordId) {
    return new EventHeader(recordId, "lead", AT, "hubspot", recordId + "-1", "system");
  }

  private final DuplicateIndex index = index(DuplicateSignal.values());

  @Test
  void theSameMailboxWrittenAnotherWayIsASuspectedDuplicateWithItsEvidence() {
    index.add(header("L-1"), Map.of("email", "jane.doe@gmail.com", "country", "US"));

    List<SuspectedDuplicate> found =
        index.add(header("L-2"), Map.of("email", "Jane.Doe+webinar@gmail.com"));

    assertThat(found)
        .containsExactly(
            new SuspectedDuplicate(
                "L-2",
                "L-2-1",
                AT,
                "L-1",
                List.of(DuplicateSignal.EMAIL),
                List.of(
                    new DuplicateEvidence(
                        Attribute.EMAIL, "janedoe@gmail.com", "janedoe@gmail.com", 1))));
    assertThat(found.getFirst().type()).isEqualTo(ExceptionType.SUSPECTED_DUPLICATE);
    assertThat(found.getFirst().describe())
        .isEqualTo("Record L-2 looks like a duplicate of L-1 (same email).");
  }

  @Test
  void aPhoneTypedAnotherWayInTheRecordsCountryMatches() {
    index.add(header("L-1"), Map.of("phone", "020 7946 0958", "country", "GB"));

    List<SuspectedDuplicate> found =
        index.add(header("L-2"), Map.of("phone", "+44 20 7946 0958", "country", "US"));

    assertThat(found)
        .singleElement()
        .satisfies(s -> {
          assertThat(s.signals()).containsExactly(DuplicateSignal.PHONE);
          assertThat(s.evidence())
              .containsExactly(
                  new DuplicateEvidence(Attribute.PHONE, "+442079460958", "+442079460958", 1));
        });
  }

  @Test
  void aTypoInTheNameAtTheSameCompanyMatchesOnNameAndCompany() {
    index.add(
        header("L-1"),
        Map.of("first_name", "Jonathan", "last_name", "Meyers", "company", "Acme Inc."));

    List<SuspectedDuplicate> found =
        index.add(
            header("L-2"),
            Map.of("first_name", "JONATHAN", "last_name", "Meyres", "company", "acme"));

    assertThat(found)
        .singleElement()
        .satisfies(s -> {
          assertThat(s.signals()).containsExactly(DuplicateSignal.NAME_AND_COMPANY);
          assertThat(s.evidence())
              .extracting(DuplicateEvidence::attribute)
              .containsExactly(Attribute.NAME, Attribute.COMPANY);
          assertThat(s.evidence().getFirst().similarity()).isBetween(0.92, 1.0);
          assertThat(s.evidence().get(1).similarity()).isEqualTo(1.0);
        });
  }

  @Test
  void anotherPersonAtTheSameCompanyIsNoDuplicate() {
    index.add(
        header("L-1"), Map.of("first_name", "Jane", "last_name", "Doe", "company", "Acme Inc."));

    assertThat(
            index.add(
                header("L-2"),
                Map.of("first_name", "John", "last_name", "Dunne", "company", "Acme Inc.")))
        .isEmpty();
  }

  @Test
  void placeholdersMatchNothing() {
    index.add(header("L-1"), Map.of("phone", "000-000-0000", "company", "N/A", "email", "N/A"));

    assertThat(
            index.add(
                header("L-2"), Map.of("phone", "000-000-0000", "company", "n/a", "email", "N/A")))
        .isEmpty();
  }

  @Test
  void aSignalTheRuleDoesNotCountIsIgnored() {
    DuplicateIndex phonesOnly = index(DuplicateSignal.PHONE);
    phonesOnly.add(header("L-1"), Map.of("email", "jane@acme.com"));

    assertThat(phonesOnly.add(header("L-2"), Map.of("email", "jane@acme.com"))).isEmpty();
  }

  @Test
  void thresholdsComeFromTheRule() {
    DuplicateIndex strict =
        new DuplicateIndex(
            new DuplicateRule(
                "lead", List.of(DuplicateSignal.NAME_AND_COMPANY), BigDecimal.ONE, BigDecimal.ONE),
            new Fingerprinter(MatchingFields.standard(), new PhoneNormaliser("US"), Map.of()));
    strict.add(
        header("L-1"), Map.of("first_name", "Jonathan", "last_name", "Meyers", "company", "Acme"));

    assertThat(
            strict.add(
                header("L-2"),
                Map.of("first_name", "Jonathan", "last_name", "Meyres", "company", "Acme")))
        .isEmpty();
  }

  @Test
  void aThirdCopyIsSuspectedAgainstBothEarlierOnes() {
    index.add(header("L-1"), Map.of("email", "jane@acme.com"));
    index.add(header("L-2"), Map.of("email", "JANE@acme.com"));

    assertThat(index.add(header("L-3"), Map.of("email", "jane@ACME.com")))
        .extracting(SuspectedDuplicate::duplicateOf)
        .containsExactly("L-1", "L-2");
    assertThat(index.size()).isEqualTo(3);
  }
}
