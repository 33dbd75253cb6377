package dev.accord.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inwards: the CLI uses the adapters and the core, never the reverse; the server
 * knows nothing of the accord file or the CLI that composes it.
 */
@AnalyzeClasses(packages = "dev.accord", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

  @ArchTest
  static final ArchRule layers_point_inwards =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Core")
          .definedBy("dev.accord.core..")
          .layer("Accord file")
          .definedBy("dev.accord.yaml..")
          .layer("Web")
          .definedBy("dev.accord.web..")
          .layer("CLI")
          .definedBy("dev.accord.cli..")
          .whereLayer("CLI")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Web")
          .mayOnlyBeAccessedByLayers("CLI")
          .whereLayer("Accord file")
          .mayOnlyBeAccessedByLayers("CLI")
          .whereLayer("Core")
          .mayOnlyBeAccessedByLayers("Accord file", "Web", "CLI");
}
