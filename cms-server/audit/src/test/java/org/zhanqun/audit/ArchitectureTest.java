package org.zhanqun.audit;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The audit's package rules, as each package-info.java states them, checked on the compiled main
 * classes. The engine is the top package {@code org.zhanqun.audit} itself; the slices are its
 * sub-packages, and the rule that no sub-package but the reports and the command line imports the
 * engine keeps the engine out of every cycle too.
 */
@AnalyzeClasses(
    packages = "org.zhanqun.audit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String ENGINE = "org.zhanqun.audit";

  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices().matching("org.zhanqun.audit.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheReportsAndTheCommandLineImportTheEngine =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.zhanqun.audit.check..",
              "org.zhanqun.audit.finding..",
              "org.zhanqun.audit.link..",
              "org.zhanqun.audit.rule..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ENGINE);

  @ArchTest
  static final ArchRule checksNeverImportTheReportsOrTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.audit.check..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.zhanqun.audit.report..", "org.zhanqun.audit.cli..");

  @ArchTest
  static final ArchRule findingsImportOnlyTheRules =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.audit.finding..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.zhanqun..")
                  .and(
                      resideOutsideOfPackages(
                          "org.zhanqun.audit.finding..", "org.zhanqun.audit.rule..")));

  @ArchTest
  static final ArchRule rulesImportNothingElseOfTheAuditAndNothingOfTheBuilder =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.audit.rule..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.zhanqun.audit..")
                  .and(resideOutsideOfPackages("org.zhanqun.audit.rule..")))
          .orShould()
          .dependOnClassesThat(resideInAPackage("org.zhanqun.builder.."));

  @ArchTest
  static final ArchRule linkCheckingImportsNothingElseOfTheAuditAndNothingOfTheBuilder =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.audit.link..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.zhanqun.audit..")
                  .and(resideOutsideOfPackages("org.zhanqun.audit.link..")))
          .orShould()
          .dependOnClassesThat(resideInAPackage("org.zhanqun.builder.."));

  @ArchTest
  static final ArchRule reportsImportOnlyTheResults =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.audit.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.zhanqun.audit.check..", "org.zhanqun.audit.link..", "org.zhanqun.audit.cli..");

  @ArchTest
  static final ArchRule onlyTheCommandLineImportsTheReports =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.zhanqun.audit.report..", "org.zhanqun.audit.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.zhanqun.audit.report..");

  @ArchTest
  static final ArchRule nothingImportsTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.audit.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.zhanqun.audit.cli..");

  /** A report writes to the {@code Writer} it is given: no files, no network. */
  @ArchTest
  static final ArchRule reportsDoNoIoOfTheirOwn =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.audit.report..")
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("java.nio.file..", "java.nio.channels..", "java.net..")
                  .or(
                      resideInAPackage("java.io")
                          .and(
                              describe(
                                  "are file or console streams",
                                  c ->
                                      c.getSimpleName().startsWith("File")
                                          || c.getSimpleName().equals("RandomAccessFile")
                                          || c.getSimpleName().equals("PrintStream")))));

  @ArchTest
  static final ArchRule nothingKnowsHttpResourcesJpaOrTheSitesTemplates =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..", "jakarta.persistence..", "org.zhanqun.builder.template..");

  @ArchTest
  static final ArchRule onlyTheReportsUseTemplatesCsvAndJson =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.audit.report..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("freemarker..", "org.apache.commons.csv..", "jakarta.json..");

  @ArchTest
  static final ArchRule onlyTheCommandLineParsesOptions =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.audit.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule onlyLinkCheckingFetchesAndParsesPages =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.audit.link..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.eclipse.jetty..", "org.jsoup..", "java.net.http..");

  /** YAML is read with the content model's one line-aware reader (ADR 0013), never directly. */
  @ArchTest
  static final ArchRule yamlIsReadOnlyThroughTheModelsReader =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.audit..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.yaml.snakeyaml..");
}
