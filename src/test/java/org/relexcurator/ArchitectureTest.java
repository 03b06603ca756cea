package org.relexcurator;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of docs/architecture.md: dependencies point from cli and ui down to model. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.relexcurator");
  }

  @Test
  void everyPackageUsesOnlyTheLayersBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .ensureAllClassesAreContainedInArchitecture()
        .layer("cli")
        .definedBy("org.relexcurator.cli..")
        .layer("ui")
        .definedBy("org.relexcurator.ui..")
        .layer("spark")
        .definedBy("org.relexcurator.spark..")
        .layer("pipeline")
        .definedBy("org.relexcurator.pipeline..")
        .layer("curation")
        .definedBy("org.relexcurator.curation..")
        .layer("inference")
        .definedBy("org.relexcurator.inference..")
        .layer("io")
        .definedBy("org.relexcurator.io..")
        .layer("task")
        .definedBy("org.relexcurator.task..")
        .layer("model")
        .definedBy("org.relexcurator.model..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("ui")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("spark")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("pipeline")
        .mayOnlyBeAccessedByLayers("spark", "cli", "ui")
        .whereLayer("curation")
        .mayOnlyBeAccessedByLayers("cli", "ui", "pipeline")
        .whereLayer("inference")
        .mayOnlyBeAccessedByLayers("spark", "cli", "ui", "pipeline", "curation")
        .whereLayer("io")
        .mayOnlyBeAccessedByLayers("spark", "cli", "ui", "pipeline", "curation", "inference")
        .whereLayer("task")
        .mayNotAccessAnyLayer()
        .whereLayer("model")
        .mayNotAccessAnyLayer()
        .check(classes);
  }

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching("org.relexcurator.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noPackageAndItsSubPackagesUseEachOtherInACircle() {
    // Each package is its own slice here, so a parent package and a sub-package that use each
    // other (io naming io.bioc, io.bioc using io) are a cycle too.
    slices().matching("org.relexcurator.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void uiNeverUsesTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("org.relexcurator.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.relexcurator.cli..")
        .check(classes);
  }

  @Test
  void theSparkJobUsesOnlyPipelineInferenceAndWhatTheyStandOn() {
    noClasses()
        .that()
        .resideInAPackage("org.relexcurator.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.relexcurator.cli..", "org.relexcurator.ui..", "org.relexcurator.curation..")
        .check(classes);
  }

  @Test
  void nothingOutsideTheSparkJobUsesIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.relexcurator.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.relexcurator.spark..")
        .check(classes);
  }

  @Test
  void modelIsFreeOfJavaFxDjlAndFormatLibraries() {
    noClasses()
        .that()
        .resideInAPackage("org.relexcurator.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..", "ai.djl..", "com.fasterxml..", "org.apache.commons.csv..", "picocli..")
        .check(classes);
  }

  @Test
  void uiFeaturesKnowNothingOfTheShellThatLaysThemOut() {
    noClasses()
        .that()
        .resideInAPackage("org.relexcurator.ui..")
        .and()
        .resideOutsideOfPackages("org.relexcurator.ui.shell..", "org.relexcurator.ui.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.relexcurator.ui.shell..")
        .check(classes);
  }

  @Test
  void uiFeaturesDoNotUseOneAnotherExceptWelcomeUsingSettingsAndAllUsingTheKeymap() {
    slices()
        .matching("org.relexcurator.ui.(*)..")
        .should()
        .notDependOnEachOther()
        .ignoreDependency(
            resideInAPackage("org.relexcurator.ui.welcome.."),
            resideInAPackage("org.relexcurator.ui.settings.."))
        // The shell puts the features together; bench, like a front end, drives the whole window.
        .ignoreDependency(resideInAPackage("org.relexcurator.ui.shell.."), alwaysTrue())
        .ignoreDependency(resideInAPackage("org.relexcurator.ui.bench.."), alwaysTrue())
        // The keymap is the window's one table of keys, which every feature binds from.
        .ignoreDependency(alwaysTrue(), resideInAPackage("org.relexcurator.ui.keys.."))
        .check(classes);
  }

  @Test
  void viewModelsKnowNothingOfTheSceneGraph() {
    noClasses()
        .that()
        .haveNameMatching(".*ViewModel(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx.scene..")
        .check(classes);
  }

  @Test
  void onlyUiUsesJavaFx() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.relexcurator.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("javafx..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLinesUsePicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.relexcurator.cli..", "org.relexcurator.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void onlyTheDjlPackageUsesDjl() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.relexcurator.inference.djl..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ai.djl..")
        .check(classes);
  }

  @Test
  void onlyTheProjectFileUsesSqlite() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.relexcurator.curation.project..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sqlite..", "java.sql..")
        .check(classes);
  }
}
