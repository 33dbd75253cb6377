package dev.accord.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that keep the core a pure domain: they fail the build the day someone lets I/O, a
 * framework or a hidden clock in, or lets one feature reach into another's internals.
 */
@AnalyzeClasses(packages = "dev.accord.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  private static final String CORE = "dev.accord.core..";

  @ArchTest
  static final ArchRule core_uses_only_the_jdk_and_itself =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(CORE, "java.lang..", "java.util..", "java.time..", "java.math..")
          .because("the core is the domain alone: no framework, no I/O, no JDBC, no HTTP");

  @ArchTest
  static final ArchRule core_never_reads_the_wall_clock =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .callMethodWhere(readsTheWallClock())
          .because("time is an input: an injected clock makes every result reproducible");

  @ArchTest
  static final ArchRule features_do_not_form_cycles =
      slices().matching("dev.accord.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule features_do_not_depend_on_the_accord_aggregate =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .and()
          .resideOutsideOfPackage("dev.accord.core.accord..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.accord.core.accord..")
          .because("the accord composes the features; a feature is understood on its own");

  @ArchTest
  static final ArchRule internals_stay_inside_their_feature =
      classes()
          .that()
          .resideInAPackage("dev.accord.core.*.internal..")
          .should(onlyBeUsedWithinTheirOwnFeature());

  private static DescribedPredicate<JavaMethodCall> readsTheWallClock() {
    return DescribedPredicate.describe(
        "a wall-clock read",
        call -> {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          boolean now = name.equals("now") && owner.startsWith("java.time.");
          boolean system =
              owner.equals("java.lang.System")
                  && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
          boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
          return now || system || systemClock;
        });
  }

  private static ArchCondition<JavaClass> onlyBeUsedWithinTheirOwnFeature() {
    Pattern feature = Pattern.compile("dev\\.accord\\.core\\.([^.]+)\\..*");
    return new ArchCondition<>("only be used within their own feature") {
      @Override
      public void check(JavaClass internal, ConditionEvents events) {
        String owner = featureOf(feature, internal.getPackageName() + ".");
        internal.getDirectDependenciesToSelf().stream()
            .filter(use ->
                !owner.equals(featureOf(feature, use.getOriginClass().getPackageName() + ".")))
            .forEach(use ->
                events.add(
                    SimpleConditionEvent.violated(
                        use, use.getDescription() + " reaches into feature " + owner)));
      }
    };
  }

  private static String featureOf(Pattern feature, String packageName) {
    Matcher matcher = feature.matcher(packageName);
    return matcher.matches() ? matcher.group(1) : "";
  }

  /** Kept so a changed rule that matches no class at all fails loudly instead of passing. */
  @ArchTest
  static void the_core_has_feature_packages(JavaClasses classes) {
    org.assertj.core.api.Assertions.assertThat(
            classes.stream().map(JavaClass::getPackageName).distinct())
        .contains(
            "dev.accord.core.accord",
            "dev.accord.core.lifecycle",
            "dev.accord.core.routing",
            "dev.accord.core.sla",
            "dev.accord.core.scorecard",
            "dev.accord.core.governance");
  }
}
