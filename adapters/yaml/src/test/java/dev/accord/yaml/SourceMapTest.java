package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.shared.SourcePath;
import org.junit.jupiter.api.Test;

/** The core names places by path; the source map must turn them back into lines and columns. */
class SourceMapTest {

  private static final String TEXT =
      """
      schema_version: 1
      accord: {name: Acme}
      objects:
        - id: lead
          pipelines:
            - id: inbound
              stages: [{id: new}, {id: mql}, {id: lost}]
              transitions:
                - from: new
                  to: mql
                - from: [new, mql]
                  to: lost
                  kind: lost
      """;

  private final SourceMap map = new AccordFileReader().read("accord.yaml", TEXT).sourceMap();

  private static final SourcePath TRANSITIONS =
      SourcePath.root().key("objects").index(0).key("pipelines").index(0).key("transitions");

  @Test
  void aPathResolvesToTheStartOfItsValue() {
    assertThat(map.positionOf(TRANSITIONS.index(0).key("to"))).isEqualTo(new Position(10, 17));
    assertThat(map.positionOf(TRANSITIONS.index(1).key("kind"))).isEqualTo(new Position(13, 19));
    assertThat(map.positionOf(SourcePath.parse("objects[0].pipelines[0].stages[2].id")))
        .isEqualTo(new Position(7, 45));
  }

  @Test
  void aListFromResolvesEntryByEntry() {
    assertThat(map.positionOf(TRANSITIONS.index(1).key("from").index(1)))
        .isEqualTo(new Position(11, 25));
  }

  @Test
  void aSingleFromResolvesAsTheFirstEntryOfTheList() {
    // `from: new` is the same as `from: [new]`, so the validator's from[0] lands on `new`.
    assertThat(map.positionOf(TRANSITIONS.index(0).key("from").index(0)))
        .isEqualTo(new Position(9, 19));
  }

  @Test
  void aPathWithNothingWrittenFallsBackToItsNearestWrittenAncestor() {
    // The first transition leaves `kind` to its default: point at the transition itself.
    assertThat(map.positionOf(TRANSITIONS.index(0).key("kind"))).isEqualTo(new Position(9, 13));
    assertThat(map.positionOf(SourcePath.root().key("routing").key("rules").index(3)))
        .isEqualTo(new Position(1, 1));
  }

  @Test
  void theRootIsTheStartOfTheDocument() {
    assertThat(map.positionOf(SourcePath.root())).isEqualTo(new Position(1, 1));
  }

  @Test
  void aFileThatCouldNotBeReadHasNoPositions() {
    SourceMap unread = new AccordFileReader().read("accord.yaml", "a: [").sourceMap();

    assertThat(unread.positionOf(TRANSITIONS.index(0))).isEqualTo(Position.NONE);
  }
}
