package org.relexcurator.ui.help;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.inference.ModelDescription;

/**
 * What Help → About says: the program's version, the Java and JavaFX it runs on, and the model in
 * use, with the test-model warning when the model is one.
 *
 * @param version the program's version, "development" when run from classes
 * @param model the model in use, or {@code null} when none is loaded
 */
public record AboutInfo(String version, String java, String javafx, ModelDescription model) {

  /** The version from the jar's manifest, as the command line's --version gives it. */
  public static String programVersion() {
    String version = AboutInfo.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  public static AboutInfo current(ModelDescription model) {
    return new AboutInfo(
        programVersion(),
        System.getProperty("java.version", "?"),
        System.getProperty("javafx.runtime.version", "?"),
        model);
  }

  public String title() {
    return "RelEx Curator " + version;
  }

  /** Lines about the model in use. */
  public List<String> modelLines() {
    if (model == null) {
      return List.of("Model: none loaded yet.");
    }
    List<String> lines = new ArrayList<>();
    lines.add("Model: " + model.name());
    lines.add("Folder: " + model.location());
    lines.add("Runs on: " + model.device());
    lines.add("Labels: " + model.labels().size());
    lines.add("Fingerprint: " + model.fingerprint());
    return lines;
  }

  /** The test-model warning, or {@code null} for a real model. */
  public String warning() {
    return model != null && model.testModel() ? ModelDescription.TEST_MODEL_WARNING : null;
  }

  public String text() {
    List<String> lines = new ArrayList<>();
    lines.add("Review the predictions of a biomedical relation-extraction model, offline.");
    lines.add("");
    lines.addAll(modelLines());
    lines.add("");
    lines.add("Java " + java + ", JavaFX " + javafx);
    return String.join("\n", lines);
  }
}
