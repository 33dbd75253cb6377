package dev.accord.generator;

/**
 * The person behind a lead record, as the record spells them: name, company, email, phone, where
 * they are and how big their company is.
 *
 * @param lenientMailbox whether the mailbox provider ignores dots and plus-tags in the address, as
 *     Gmail does
 */
record Prospect(
    String firstName,
    String lastName,
    Company company,
    String email,
    boolean lenientMailbox,
    Phone phone,
    Country country,
    String jobTitle,
    int employees) {

  Prospect withName(String first, String last) {
    return new Prospect(
        first, last, company, email, lenientMailbox, phone, country, jobTitle, employees);
  }

  Prospect withCompany(Company other) {
    return new Prospect(
        firstName, lastName, other, email, lenientMailbox, phone, country, jobTitle, employees);
  }

  Prospect withEmail(String other) {
    return new Prospect(
        firstName, lastName, company, other, lenientMailbox, phone, country, jobTitle, employees);
  }

  Prospect withPhone(Phone other) {
    return new Prospect(
        firstName, lastName, company, email, lenientMailbox, other, country, jobTitle, employees);
  }
}
