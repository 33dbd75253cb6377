package dev.accord.matching;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes telephone numbers in E.164 with Google's libphonenumber: {@code (415) 555-0123} typed by a
 * record in the US and {@code +1 415 555 0123} are both {@code +14155550123}. A number written
 * without its country code is read in the record's country, or else in the default region.
 *
 * <p>Any number libphonenumber can parse and that has at least seven digits counts, even one no
 * carrier has assigned yet: the check asks whether two records typed the same line, not whether the
 * line rings. Numbers of one repeated digit ({@code 000-000-0000}) are placeholders.
 */
public final class PhoneNormaliser {

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final int FEWEST_DIGITS = 7;

  private final String defaultRegion;

  /**
   * @param defaultRegion the ISO 3166 country a number without country code is read in, when the
   *     record names no country libphonenumber knows, such as {@code US}
   */
  public PhoneNormaliser(String defaultRegion) {
    this.defaultRegion = defaultRegion.strip().toUpperCase(Locale.ROOT);
    if (!PHONES.getSupportedRegions().contains(this.defaultRegion)) {
      throw new IllegalArgumentException("no telephone numbering plan for region " + defaultRegion);
    }
  }

  /**
   * The number in E.164, read in the record's country if it names one; empty when the text is no
   * telephone number.
   */
  public Optional<String> e164(String typed, Optional<String> country) {
    String region =
        country
            .map(code -> code.strip().toUpperCase(Locale.ROOT))
            .filter(PHONES.getSupportedRegions()::contains)
            .orElse(defaultRegion);
    PhoneNumber number;
    try {
      number = PHONES.parse(typed, region);
    } catch (NumberParseException notANumber) {
      return Optional.empty();
    }
    String national = PHONES.getNationalSignificantNumber(number);
    if (national.length() < FEWEST_DIGITS || national.chars().distinct().count() == 1) {
      return Optional.empty();
    }
    return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
  }
}
