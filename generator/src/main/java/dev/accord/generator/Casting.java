package dev.accord.generator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What is decided about a lead record before its story is written: when it arrives, from which
 * source, in which stage, which of its fields will be gaps, whether it is a second record of an
 * earlier person, and whether it is chosen to break a guardrail.
 *
 * @param gaps the fields to leave out (empty) or fill with a placeholder, by field id, in the order
 *     the accord declares the fields
 * @param original the record this one duplicates, if it is a planted duplicate
 */
record Casting(
    long index,
    Instant createdAt,
    SourceProfile source,
    String startStage,
    Map<String, Optional<String>> gaps,
    OptionalLong original,
    Mischief mischief) {

  /** The guardrail a record is chosen to break, at its first chance. */
  enum Mischief {
    NONE,
    SKIP_STAGE,
    OMIT_REASON_CODE
  }

  Casting {
    gaps = gaps.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
  }

  String recordId() {
    return leadId(index);
  }

  static String leadId(long index) {
    return "L-" + (index + 1);
  }

  boolean isDuplicate() {
    return original.isPresent();
  }
}
