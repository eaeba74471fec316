package org.zhanqun.cms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of docs/architecture.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "org.zhanqun.cms", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featuresFormNoCycles =
      slices().matching("org.zhanqun.cms.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule infrastructureImportsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.cms.infrastructure..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.zhanqun.cms.site..",
              "org.zhanqun.cms.content..",
              "org.zhanqun.cms.workflow..",
              "org.zhanqun.cms.history..",
              "org.zhanqun.cms.attachment..",
              "org.zhanqun.cms.security..",
              "org.zhanqun.cms.exchange..",
              "org.zhanqun.cms.search..");

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
