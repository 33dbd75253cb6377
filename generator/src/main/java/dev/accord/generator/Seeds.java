package dev.accord.generator;

import java.util.SplittableRandom;

/**
 * Independent random streams for each record and each purpose, derived from the run's seed. A
 * record's story depends on its own streams only, so any record can be written again on its own and
 * comes out the same, whatever was generated before it.
 */
final class Seeds {

  /** What a stream is used for; each purpose draws from its own stream. */
  enum Strand {
    CASTING,
    IDENTITY,
    JOURNEY,
    DELIVERY,
    PERMUTATION,
    RESPELLING
  }

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  static SplittableRandom random(long seed, Strand strand, long index) {
    return new SplittableRandom(derive(seed, strand, index));
  }

  private static long derive(long seed, Strand strand, long index) {
    return mix(mix(seed + GOLDEN_GAMMA * (strand.ordinal() + 1)) ^ index);
  }

  /** The SplitMix64 finaliser: a bijection on longs that spreads every input bit. */
  private static long mix(long value) {
    long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
