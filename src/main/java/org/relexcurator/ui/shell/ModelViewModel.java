package org.relexcurator.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DjlRelationClassifier;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The model the window scores pairs with. Loading runs in the background; until a model is loaded,
 * nothing is scored. {@link #loadDefault} takes synthetic_relex from the Hugging Face cache when a
 * curator once ran it in Python, and otherwise a random test model — which the status bar and every
 * prediction view then mark as such.
 */
public final class ModelViewModel {

  /** The Hugging Face repository of the target model. */
  public static final String TARGET_MODEL = "Glasgow-AI4BioMed/synthetic_relex";

  private final TaskExecutor executor;
  private ClassifierSettings settings;
  private final String defaultModel;
  private final ObjectProperty<RelationClassifier> classifier = new SimpleObjectProperty<>();
  private final StringProperty status = new SimpleStringProperty("No model loaded");
  private final ReadOnlyStringWrapper loadFailure = new ReadOnlyStringWrapper("");

  /**
   * @param defaultModel the folder or repository id {@link #loadDefault} tries first, normally
   *     {@link #TARGET_MODEL}
   */
  public ModelViewModel(TaskExecutor executor, ClassifierSettings settings, String defaultModel) {
    this.executor = executor;
    this.settings = settings;
    this.defaultModel = defaultModel;
  }

  /** How the next model loaded runs (device, threads, batch size); a loaded one keeps its own. */
  public void useSettings(ClassifierSettings settings) {
    this.settings = settings;
  }

  /** The default model (from the Hugging Face cache), else the test model in the app's folder. */
  public void loadDefault() {
    load(defaultModel, true);
  }

  /** A model folder (or repository id) chosen by the curator. */
  public void load(String model) {
    load(model, false);
  }

  private void load(String model, boolean fallBackToTestModel) {
    ClassifierSettings settings = this.settings;
    status.set("Loading model " + model + "…");
    loadFailure.set("");
    executor.submit(
        "load model " + model,
        monitor -> {
          try {
            return DjlRelationClassifier.open(model, settings);
          } catch (ClassificationException e) {
            if (!fallBackToTestModel) {
              throw e;
            }
            Path testModel = AppFolders.dataHome().resolve("test-model");
            if (!Files.exists(testModel.resolve("config.json"))) {
              TestModelMaker.write(testModel, TestModelMaker.Spec.SMALL);
            }
            return DjlRelationClassifier.open(testModel.toString(), settings);
          }
        },
        TaskCallbacks.of(this::loaded, failure -> failed(model, failure)));
  }

  /**
   * The status goes back to the model still in use, so that a test model stays marked as one; the
   * failure is told apart.
   */
  private void failed(String model, Throwable failure) {
    loadFailure.set("Could not load " + model + ": " + failure.getMessage());
    RelationClassifier inUse = classifier.get();
    status.set(inUse == null ? "No model loaded" : statusOf(inUse.description()));
  }

  private void loaded(RelationClassifier loaded) {
    RelationClassifier previous = classifier.get();
    classifier.set(loaded);
    if (previous != null) {
      previous.close();
    }
    status.set(statusOf(loaded.description()));
  }

  private static String statusOf(ModelDescription description) {
    return description.testModel()
        ? "Model: " + ModelDescription.TEST_MODEL_WARNING + " (" + description.device() + ")"
        : "Model: " + description.name() + " on " + description.device();
  }

  public ReadOnlyObjectProperty<RelationClassifier> classifierProperty() {
    return classifier;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** Why the last load failed; empty while loading and after a load that worked. */
  public ReadOnlyStringProperty loadFailureProperty() {
    return loadFailure.getReadOnlyProperty();
  }

  /** Frees the loaded model. */
  public void close() {
    if (classifier.get() != null) {
      classifier.get().close();
    }
  }
}
