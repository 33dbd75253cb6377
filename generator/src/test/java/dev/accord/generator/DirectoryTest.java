package dev.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Different records are different people: no two share an email or a phone number, so the only
 * duplicates in a funnel are the planted ones.
 */
class DirectoryTest {

  @Test
  void no_company_word_is_the_start_of_another_so_domains_never_collide() {
    for (String word : Names.COMPANY_FIRST) {
      assertThat(Names.COMPANY_FIRST)
          .filteredOn(other -> !other.equals(word))
          .noneMatch(other -> other.startsWith(word));
    }
    assertThat(Names.FIRST).doesNotHaveDuplicates();
    assertThat(Names.LAST).doesNotHaveDuplicates();
    assertThat(Names.COMPANY_SECOND).doesNotHaveDuplicates();
  }

  @Test
  void two_hundred_thousand_people_have_distinct_emails_and_phones() {
    Directory directory = new Directory(17);
    List<Prospect> people = IntStream.range(0, 200_000).mapToObj(directory::prospect).toList();

    assertThat(people.stream().map(Prospect::email)).doesNotHaveDuplicates();
    assertThat(people.stream().map(p -> p.phone().callingCode() + p.phone().national()))
        .doesNotHaveDuplicates();
    assertThat(people.stream().map(p -> p.company().domain()).distinct().count())
        .isGreaterThan(1000);
  }

  @Test
  void a_phone_number_reads_the_same_digits_in_every_style() {
    Phone phone = new Phone("1", "4155550123", Phone.Style.E164);

    assertThat(phone.display()).isEqualTo("+14155550123");
    assertThat(phone.withStyle(Phone.Style.NATIONAL).display()).isEqualTo("(415) 555-0123");
    assertThat(phone.withStyle(Phone.Style.DASHED).display()).isEqualTo("415-555-0123");
    assertThat(phone.withStyle(Phone.Style.INTERNATIONAL).display()).isEqualTo("+1 415 555 0123");
    assertThat(new Phone("44", "2079460958", Phone.Style.NATIONAL).display())
        .isEqualTo("0207 946 0958");
  }
}
