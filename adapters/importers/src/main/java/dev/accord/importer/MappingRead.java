package dev.accord.importer;

import dev.accord.yaml.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a mapping file gave: the mapping when the file could be read without errors, and
 * everything wrong with it, in file order.
 */
public record MappingRead(String file, Optional<Mapping> mapping, List<Diagnostic> diagnostics) {

  public MappingRead {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(mapping, "mapping");
    diagnostics = diagnostics.stream().sorted(Diagnostic.IN_FILE_ORDER).toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
