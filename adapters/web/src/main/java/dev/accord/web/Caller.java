package dev.accord.web;

import dev.accord.core.team.Person;
import java.util.Objects;
import java.util.Set;

/**
 * Who a request comes from: a person of the accord, what they may do, and the credential that
 * showed it was them (a token today, a session once the dashboard has a login).
 *
 * @param person the person, as the accord declares them
 * @param rights what their roles let them do
 * @param via the credential, for the audit log, such as {@code token 3 (crm-sync)}
 */
record Caller(Person person, Set<Right> rights, String via) {

  Caller {
    Objects.requireNonNull(person, "person");
    rights = Set.copyOf(rights);
    Objects.requireNonNull(via, "via");
  }

  static Caller of(Person person, String via) {
    return new Caller(person, Right.of(person), via);
  }

  String id() {
    return person.id();
  }

  boolean may(Right right) {
    return rights.contains(right);
  }

  /** Refuses the request unless the caller has the right. */
  void require(Right right) {
    if (!may(right)) {
      throw new ApiProblem.Forbidden(
          person.id() + " may not do this: it needs the right " + right.word() + ", " + roles());
    }
  }

  /**
   * Whether the caller may work an exception the owner holds: any, with {@link
   * Right#WORK_ANY_EXCEPTION}; their own or one of their teams', with {@link
   * Right#WORK_OWN_EXCEPTIONS}.
   */
  boolean mayWorkExceptionOf(String owner) {
    return may(Right.WORK_ANY_EXCEPTION)
        || may(Right.WORK_OWN_EXCEPTIONS)
            && (owner.equals(person.id()) || person.teams().contains(owner));
  }

  private String roles() {
    return person.roles().isEmpty()
        ? "and the accord gives them no role"
        : "which their roles ("
            + String.join(
                ", ",
                person.roles().stream()
                    .map(role -> role.name().toLowerCase(java.util.Locale.ROOT))
                    .toList())
            + ") do not give";
  }
}
