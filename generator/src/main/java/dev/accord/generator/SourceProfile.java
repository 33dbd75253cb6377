package dev.accord.generator;

import java.util.Objects;

/**
 * One lead source as the generated funnel sees it: how much of the volume it brings and how well
 * its leads convert compared with the funnel's base rates. Paid search brings many leads that
 * convert poorly; referrals bring few that convert well.
 *
 * @param source the lead source value, as the accord's source field spells it
 * @param share its weight in the mix of new records; weights need not add up to one
 * @param conversion the factor on every forward step of its records, 1.0 being the base rate
 */
public record SourceProfile(String source, double share, double conversion) {

  public SourceProfile {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("a source profile needs a source");
    }
    if (!(share > 0) || Double.isInfinite(share)) {
      throw new IllegalArgumentException("the share of " + source + " must be positive: " + share);
    }
    if (!(conversion >= 0) || Double.isInfinite(conversion)) {
      throw new IllegalArgumentException(
          "the conversion factor of " + source + " cannot be negative: " + conversion);
    }
  }
}
