package dev.accord.yaml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of an accord file on disk: a regular file of at most {@link
 * AccordFileReader#MAX_FILE_BYTES} bytes of UTF-8 text. Anything else (no file, a directory, a
 * binary, another encoding) is turned away with a message that says what was found and where.
 */
final class FileText {

  private static final String TEXT_HINT =
      "an accord file is plain UTF-8 text; check that this is the right file, and save it as UTF-8";

  private FileText() {}

  static Optional<String> read(Path file, Findings findings) {
    if (Files.isDirectory(file)) {
      findings.error(
          Position.NONE,
          "`" + file + "` is a directory, not a file",
          "name the accord file itself, such as `" + file.resolve("accord.yaml") + "`");
      return Optional.empty();
    }
    if (!Files.exists(file)) {
      findings.error(
          Position.NONE,
          "no such file: `" + file + "`",
          "check the path; relative paths start from the current directory");
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      findings.error(
          Position.NONE,
          "`" + file + "` is not a regular file",
          "name an accord file, not a device or a pipe");
      return Optional.empty();
    }
    try {
      if (tooLarge(Files.size(file), findings)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return tooLarge(bytes.length, findings) ? Optional.empty() : decode(bytes, findings);
    } catch (AccessDeniedException denied) {
      findings.error(
          Position.NONE,
          "permission denied: cannot read `" + file + "`",
          "give yourself read access to the file");
    } catch (IOException unreadable) {
      findings.error(
          Position.NONE,
          "cannot read `" + file + "`: " + unreadable.getMessage(),
          "check that the file exists and can be read");
    }
    return Optional.empty();
  }

  /** The text of the bytes, which must be UTF-8 and hold no NUL byte; a leading BOM is dropped. */
  static Optional<String> decode(byte[] bytes, Findings findings) {
    for (int offset = 0; offset < bytes.length; offset++) {
      if (bytes[offset] == 0) {
        findings.error(
            positionOfByte(bytes, offset),
            "the file is binary, not text: it holds a NUL byte at byte offset " + offset,
            TEXT_HINT);
        return Optional.empty();
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      findings.error(
          positionOfByte(bytes, in.position()),
          "the file is not valid UTF-8: malformed bytes at byte offset " + in.position(),
          TEXT_HINT);
      return Optional.empty();
    }
    String text = out.flip().toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Refuses a file larger than an accord file ever needs to be, before reading it whole. */
  static boolean tooLarge(long size, Findings findings) {
    if (size <= AccordFileReader.MAX_FILE_BYTES) {
      return false;
    }
    findings.error(
        Position.NONE,
        String.format(
            Locale.ROOT,
            "the file is too large: %,d bytes, more than the %,d bytes (1 MiB) an accord file may"
                + " have",
            size,
            AccordFileReader.MAX_FILE_BYTES),
        "an accord file is a few hundred lines; check that this is the right file");
    return true;
  }

  /** The line and column of a byte, columns counted in characters of the line up to it. */
  private static Position positionOfByte(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new Position(line, before.codePointCount(0, before.length()) + 1);
  }
}
