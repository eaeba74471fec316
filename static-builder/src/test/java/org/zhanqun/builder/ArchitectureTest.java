package org.zhanqun.builder;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;

/**
 * The builder's and the content model's package rules, checked on the compiled main classes: no
 * cycles between packages; the content model (ADR 0013) imports nothing of the builder and does no
 * I/O, and the {@code page} model knows nothing of the rest of the builder and does no I/O either;
 * FreeMarker stays in {@code template} and {@code report}, Flexmark in {@code markdown}; only
 * {@code Main} reaches the command line. A rule about a package that no longer has classes fails
 * (ArchUnit's {@code failOnEmptyShould}), so renaming a package cannot silently turn a rule off.
 */
@AnalyzeClasses(
    packages = {"org.zhanqun.builder", "org.zhanqun.model"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String BUILDER = "org.zhanqun.builder..";
  private static final String PAGE = "org.zhanqun.builder.page..";
  private static final String MODEL = "org.zhanqun.model..";

  /** Input and output; a {@link Path} held as a value (a form file's location) is not. */
  private static final DescribedPredicate<JavaClass> INPUT_OR_OUTPUT =
      resideInAnyPackage("java.io..", "java.nio.channels..", "java.net.http..")
          .or(resideInAPackage("java.nio.file..").and(not(type(Path.class))))
          .as("input or output");

  @ArchTest
  static final ArchRule builderPackagesFormNoCycles =
      slices().matching("org.zhanqun.builder.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule modelPackagesFormNoCycles =
      slices().matching("org.zhanqun.model.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theModelImportsNothingOfTheBuilder =
      noClasses()
          .that()
          .resideInAPackage(MODEL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(BUILDER, "org.zhanqun.cms..", "org.zhanqun.audit..");

  @ArchTest
  static final ArchRule thePageModelImportsNothingElseOfTheBuilder =
      noClasses()
          .that()
          .resideInAPackage(PAGE)
          .should()
          .dependOnClassesThat(resideInAPackage(BUILDER).and(resideOutsideOfPackage(PAGE)));

  @ArchTest
  static final ArchRule theModelsDoNoInputOrOutput =
      noClasses()
          .that()
          .resideInAnyPackage(PAGE, MODEL)
          .should()
          .dependOnClassesThat(INPUT_OR_OUTPUT);

  @ArchTest
  static final ArchRule onlyTemplatesAndReportsUseFreeMarker =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.zhanqun.builder.template..", "org.zhanqun.builder.report..")
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
