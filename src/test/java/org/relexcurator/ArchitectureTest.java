package org.relexcurator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of docs/architecture.md: dependencies point from ui/cli down to model. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.relexcurator");
  }

  @Test
  void modelIsFreeOfJavaFxDjlAndFormatLibraries() {
    noClasses().that().resideInAPackage("org.relexcurator.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "javafx..", "ai.djl..", "com.fasterxml..", "org.apache.commons.csv..", "picocli..",
            "org.relexcurator.io..", "org.relexcurator.inference..", "org.relexcurator.curation..",
            "org.relexcurator.task..", "org.relexcurator.ui..", "org.relexcurator.cli..")
        .check(classes);
  }

  @Test
  void onlyUiUsesJavaFx() {
    noClasses().that().resideOutsideOfPackages("org.relexcurator.ui..")
        .should().dependOnClassesThat().resideInAPackage("javafx..")
        .check(classes);
  }

  @Test
  void logicPackagesDoNotUseUiOrCli() {
    noClasses().that().resideInAnyPackage(
            "org.relexcurator.io..", "org.relexcurator.inference..",
            "org.relexcurator.curation..", "org.relexcurator.task..",
            "org.relexcurator.pipeline..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.relexcurator.ui..", "org.relexcurator.cli..")
        .check(classes);
  }

  @Test
  void onlyTheDjlPackageUsesDjl() {
    noClasses().that().resideOutsideOfPackages("org.relexcurator.inference.djl..")
        .should().dependOnClassesThat().resideInAPackage("ai.djl..")
        .check(classes);
  }

  @Test
  void onlyTheProjectFileUsesSqlite() {
    noClasses().that().resideOutsideOfPackages("org.relexcurator.curation.project..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "java.sql..")
        .check(classes);
  }

  @Test
  void formatsDoNotDependOnInference() {
    noClasses().that().resideInAPackage("org.relexcurator.io..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.relexcurator.inference..", "org.relexcurator.curation..")
        .check(classes);
  }
}
