package dev.accord.core.scorecard;

import static dev.accord.core.shared.KnownIds.quote;

import dev.accord.core.lifecycle.Lifecycle;
import dev.accord.core.shared.Declaration;
import dev.accord.core.shared.KnownIds;
import dev.accord.core.shared.Problem;
import dev.accord.core.shared.SourcePath;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on the dimensions KPIs are broken down by: each declared once, and a field dimension
 * reading a field that some object has.
 */
public final class DimensionChecks {

  private static final SourcePath DIMENSIONS = SourcePath.root().key("dimensions");

  private DimensionChecks() {}

  public static List<Problem> check(List<Dimension> dimensions, Lifecycle lifecycle) {
    List<Problem> problems =
        new ArrayList<>(
            Declaration.problemsAmong(
                "dimension", Declaration.of(dimensions, Dimension::id, DIMENSIONS)));
    KnownIds fields = lifecycle.allFieldIds();
    for (int i = 0; i < dimensions.size(); i++) {
      Dimension dimension = dimensions.get(i);
      if (dimension.source() instanceof Dimension.FieldValue(String field)) {
        fields
            .unknown(
                field,
                DIMENSIONS.index(i).key("field"),
                "dimension "
                    + quote(dimension.id())
                    + " reads field "
                    + quote(field)
                    + ", which no object has")
            .ifPresent(problems::add);
      }
    }
    return problems;
  }
}
