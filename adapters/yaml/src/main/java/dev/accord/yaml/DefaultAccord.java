package dev.accord.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The accord a new user starts from, shipped inside Accord as a resource so that starting one needs
 * no template from anywhere else.
 */
public final class DefaultAccord {

  private static final String RESOURCE = "/dev/accord/yaml/default-accord.yaml";

  private DefaultAccord() {}

  /** The file's text, as shipped. */
  public static String text() {
    try (InputStream in = DefaultAccord.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The default accord " + RESOURCE + " is missing from the classpath.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the default accord " + RESOURCE, e);
    }
  }
}
