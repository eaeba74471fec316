package org.zhanqun.proofreading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The proofreader is a library every door uses: it imports the content model and nothing of the
 * builder, the server or the audit, and its matching library stays behind {@link Proofreader}.
 */
@AnalyzeClasses(
    packages = "org.zhanqun.proofreading",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theProofreaderImportsNoDoor =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.proofreading..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.zhanqun.builder..", "org.zhanqun.cms..", "org.zhanqun.audit..");

  @ArchTest
  static final ArchRule onlyTheProofreaderUsesTheAutomaton =
      noClasses()
          .that()
          .resideInAPackage("org.zhanqun.proofreading..")
          .and()
          .doNotHaveSimpleName("Proofreader")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.hankcs..");
}
