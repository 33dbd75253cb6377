package dev.accord.generator;

/** How a planted duplicate's spelling differs from the record it duplicates. */
public enum Variation {
  /** The email in other capitals: {@code Jane.Doe@Acme.com}. */
  EMAIL_CASE,
  /** Dots added to or taken from a Gmail address, which Gmail ignores. */
  EMAIL_DOTS,
  /** A plus-tag on a Gmail address: {@code jane.doe+webinar@gmail.com}. */
  EMAIL_PLUS_TAG,
  /** A letter swapped, dropped or doubled in the first or last name. */
  NAME_TYPO,
  /** The name in other capitals: {@code jane doe}, {@code JANE DOE}. */
  NAME_CASE,
  /** The same phone number written another way. */
  PHONE_FORMAT,
  /** The company's legal form written another way or left out: {@code Inc.}, {@code inc}. */
  COMPANY_SUFFIX
}
