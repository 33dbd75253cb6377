package dev.accord.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeCharacterReaderTest {

  @Test
  void anEmojiAcrossTheParsersBufferBoundaryIsReadWhole() {
    // The parser reads 1,024 characters at a time: put the emoji's two halves on either side.
    String prefix = "schema_version: 1\naccord:\n  name: \"";
    String name = "x".repeat(1023 - prefix.length()) + "\uD83D\uDE00";
    String text = prefix + name + "\"\nobjects: []\n";

    AccordFileReader.ReadResult result = new AccordFileReader().read("accord.yaml", text);

    assertThat(result.accord())
        .hasValueSatisfying(a -> assertThat(a.info().name()).isEqualTo(name));
  }
}
