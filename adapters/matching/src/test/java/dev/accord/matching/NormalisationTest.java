package dev.accord.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalisationTest {

  private final PhoneNormaliser phones = new PhoneNormaliser("US");

  @ParameterizedTest
  @CsvSource({
    "Jane.Doe@Acme.com, jane.doe@acme.com",
    // Gmail ignores dots and tags, and googlemail.com is the same service.
    "jane.doe+webinar@gmail.com, janedoe@gmail.com",
    "J.A.N.E.DOE@GoogleMail.com, janedoe@gmail.com",
    // Outlook ignores tags but not dots.
    "jane.doe+crm@outlook.com, jane.doe@outlook.com",
    // A company's own server may deliver jane.doe and janedoe to two people.
    "jane.doe+news@acme.com, jane.doe+news@acme.com",
    "'  jane@acme.co.uk ', jane@acme.co.uk"
  })
  void emailsAreNormalisedAsTheirProviderReadsThem(String typed, String mailbox) {
    assertThat(Mailbox.of(typed)).contains(new Mailbox(mailbox));
  }

  @ParameterizedTest
  @CsvSource({"N/A", "jane", "@acme.com", "jane@", "jane@acme", "a@b@c.com"})
  void textThatIsNoAddressHasNoMailbox(String typed) {
    assertThat(Mailbox.of(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "(415) 555-0123, US, +14155550123",
    "415-555-0123, US, +14155550123",
    "+1 415 555 0123, DE, +14155550123",
    "020 7946 0958, GB, +442079460958",
    "+44 (0)20 7946 0958, US, +442079460958",
    "030 123456789, DE, +4930123456789",
    "03-1234-5678, JP, +81312345678",
    "(02) 9374 4000, AU, +61293744000",
    "+33 1 42 68 53 00, FR, +33142685300",
    "6123 4567, SG, +6561234567"
  })
  void phonesAreWrittenInE164InTheRecordsCountry(String typed, String country, String e164) {
    assertThat(phones.e164(typed, Optional.of(country))).contains(e164);
  }

  @ParameterizedTest
  @CsvSource({"(415) 555-0123, +14155550123", "(415) 555-0123 ext. 12, +14155550123"})
  void aRecordWithoutCountryIsReadInTheDefaultRegion(String typed, String e164) {
    assertThat(phones.e164(typed, Optional.empty())).contains(e164);
    assertThat(phones.e164(typed, Optional.of("XX"))).contains(e164);
  }

  @ParameterizedTest
  @CsvSource({"000-000-0000", "+1 000-000-0000", "12345", "call me", "''"})
  void placeholdersAndFragmentsAreNoNumber(String typed) {
    assertThat(phones.e164(typed, Optional.of("US"))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "Acme Inc., acme",
    "ACME inc, acme",
    "'Acme, Inc.', acme",
    "Acme L.L.C., acme",
    "Acme GmbH, acme",
    "acme gmbh, acme",
    "Acme Corp., acme",
    "The Acme Corporation, acme",
    "Acme Ltd., acme",
    "Société Générale S.A., societe generale",
    "Procter & Gamble Co., procter and gamble",
    "Inc., ''",
    "The Company, the"
  })
  void companyNamesLoseCasePunctuationLegalFormsAndThe(String typed, String normalised) {
    assertThat(CompanyName.normalise(typed)).isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource({"JOSÉ, O'Neil, jose oneil", "'  jane ', ' van  der Berg', jane van der berg"})
  void personNamesAreFolded(String first, String last, String normalised) {
    assertThat(PersonName.normalise(first, last)).isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource({
    "https://www.Acme.com/about, acme.com",
    "acme.com, acme.com",
    "http://shop.acme.co.uk:8080?x=1, shop.acme.co.uk",
    "gmail.com, ''",
    "not a site, ''"
  })
  void websitesGiveTheirDomain(String typed, String domain) {
    assertThat(WebDomain.ofWebsite(typed).orElse("")).isEqualTo(domain);
  }

  @ParameterizedTest
  @CsvSource({"jane@acme.com, acme.com", "jane@gmail.com, ''", "jane@yahoo.com, ''"})
  void workEmailsGiveTheirCompanysDomainAndFreeMailNone(String email, String domain) {
    assertThat(Mailbox.of(email).flatMap(WebDomain::ofMailbox).orElse("")).isEqualTo(domain);
  }
}
