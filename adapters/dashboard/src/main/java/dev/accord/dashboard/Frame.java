package dev.accord.dashboard;

import dev.accord.core.accord.Accord;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What every page shares: the accord in force (its name and version in the header, and the names of
 * its stages, teams, people and KPIs), who is signed in, the token every form sends back, the pages
 * the navigation offers and a notice to show.
 *
 * @param accord the accord in force
 * @param user who is signed in, as the header shows them
 * @param csrfToken the token every form carries in its {@code _csrf} field
 * @param sections the pages the navigation offers, in {@link Section} order
 * @param notice a message for the top of the page
 */
public record Frame(
    Accord accord, String user, String csrfToken, Set<Section> sections, Optional<Notice> notice) {

  public Frame {
    Objects.requireNonNull(accord, "accord");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(csrfToken, "csrfToken");
    EnumSet<Section> all = EnumSet.noneOf(Section.class);
    all.addAll(sections);
    for (Section section : Section.values()) {
      if (section.always()) {
        all.add(section);
      }
    }
    sections = Set.copyOf(all);
    Objects.requireNonNull(notice, "notice");
  }

  /**
   * The frame of a signed-in user: the five pages always there, and the goals when the accord
   * declares any.
   */
  public static Frame of(Accord accord, String user, String csrfToken) {
    Set<Section> sections = accord.goals().isEmpty() ? Set.of() : Set.of(Section.GOALS);
    return new Frame(accord, user, csrfToken, sections, Optional.empty());
  }

  /** The same frame with more pages in the navigation, for which the server has data. */
  public Frame with(Section... more) {
    EnumSet<Section> all = EnumSet.noneOf(Section.class);
    all.addAll(sections);
    all.addAll(Set.of(more));
    return new Frame(accord, user, csrfToken, all, notice);
  }

  /** The same frame with a notice at the top of the page. */
  public Frame withNotice(Notice shown) {
    return new Frame(accord, user, csrfToken, sections, Optional.of(shown));
  }
}
