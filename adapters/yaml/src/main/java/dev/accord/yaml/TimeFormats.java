package dev.accord.yaml;

import static dev.accord.yaml.ValueFormat.invalid;
import static dev.accord.yaml.ValueFormat.valid;

import dev.accord.core.calendar.BusinessDuration;
import dev.accord.core.sla.EscalationTrigger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of time an accord file speaks of: time zones, business durations for SLAs, clock
 * durations for windows, working hours and the moments escalations fire.
 */
final class TimeFormats {

  private TimeFormats() {}

  /** Office hours, as the two ends of a working day. */
  record WorkingHours(LocalTime opens, LocalTime closes) {}

  private static final Pattern CLOCK_AMOUNT = Pattern.compile("(\\d{1,9})\\s*([smhd])");
  private static final Pattern HOURS =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
  private static final Pattern SHARE = Pattern.compile("(\\d{1,3})\\s*%");
  private static final String BUSINESS_DURATION_HINT =
      "write a whole number and a unit: `15m` (business minutes), `4h` (hours) or `1d` (days)";

  static final ValueFormat<ZoneId> ZONE =
      text -> {
        try {
          return valid(ZoneId.of(text.trim()));
        } catch (DateTimeException unknown) {
          return invalid(
              "unknown time zone `" + text + "`",
              Suggestion.didYouMean(text.trim(), ZoneId.getAvailableZoneIds())
                  + "write an IANA time zone id such as `Europe/Berlin` or `America/New_York`");
        }
      };

  static final ValueFormat<BusinessDuration> BUSINESS_DURATION =
      text ->
          BusinessDuration.parse(text)
              .<ValueFormat.Reading<BusinessDuration>>map(ValueFormat::valid)
              .orElseGet(() ->
                  invalid("`" + text + "` is not a business duration", BUSINESS_DURATION_HINT));

  /**
   * A length of wall-clock time: {@code 90s}, {@code 15m}, {@code 1h}, {@code 2d}, or ISO-8601 such
   * as {@code PT1H} or {@code P90D}.
   */
  static final ValueFormat<Duration> CLOCK_DURATION =
      text ->
          clockDuration(text.trim())
              .filter(duration -> !duration.isNegative())
              .<ValueFormat.Reading<Duration>>map(ValueFormat::valid)
              .orElseGet(() ->
                  invalid(
                      "`" + text + "` is not a duration",
                      "write a whole number and a unit (`90s`, `15m`, `1h`, `2d`) or an"
                          + " ISO-8601 duration such as `PT1H`"));

  static final ValueFormat<WorkingHours> WORKING_HOURS =
      text -> {
        String hint = "write the working day as `HH:MM-HH:MM`, such as `09:00-17:00`";
        Matcher matcher = HOURS.matcher(text.trim());
        if (!matcher.matches()) {
          return invalid("`" + text + "` is not a span of hours", hint);
        }
        LocalTime opens;
        LocalTime closes;
        try {
          opens = time(matcher.group(1), matcher.group(2));
          closes = time(matcher.group(3), matcher.group(4));
        } catch (DateTimeException notATime) {
          return invalid("`" + text + "` holds a time that does not exist", hint);
        }
        // Whether the day opens before it closes is a rule of the accord, checked by the core.
        return valid(new WorkingHours(opens, closes));
      };

  /** {@code 50%} of the SLA, the {@code breach} itself, or a delay after it: {@code breach+1h}. */
  static final ValueFormat<EscalationTrigger> ESCALATION_TRIGGER =
      text -> {
        String hint =
            "write a share of the SLA such as `50%` (1% to 100%), `breach`, or a delay after the"
                + " breach such as `breach+1h`";
        String written = text.trim().toLowerCase(Locale.ROOT);
        Matcher share = SHARE.matcher(written);
        if (share.matches()) {
          int percent = Integer.parseInt(share.group(1));
          return percent >= 1 && percent <= 100
              ? valid(new EscalationTrigger.ShareOfSla(percent))
              : invalid("`" + text + "` is not a share between 1% and 100%", hint);
        }
        if (written.equals("breach")) {
          return valid(new EscalationTrigger.AfterBreach(BusinessDuration.minutes(0)));
        }
        if (written.startsWith("breach+")) {
          Optional<BusinessDuration> delay = BusinessDuration.parse(written.substring(7));
          if (delay.isPresent()) {
            return valid(new EscalationTrigger.AfterBreach(delay.get()));
          }
        }
        return invalid("`" + text + "` is not an escalation moment", hint);
      };

  private static Optional<Duration> clockDuration(String text) {
    Matcher matcher = CLOCK_AMOUNT.matcher(text.toLowerCase(Locale.ROOT));
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      return Optional.of(
          switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          });
    }
    try {
      return Optional.of(Duration.parse(text.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
  }

  private static LocalTime time(String hours, String minutes) {
    return LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes));
  }
}
