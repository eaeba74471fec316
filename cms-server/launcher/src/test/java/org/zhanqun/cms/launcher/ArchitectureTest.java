package org.zhanqun.cms.launcher;

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
 * The launcher's package rules, as its package-info.java files state them, checked on the compiled
 * main classes. The command line is the top package {@code org.zhanqun.cms.launcher} itself; {@code
 * runtime} importing nothing of it keeps it out of every cycle.
 */
@AnalyzeClasses(
    packages = "org.zhanqun.cms.launcher",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String COMMAND_LINE = "org.zhanqun.cms.launcher";
  private static final String RUNTIME = "org.zhanqun.cms.launcher.runtime..";

  @ArchTest
  static final ArchRule packagesFormNoCycles =
      slices().matching("org.zhanqun.cms.launcher.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theRuntimeImportsNothingOfTheCommandLine =
      noClasses()
          .that()
          .resideInAPackage(RUNTIME)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(COMMAND_LINE)
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  /** Progress goes to the caller's sink, diagnostics and the child's output to log files. */
  @ArchTest
  static final ArchRule theRuntimeNeverWritesToTheConsole =
      noClasses()
          .that()
          .resideInAPackage(RUNTIME)
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(System.class, "console")
          .orShould()
          .accessField(ProcessBuilder.Redirect.class, "INHERIT");

  @ArchTest
  static final ArchRule theCommandLineRunsThingsOnlyThroughTheRuntime =
      noClasses()
          .that()
          .resideInAPackage(COMMAND_LINE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.zhanqun.embedded..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(ProcessBuilder.class, Process.class);

  /**
   * Payara Micro, the WAR and the Solr node run in child processes and are not on the launcher's
   * class path (the pom keeps them in provided scope): a reference would compile and then fail at
   * run time.
   */
  @ArchTest
  static final ArchRule nothingReferencesWhatRunsInAChildProcess =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("fish.payara..", "org.zhanqun.solrnode..", "org.apache.solr..")
                  .or(
                      resideInAPackage("org.zhanqun.cms..")
                          .and(resideOutsideOfPackages("org.zhanqun.cms.launcher.."))));

  /** {@code zhanqun build} and {@code zhanqun audit} are those modules' own commands. */
  @ArchTest
  static final ArchRule theBuilderAndTheAuditAreReachedOnlyThroughTheirCommands =
      noClasses()
          .should()
          .dependOnClassesThat(
              resideInAnyPackage("org.zhanqun.builder..", "org.zhanqun.audit..")
                  .and(
                      resideOutsideOfPackages(
                          "org.zhanqun.builder.cli..", "org.zhanqun.audit.cli..")));
}
