package dev.accord.notify;

import dev.accord.core.team.Person;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The email addresses of the accord's people and teams: a person's own, a team's the ones of its
 * members who have one. Escalations name ids; email needs addresses.
 */
public record AddressBook(List<Person> people) implements Function<String, List<String>> {

  public AddressBook {
    people = List.copyOf(people);
  }

  @Override
  public List<String> apply(String id) {
    Optional<Person> person = people.stream().filter(p -> p.id().equals(id)).findFirst();
    if (person.isPresent()) {
      return person.get().email().stream().toList();
    }
    return people.stream()
        .filter(p -> p.belongsTo(id))
        .flatMap(p -> p.email().stream())
        .distinct()
        .toList();
  }
}
