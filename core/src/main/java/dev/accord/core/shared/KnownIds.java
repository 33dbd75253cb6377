package dev.accord.core.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ids of one kind that an accord declares, such as its stages or its teams: what a reference
 * elsewhere in the accord may name. When a reference names none of them, it tells the author what
 * they probably meant, because most unknown ids are typos of a known one.
 */
public final class KnownIds {

  /** How many ids a hint lists before it stops; a long list helps nobody. */
  private static final int LISTED = 12;

  private final String kind;
  private final Set<String> ids;

  private KnownIds(String kind, Set<String> ids) {
    this.kind = kind;
    this.ids = ids;
  }

  /**
   * The ids of one kind, in declaration order, without blanks or repeats.
   *
   * @param kind what the ids identify, in the singular, such as {@code stage}
   */
  public static KnownIds of(String kind, Collection<String> ids) {
    return new KnownIds(
        kind,
        ids.stream()
            .filter(id -> !id.isBlank())
            .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }

  public List<String> ids() {
    return List.copyOf(ids);
  }

  /** These ids and those ones, under a new kind, as when a party may be a team or a person. */
  public KnownIds and(KnownIds others, String combinedKind) {
    Set<String> both = new LinkedHashSet<>(ids);
    both.addAll(others.ids);
    return new KnownIds(combinedKind, both);
  }

  /**
   * An error at the path when the reference names none of these ids; the hint suggests the id the
   * author most likely meant.
   */
  public Optional<Problem> unknown(String reference, SourcePath path, String message) {
    return contains(reference)
        ? Optional.empty()
        : Optional.of(Problem.error(path, message, hintFor(reference)));
  }

  /** How to fix a reference that names none of these ids. */
  public String hintFor(String reference) {
    if (ids.isEmpty()) {
      return "the accord declares no " + kind + " yet: declare it first";
    }
    Optional<String> closest = reference.isBlank() ? Optional.empty() : closestTo(reference);
    if (closest.isPresent()) {
      return "did you mean " + quote(closest.get()) + "?";
    }
    String listed =
        ids.stream().limit(LISTED).map(KnownIds::quote).collect(Collectors.joining(", "));
    return "use one of the known "
        + kind
        + " ids: "
        + listed
        + (ids.size() > LISTED ? ", ..." : "");
  }

  /** How an id appears in messages: in backticks, and a blank one as {@code (none)}. */
  public static String quote(String id) {
    return id.isBlank() ? "(none)" : "`" + id + "`";
  }

  private Optional<String> closestTo(String reference) {
    // A typo changes about one character in three at most; anything further is another word.
    int tolerance = Math.max(1, reference.length() / 3);
    return ids.stream()
        .filter(id -> EditDistance.between(reference, id) <= tolerance)
        .min(Comparator.comparingInt(id -> EditDistance.between(reference, id)));
  }
}
