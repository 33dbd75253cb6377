package dev.accord.core.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the accord declares an id: the id and the path of its {@code id} key. Ids are how the parts
 * of an accord refer to each other, so each must be non-blank and declared once.
 */
public record Declaration(String id, SourcePath path) {

  public Declaration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
  }

  /** The declarations of a list whose elements carry their id under the key {@code id}. */
  public static <T> List<Declaration> of(
      List<T> elements, Function<T, String> id, SourcePath list) {
    List<Declaration> declarations = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      declarations.add(new Declaration(id.apply(elements.get(i)), list.index(i).key("id")));
    }
    return declarations;
  }

  /**
   * An error for every blank id and for every repeat of an id, at the repeat.
   *
   * @param kind what the ids identify, in the singular, such as {@code stage}
   */
  public static List<Problem> problemsAmong(String kind, List<Declaration> declarations) {
    List<Problem> problems = new ArrayList<>();
    Map<String, SourcePath> first = new HashMap<>();
    for (Declaration declaration : declarations) {
      if (declaration.id().isBlank()) {
        problems.add(
            Problem.error(
                declaration.path(),
                "a " + kind + " has a blank id",
                "give every " + kind + " an id the rest of the accord can refer to"));
        continue;
      }
      if (!first.containsKey(declaration.id())) {
        first.put(declaration.id(), declaration.path());
        continue;
      }
      problems.add(
          Problem.error(
              declaration.path(),
              "duplicate " + kind + " " + KnownIds.quote(declaration.id()),
              "the "
                  + kind
                  + " is already declared at "
                  + first.get(declaration.id())
                  + "; rename or remove one of them"));
    }
    return problems;
  }
}
