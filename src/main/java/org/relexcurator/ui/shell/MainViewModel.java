package org.relexcurator.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relexcurator.model.Problem;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The window's state: the open corpus, the problems met reading it, and the background work the
 * status bar shows. Opening a file reads, splits and pairs it off the UI thread; a failure becomes
 * a short message with its detail one click away, never a crash.
 */
public final class MainViewModel {

  private final TaskExecutor executor;
  private final CorpusPreparation preparation;
  private final RecentFiles recent;

  private final ObjectProperty<PreparedCorpus> corpus = new SimpleObjectProperty<>();
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("Open a corpus to begin.");
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty errorDetail = new SimpleStringProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final DoubleProperty progress = new SimpleDoubleProperty();
  private RunningTask running;

  public MainViewModel(TaskExecutor executor, CorpusPreparation preparation, RecentFiles recent) {
    this.executor = executor;
    this.preparation = preparation;
    this.recent = recent;
  }

  /**
   * Reads, splits and pairs a file in the background; the previous corpus stays until it is done.
   */
  public void open(Path file) {
    cancel();
    busy.set(true);
    progress.set(-1);
    error.set(null);
    status.set("Reading " + file.getFileName() + "…");
    running =
        executor.submit(
            "open " + file,
            monitor -> {
              PreparedCorpus prepared = preparation.prepare(file);
              monitor.checkCancelled();
              return prepared;
            },
            TaskCallbacks.of(prepared -> opened(file, prepared), failure -> failed(file, failure)));
  }

  private void opened(Path file, PreparedCorpus prepared) {
    busy.set(false);
    progress.set(0);
    Runnable saveRecent = recent.add(file);
    executor.submit(
        "remember " + file,
        monitor -> {
          saveRecent.run();
          return null;
        },
        TaskCallbacks.of(done -> {}, failure -> {}));
    problems.setAll(prepared.problems());
    corpus.set(prepared);
    // The problems have a count of their own in the status bar.
    status.set(
        String.format(
            "%s (%s): %d documents, %d candidate pairs",
            file.getFileName(),
            prepared.format(),
            prepared.documents().size(),
            prepared.pairs().size()));
  }

  private void failed(Path file, Throwable failure) {
    busy.set(false);
    progress.set(0);
    if (failure instanceof CancelledException) {
      status.set("Opening " + file.getFileName() + " cancelled.");
      return;
    }
    status.set("Could not open " + file.getFileName() + ".");
    error.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    errorDetail.set(stackTrace(failure));
  }

  private static String stackTrace(Throwable failure) {
    java.io.StringWriter text = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }

  public void cancel() {
    if (running != null && !running.isDone()) {
      running.cancel();
    }
  }

  /** Shows a short error in the status bar, with no technical detail behind it. */
  public void reportError(String message) {
    error.set(message);
    errorDetail.set(message);
  }

  public void dismissError() {
    error.set(null);
    errorDetail.set(null);
  }

  public ObjectProperty<PreparedCorpus> corpusProperty() {
    return corpus;
  }

  public ObservableList<Problem> problems() {
    return problems;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty errorDetailProperty() {
    return errorDetail;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  public List<Path> recentFiles() {
    return recent.files();
  }

  public RecentFiles recent() {
    return recent;
  }
}
