package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.core.accord.Accord;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The writer and the reader speak the same file format: whatever accord is written, reading the
 * text back gives the same accord, without a single error.
 */
class RoundTripProperties {

  private final AccordFileReader reader = new AccordFileReader();

  @Property
  void readingWhatWasWrittenGivesTheSameAccord(@ForAll("accords") Accord accord) {
    String text = AccordYamlWriter.write(accord);

    AccordFileReader.ReadResult result = reader.read("accord.yaml", text);

    assertThat(result.diagnostics()).as(text).noneMatch(Diagnostic::isError);
    assertThat(result.accord()).as(text).contains(accord);
  }

  @Provide
  Arbitrary<Accord> accords() {
    return AccordArbitraries.accords();
  }
}
