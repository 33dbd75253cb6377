package dev.accord.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a data file as text in its declared encoding, strictly: a byte that is no character of the
 * encoding is an error, never a silent replacement character. A leading byte-order mark is dropped.
 */
final class TextInput {

  private TextInput() {}

  static Reader open(Path file, Charset encoding) throws IOException {
    Reader decoded =
        new InputStreamReader(
            Files.newInputStream(file),
            encoding
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    PushbackReader reader = new PushbackReader(decoded, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }
}
