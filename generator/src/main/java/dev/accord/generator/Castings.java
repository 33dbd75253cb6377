package dev.accord.generator;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Casts each lead record from its own random stream, so any record's casting can be made again on
 * its own: a duplicate looks back at its original's casting to pick one whose details are complete.
 */
final class Castings {

  /** How far back a duplicate's original may be, in records. */
  private static final long LOOKBACK = 5000;

  private static final Set<String> IDENTITY =
      Set.of("email", "first_name", "last_name", "company", "phone");

  private final GeneratorSettings settings;
  private final FunnelShape shape;
  private final FieldWriter writer;
  private final SourceMix sources;
  private final ArrivalCurve arrivals;

  Castings(GeneratorSettings settings, FunnelShape shape, FieldWriter writer, ZoneId market) {
    this.settings = settings;
    this.shape = shape;
    this.writer = writer;
    Optional<FieldDefinition> sourceField =
        shape.leadObject().field("lead_source").or(() -> shape.leadObject().field("source"));
    this.sources = SourceMix.fit(settings.rates().sources(), sourceField);
    this.arrivals = ArrivalCurve.over(settings.start(), settings.span(), market);
  }

  Casting cast(long index) {
    SplittableRandom random = Seeds.random(settings.seed(), Seeds.Strand.CASTING, index);
    Drawn drawn = draw(index, random);
    if (!drawn.duplicate()) {
      return drawn.casting();
    }
    for (int attempt = 0; attempt < 8; attempt++) {
      long candidate = index - 1 - random.nextLong(Math.min(index, LOOKBACK));
      Drawn original =
          draw(candidate, Seeds.random(settings.seed(), Seeds.Strand.CASTING, candidate));
      if (!original.duplicate() && !hasIdentityGap(original.casting())) {
        return withOriginal(drawn.casting(), candidate);
      }
    }
    return drawn.casting();
  }

  /** A casting before its original is found, and whether it is to be a duplicate. */
  private record Drawn(Casting casting, boolean duplicate) {}

  /** When record {@code index} is created, without casting the rest of it. */
  Instant createdAt(long index) {
    SplittableRandom random = Seeds.random(settings.seed(), Seeds.Strand.CASTING, index);
    return arrivals.at((index + random.nextDouble()) / settings.records());
  }

  /** Draws everything but the original. */
  private Drawn draw(long index, SplittableRandom random) {
    Instant createdAt = arrivals.at((index + random.nextDouble()) / settings.records());
    Imperfections imperfections = settings.imperfections();
    boolean duplicate = index > 0 && random.nextDouble() < imperfections.duplicates();
    Map<String, Optional<String>> gaps = new LinkedHashMap<>();
    for (FieldDefinition field : shape.leadObject().fields()) {
      double roll = random.nextDouble();
      if (duplicate && isIdentity(field)) {
        continue;
      }
      if (roll < imperfections.missingField()) {
        gaps.put(field.id(), Optional.empty());
      } else if (roll < imperfections.missingField() + imperfections.sentinelField()) {
        gaps.put(field.id(), writer.placeholder(field, random));
      }
    }
    SourceProfile source = sources.at(random.nextDouble());
    List<String> starts = shape.leads().startStages();
    String start =
        starts.size() > 1 && random.nextDouble() >= settings.rates().startAtTop()
            ? starts.get(1)
            : starts.getFirst();
    double roll = random.nextDouble();
    Casting.Mischief mischief =
        roll < imperfections.skippedStage()
            ? Casting.Mischief.SKIP_STAGE
            : roll < imperfections.skippedStage() + imperfections.missingReasonCode()
                ? Casting.Mischief.OMIT_REASON_CODE
                : Casting.Mischief.NONE;
    return new Drawn(
        new Casting(index, createdAt, source, start, gaps, OptionalLong.empty(), mischief),
        duplicate);
  }

  private boolean hasIdentityGap(Casting casting) {
    return shape.leadObject().fields().stream()
        .filter(Castings::isIdentity)
        .anyMatch(field -> casting.gaps().containsKey(field.id()));
  }

  private static boolean isIdentity(FieldDefinition field) {
    return IDENTITY.contains(field.id())
        || field.type() == FieldType.EMAIL
        || field.type() == FieldType.PHONE;
  }

  private static Casting withOriginal(Casting casting, long original) {
    return new Casting(
        casting.index(),
        casting.createdAt(),
        casting.source(),
        casting.startStage(),
        casting.gaps(),
        OptionalLong.of(original),
        casting.mischief());
  }
}
