package dev.accord.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decodes a whole file once, strictly, before any row is read, so that a file in another encoding
 * than the mapping says is refused up front with the first byte that gives it away — not halfway
 * through an import. It streams in 64 KiB chunks, so it holds no more than that of the file.
 */
final class EncodingCheck {

  /**
   * The first byte sequence that is no character of the encoding.
   *
   * @param offset its offset in the file, counted from 0
   * @param line its line, counted from 1
   * @param column its byte in the line, counted from 1
   * @param bytes the offending bytes, in hex
   */
  record Malformed(long offset, long line, long column, String bytes) {}

  private EncodingCheck() {}

  static Optional<Malformed> firstMalformed(Path file, Charset encoding) throws IOException {
    CharsetDecoder decoder =
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(65_536);
    CharBuffer out = CharBuffer.allocate(65_536);
    long consumed = 0;
    long line = 1;
    long lineStart = 0;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (true) {
        if (!end) {
          int read = stream.read(in.array(), in.position(), in.remaining());
          if (read < 0) {
            end = true;
          } else {
            in.position(in.position() + read);
          }
        }
        in.flip();
        int start = in.position();
        CoderResult result = decoder.decode(in, out, end);
        for (int i = start; i < in.position(); i++) {
          if (in.get(i) == '\n') {
            line++;
            lineStart = consumed + (i - start) + 1;
          }
        }
        if (result.isError()) {
          byte[] bad = new byte[result.length()];
          in.get(in.position(), bad);
          long offset = consumed + (in.position() - start);
          return Optional.of(
              new Malformed(
                  offset, line, offset - lineStart + 1, HexFormat.ofDelimiter(" ").formatHex(bad)));
        }
        consumed += in.position() - start;
        out.clear();
        in.compact();
        if (end && in.position() == 0) {
          CoderResult flushed = decoder.flush(out);
          return flushed.isError()
              ? Optional.of(new Malformed(consumed, line, consumed - lineStart + 1, ""))
              : Optional.empty();
        }
      }
    }
  }
}
