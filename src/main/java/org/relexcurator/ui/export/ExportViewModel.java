package org.relexcurator.ui.export;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.relexcurator.curation.export.CuratedProject;
import org.relexcurator.curation.export.ExportFormat;
import org.relexcurator.curation.export.ExportSummary;
import org.relexcurator.curation.export.ProjectExport;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * Exporting the project in use: the format, whether pairs without a gold label go along (for an
 * evaluation that weights the reviewed sample by the whole queue), and the outcome in words. The
 * export reads the project and writes the file in the background; the file appears whole or not at
 * all.
 */
public final class ExportViewModel {

  private final Supplier<ProjectDatabase> project;
  private final ProjectExport export;
  private final TaskExecutor executor;
  private final ObjectProperty<ExportFormat> format =
      new SimpleObjectProperty<>(this, "format", ExportFormat.JSONL);
  private final BooleanProperty everyPair = new SimpleBooleanProperty(this, "everyPair");
  private final BooleanBinding everyPairPossible =
      Bindings.createBooleanBinding(() -> format.get().holdsEveryPair(), format);
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

  /**
   * @param project the project in use when the export starts
   */
  public ExportViewModel(
      Supplier<ProjectDatabase> project, ProjectExport export, TaskExecutor executor) {
    this.project = project;
    this.export = export;
    this.executor = executor;
  }

  /** Writes the export to {@code target}: a file, or a folder for brat. */
  public void export(Path target) {
    ExportFormat chosen = format.get();
    boolean all = everyPair.get() && chosen.holdsEveryPair();
    ProjectDatabase source = project.get();
    running.set(true);
    failed.set(false);
    outcome.set("Exporting to " + target.getFileName() + "…");
    executor.submit(
        "export " + target,
        monitor -> export.export(CuratedProject.read(source), chosen, target, all),
        TaskCallbacks.of(
            this::done,
            failure -> {
              running.set(false);
              failed.set(true);
              outcome.set("Nothing was exported: " + failure.getMessage());
            }));
  }

  private void done(ExportSummary summary) {
    running.set(false);
    StringBuilder text =
        new StringBuilder(
            "Exported "
                + count(summary.pairs(), "pair")
                + " ("
                + summary.goldPairs()
                + " with a gold label)"
                + (summary.documents() > 0 ? " in " + count(summary.documents(), "document") : "")
                + " to "
                + summary.target()
                + ".");
    if (summary.testModelPairs() > 0) {
      text.append(' ')
          .append(summary.testModelPairs())
          .append(" carry a test model's" + " predictions (")
          .append(ModelDescription.TEST_MODEL_WARNING)
          .append(").");
    }
    if (!summary.missingPairs().isEmpty()) {
      text.append(' ')
          .append(summary.missingPairs().size())
          .append(
              " decided pairs are not in"
                  + " the project and could not be written: open their corpus again to add them.");
    }
    outcome.set(text.toString());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  public ObjectProperty<ExportFormat> formatProperty() {
    return format;
  }

  /** Whether pairs without a gold label go along; only JSONL and CSV can hold them. */
  public BooleanProperty everyPairProperty() {
    return everyPair;
  }

  public BooleanBinding everyPairPossibleProperty() {
    return everyPairPossible;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** What the last export did, or why it did nothing. */
  public ReadOnlyStringProperty outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }
}
