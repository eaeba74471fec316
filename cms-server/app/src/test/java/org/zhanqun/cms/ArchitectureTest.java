package org.zhanqun.cms;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes. A feature is any
 * top-level package under {@code org.zhanqun.cms} other than {@code infrastructure}, found by
 * pattern, so a new package is covered without editing a list.
 */
@AnalyzeClasses(packages = "org.zhanqun.cms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String TOP_LEVEL_PACKAGES = "org.zhanqun.cms.(*)..";

  private static final DescribedPredicate<JavaClass> A_FEATURE =
      resideInAPackage("org.zhanqun.cms.*..")
          .and(not(resideInAPackage("org.zhanqun.cms.infrastructure..")))
          .as("a feature (a top-level package of org.zhanqun.cms other than infrastructure)");

  @ArchTest
  static final ArchRule topLevelPackagesFormNoCycles =
      slices().matching(TOP_LEVEL_PACKAGES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule infrastructureImportsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.cms.infrastructure..")
          .should()
          .dependOnClassesThat(A_FEATURE);

  @ArchTest
  static final ArchRule nothingReferencesTheLauncher =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.zhanqun.cms.launcher..");

  @ArchTest
  static final ArchRule onlyResourcesAndFiltersSpeakHttp =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.cms.infrastructure.rest..")
          .and()
          .haveSimpleNameNotEndingWith("Resource")
          .and()
          .haveSimpleNameNotEndingWith("Filter")
          .and()
          .haveSimpleNameNotEndingWith("Parameters")
          .and()
          .doNotHaveFullyQualifiedName(CmsApplication.class.getName())
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule onlyRepositoriesQueryTheDatabase =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.zhanqun.cms.infrastructure.persistence..")
          .and()
          .haveSimpleNameNotEndingWith("Repository")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");

  @ArchTest
  static final ArchRule modelCodeKnowsNoMarkdownOrTemplates =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.vladsch.flexmark..", "freemarker..");
}
