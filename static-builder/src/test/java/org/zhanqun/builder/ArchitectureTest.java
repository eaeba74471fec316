package org.zhanqun.builder;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The builder's package rules, checked on the compiled main classes: no cycles between packages;
 * the {@code site} and {@code page} models know nothing of the rest of the builder and do no I/O;
 * FreeMarker stays in {@code template}, Flexmark in {@code markdown}; only {@code Main} reaches the
 * command line. A rule about a package that no longer has classes fails (ArchUnit's {@code
 * failOnEmptyShould}), so renaming a package cannot silently turn a rule off.
 */
@AnalyzeClasses(
    packages = "org.zhanqun.builder",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String BUILDER = "org.zhanqun.builder..";
  private static final String PAGE = "org.zhanqun.builder.page..";
  private static final String SITE = "org.zhanqun.builder.site..";

  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices().matching("org.zhanqun.builder.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theSiteModelImportsNothingElseOfTheBuilder =
      noClasses()
          .that()
          .resideInAPackage(SITE)
          .should()
          .dependOnClassesThat(resideInAPackage(BUILDER).and(resideOutsideOfPackages(SITE)));

  @ArchTest
  static final ArchRule thePageModelImportsNothingOfTheBuilderButTheSiteModel =
      noClasses()
          .that()
          .resideInAPackage(PAGE)
          .should()
          .dependOnClassesThat(resideInAPackage(BUILDER).and(resideOutsideOfPackages(PAGE, SITE)));

  @ArchTest
  static final ArchRule theModelsDoNoInputOrOutput =
      noClasses()
          .that()
          .resideInAnyPackage(PAGE, SITE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "java.io..", "java.nio.file..", "java.nio.channels..", "java.net.http..");

  @ArchTest
  static final ArchRule onlyTemplatesUseFreeMarker =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.builder.template..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("freemarker..");

  @ArchTest
  static final ArchRule onlyMarkdownUsesFlexmark =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.builder.markdown..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vladsch.flexmark..");

  @ArchTest
  static final ArchRule nothingButMainUsesTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.builder.cli..")
          .and()
          .doNotHaveFullyQualifiedName(Main.class.getName())
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.zhanqun.builder.cli..");
}
