package dev.accord.generator;

import dev.accord.core.field.FieldDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lead sources of a generated funnel, fitted to the accord: the sources of the mix that the
 * accord's source field allows, spelled as the accord spells them; when it allows none of them,
 * every value it allows, in equal shares, at the base rates.
 *
 * @param total the sum of the shares
 */
record SourceMix(List<SourceProfile> profiles, double total) {

  SourceMix {
    profiles = List.copyOf(profiles);
  }

  SourceMix(List<SourceProfile> profiles) {
    this(profiles, profiles.stream().mapToDouble(SourceProfile::share).sum());
  }

  static SourceMix fit(List<SourceProfile> wanted, Optional<FieldDefinition> field) {
    List<String> allowed = field.map(FieldDefinition::values).orElse(List.of());
    if (allowed.isEmpty()) {
      return new SourceMix(wanted);
    }
    List<SourceProfile> kept = new ArrayList<>();
    for (SourceProfile profile : wanted) {
      allowed.stream()
          .filter(profile.source()::equalsIgnoreCase)
          .findFirst()
          .ifPresent(
              value -> kept.add(new SourceProfile(value, profile.share(), profile.conversion())));
    }
    if (kept.isEmpty()) {
      allowed.forEach(value -> kept.add(new SourceProfile(value, 1, 1)));
    }
    return new SourceMix(kept);
  }

  /** The source at a point in [0, 1) of the weighted mix. */
  SourceProfile at(double position) {
    double target = position * total;
    for (SourceProfile profile : profiles) {
      target -= profile.share();
      if (target < 0) {
        return profile;
      }
    }
    return profiles.getLast();
  }
}
