package dev.accord.importer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The importer turns files into events and nothing more: storing them is the storage adapter's job,
 * and the command line composes the two. So it reaches no database and no outer layer.
 */
@AnalyzeClasses(
    packages = "dev.accord.importer",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ImporterArchitectureTest {

  @ArchTest
  static final ArchRule writes_to_no_database =
      noClasses()
          .that()
          .resideInAPackage("dev.accord.importer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.sql..", "javax.sql..", "dev.accord.storage..", "dev.accord.cli..");
}
