package dev.accord.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape of the core: the accord composes the features, the features know nothing of the accord
 * nor go round in circles, and what a feature keeps internal stays inside it.
 */
@AnalyzeClasses(packages = "dev.accord.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featuresDoNotKnowTheAccord =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.accord.core.accord..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.accord.core.accord..");

  @ArchTest
  static final ArchRule featuresDoNotGoRoundInCircles =
      slices().matching("dev.accord.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theCoreNeedsOnlyTheJdk =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.accord.core..", "java..");

  @ArchTest
  static final ArchRule internalsStayInsideTheirFeature =
      classes().should(useNoOtherFeaturesInternals());

  private static ArchCondition<JavaClass> useNoOtherFeaturesInternals() {
    return new ArchCondition<>("use no other feature's internal package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          int internal = (target + ".").indexOf(".internal.");
          if (internal >= 0 && !origin.getPackageName().startsWith(target.substring(0, internal))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
