package dev.accord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build stamped into the jar. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {
      "accord " + properties.getProperty("version", "unknown"),
      "accord file schema version " + dev.accord.core.accord.Accord.CURRENT_SCHEMA_VERSION,
      "Java " + Runtime.version()
    };
  }
}
