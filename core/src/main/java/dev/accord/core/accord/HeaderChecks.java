package dev.accord.core.accord;

import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on what an accord file says about itself: a format version this Accord reads, a name,
 * and a version number from one up.
 */
final class HeaderChecks {

  private HeaderChecks() {}

  static List<Problem> check(int schemaVersion, AccordInfo info) {
    List<Problem> problems = new ArrayList<>();
    if (schemaVersion != Accord.CURRENT_SCHEMA_VERSION) {
      problems.add(
          Problem.error(
              SourcePath.root().key("schema_version"),
              "schema version " + schemaVersion + " is not one this Accord reads",
              "write `schema_version: " + Accord.CURRENT_SCHEMA_VERSION + "`"));
    }
    SourcePath accord = SourcePath.root().key("accord");
    if (info.name().isBlank()) {
      problems.add(
          Problem.error(
              accord.key("name"),
              "the accord has no name",
              "name the accord under `accord.name`, such as `Acme revenue accord`"));
    }
    if (info.version() < 1) {
      problems.add(
          Problem.error(
              accord.key("version"),
              "accord version " + info.version() + " is below 1",
              "number the versions of the accord from 1 up"));
    }
    return problems;
  }
}
