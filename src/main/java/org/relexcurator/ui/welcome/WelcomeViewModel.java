package org.relexcurator.ui.welcome;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.CachedModel;
import org.relexcurator.inference.djl.ModelCheckReport;
import org.relexcurator.inference.djl.ModelCheckReport.Outcome;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.task.TaskMonitor;
import org.relexcurator.ui.settings.SettingsViewModel;

/**
 * The welcome screen's state: where synthetic_relex is, what checking a model folder found, and
 * whether the screen comes back at the next start. Looking in the cache and checking run in the
 * background; a newer check supersedes an older one, whose result is then dropped.
 *
 * <p>Use it on the UI thread only.
 */
public final class WelcomeViewModel {

  /** Checks a model folder: {@code new ModelFolderCheck(settings)::check} in the app. */
  @FunctionalInterface
  public interface FolderCheck {
    ModelCheckReport check(Path folder, TaskMonitor monitor);
  }

  private final TaskExecutor executor;
  private final Supplier<CachedModel> cacheLookup;
  private final FolderCheck check;
  private final Consumer<Path> useModel;
  private final SettingsViewModel settings;

  private final ReadOnlyStringWrapper modelStatus =
      new ReadOnlyStringWrapper("Looking for synthetic_relex in the Hugging Face cache\u2026");
  private final ReadOnlyBooleanWrapper modelFound = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper checkedFolder = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper();
  private final ObservableList<ModelCheckReport.Line> report = FXCollections.observableArrayList();
  private final ObservableList<ModelCheckReport.Line> readOnlyReport =
      FXCollections.unmodifiableObservableList(report);
  private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper checkState =
      new ReadOnlyStringWrapper(
          "Looking for synthetic_relex in the Hugging Face cache; once found, its folder is"
              + " checked here.");
  private final ReadOnlyObjectWrapper<Outcome> verdictOutcome = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty showAtStart = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
  private RunningTask running;
  private long requests;

  /**
   * @param cacheLookup finds synthetic_relex in the Hugging Face cache (runs in the background)
   * @param useModel loads a folder the curator chose, once its check found nothing wrong
   * @param settings where "show at every start" is kept
   */
  public WelcomeViewModel(
      TaskExecutor executor,
      Supplier<CachedModel> cacheLookup,
      FolderCheck check,
      Consumer<Path> useModel,
      SettingsViewModel settings) {
    this.executor = executor;
    this.cacheLookup = cacheLookup;
    this.check = check;
    this.useModel = useModel;
    this.settings = settings;
    showAtStart.set(settings.current().showWelcomeAtStart());
  }

  /**
   * Looks for synthetic_relex in the cache and, if it is there and the curator has not chosen a
   * folder meanwhile, checks it.
   */
  public void start() {
    executor.submit(
        "find synthetic_relex",
        monitor -> cacheLookup.get(),
        TaskCallbacks.of(
            this::showLookup,
            failure -> {
              modelStatus.set(
                  "The Hugging Face cache could not be searched ("
                      + failure.getMessage()
                      + "). Choose the model's folder.");
              if (checkedFolder.get() == null) {
                checkState.set(
                    "No folder checked: the Hugging Face cache could not be searched. Choose"
                        + " model folder\u2026 to check one here.");
              }
            }));
  }

  private void showLookup(CachedModel cached) {
    modelFound.set(cached.found());
    if (cached.found()) {
      modelStatus.set(
          "Found "
              + cached.repository()
              + " in the Hugging Face cache: "
              + cached.snapshot()
              + ". It is loaded at every start.");
      if (checkedFolder.get() == null && !closed.get()) {
        runCheck(cached.snapshot(), false);
      }
    } else {
      if (checkedFolder.get() == null) {
        checkState.set(
            "No folder checked yet: "
                + cached.repository()
                + " is not in the Hugging Face cache. Choose model folder\u2026 to check one"
                + " here before it is used.");
      }
      modelStatus.set(
          cached.repository()
              + " is not in the Hugging Face cache ("
              + cached.hub()
              + "). Choose its folder, or download it once with: huggingface-cli"
              + " download "
              + cached.repository()
              + ". Until then, RelEx Curator scores with a"
              + " test model: "
              + ModelDescription.TEST_MODEL_WARNING
              + ".");
    }
  }

  /** Checks a folder without changing the model in use: Model → Check Model. */
  public void check(Path folder) {
    runCheck(folder, false);
  }

  /** Checks a folder the curator chose, and uses it as the model if nothing is wrong. */
  public void chooseFolder(Path folder) {
    runCheck(folder, true);
  }

  private void runCheck(Path folder, boolean chosen) {
    cancelCheck();
    long request = ++requests;
    checkedFolder.set(folder.toString());
    report.clear();
    verdict.set(null);
    verdictOutcome.set(null);
    checking.set(true);
    progress.set("Checking " + folder + "\u2026");
    checkState.set(progress.get());
    running =
        executor.submit(
            "check model " + folder,
            monitor -> check.check(folder, monitor),
            new TaskCallbacks<>(
                result -> {
                  if (request == requests) {
                    checked(result, chosen);
                  }
                },
                failure -> {
                  if (request == requests) {
                    checkFailed(failure);
                  }
                },
                (done, total, message) -> {
                  if (request == requests) {
                    progress.set("Checking " + folder + ": " + message + "\u2026");
                  }
                }));
  }

  private void checked(ModelCheckReport result, boolean chosen) {
    checking.set(false);
    progress.set(null);
    checkedFolder.set(result.folder().toString());
    report.setAll(result.lines());
    checkState.set("Checked " + result.folder() + ".");
    boolean warned = result.lines().stream().anyMatch(l -> l.outcome() == Outcome.WARNING);
    if (!result.usable()) {
      int problems = result.failures().size();
      verdictOutcome.set(Outcome.FAILED);
      verdict.set(
          problems
              + (problems == 1 ? " problem" : " problems")
              + ": this folder cannot be used as it is."
              + (chosen ? " The model in use stays as it was." : ""));
      return;
    }
    if (chosen) {
      useModel.accept(result.folder());
    }
    String inUse = chosen ? " It is now the model in use." : "";
    if (result.testModel()) {
      verdictOutcome.set(Outcome.WARNING);
      verdict.set("This is a test model. " + ModelDescription.TEST_MODEL_WARNING + "." + inUse);
    } else if (warned) {
      verdictOutcome.set(Outcome.WARNING);
      verdict.set("The model works; read the warnings above." + inUse);
    } else {
      verdictOutcome.set(Outcome.PASSED);
      verdict.set("The model is ready." + inUse);
    }
  }

  private void checkFailed(Throwable failure) {
    checking.set(false);
    progress.set(null);
    if (failure instanceof CancelledException) {
      checkState.set(
          "The check of "
              + checkedFolder.get()
              + " was cancelled. Choose model folder\u2026 to check a folder again.");
      verdict.set("Check cancelled.");
      verdictOutcome.set(null);
      return;
    }
    verdictOutcome.set(Outcome.FAILED);
    checkState.set(
        "The check of "
            + checkedFolder.get()
            + " could not finish: "
            + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
    verdict.set(
        "The check itself failed: "
            + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
  }

  public void cancelCheck() {
    if (running != null && !running.isDone()) {
      running.cancel();
    }
  }

  /** Closes the screen and remembers whether it should come back at the next start. */
  public void startReviewing() {
    if (closed.get()) {
      return;
    }
    cancelCheck();
    requests++;
    // Saved even when unchanged: the settings file existing is what marks the first run done.
    settings.put(settings.current().withShowWelcomeAtStart(showAtStart.get()));
    closed.set(true);
  }

  /** Where synthetic_relex is, or why it was not found. */
  public ReadOnlyStringProperty modelStatusProperty() {
    return modelStatus.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty modelFoundProperty() {
    return modelFound.getReadOnlyProperty();
  }

  /** The folder being checked or last checked. */
  public ReadOnlyStringProperty checkedFolderProperty() {
    return checkedFolder.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  /** What the running check is doing. */
  public ReadOnlyStringProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The last check's lines. */
  public ObservableList<ModelCheckReport.Line> report() {
    return readOnlyReport;
  }

  /**
   * What the check half of the screen says: the check running, the folder checked, or why none has
   * run; never empty.
   */
  public ReadOnlyStringProperty checkStateProperty() {
    return checkState.getReadOnlyProperty();
  }

  /** The last check in one sentence. */
  public ReadOnlyStringProperty verdictProperty() {
    return verdict.getReadOnlyProperty();
  }

  /** Passed, warning or failed for the whole check; null while none has finished. */
  public ReadOnlyObjectProperty<Outcome> verdictOutcomeProperty() {
    return verdictOutcome.getReadOnlyProperty();
  }

  public BooleanProperty showAtStartProperty() {
    return showAtStart;
  }

  /** True once the curator started reviewing; the view then closes. */
  public ReadOnlyBooleanProperty closedProperty() {
    return closed.getReadOnlyProperty();
  }
}
