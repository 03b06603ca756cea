package org.relexcurator.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.CachedModel;
import org.relexcurator.inference.djl.ModelCheckReport;
import org.relexcurator.inference.djl.ModelCheckReport.Line;
import org.relexcurator.inference.djl.ModelCheckReport.Outcome;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.StepwiseTaskExecutor;
import org.relexcurator.ui.settings.Settings;
import org.relexcurator.ui.settings.SettingsFile;
import org.relexcurator.ui.settings.SettingsViewModel;

class WelcomeViewModelTest {

  private static final String REPO = "Glasgow-AI4BioMed/synthetic_relex";

  @TempDir Path dir;

  private final List<Path> used = new ArrayList<>();
  private final List<Path> checked = new ArrayList<>();

  private static ModelCheckReport good(Path folder, boolean testModel) {
    return new ModelCheckReport(
        folder,
        testModel,
        List.of(
            new Line(Outcome.PASSED, "config.json", "present, 1.2 kB"),
            new Line(
                testModel ? Outcome.WARNING : Outcome.PASSED, "Test prediction", "treats 0.987")));
  }

  private static ModelCheckReport broken(Path folder) {
    return new ModelCheckReport(
        folder,
        false,
        List.of(
            new Line(Outcome.PASSED, "config.json", "present, 1.2 kB"),
            new Line(Outcome.FAILED, "Weights", "missing: expected model.safetensors")));
  }

  private SettingsViewModel settings(TaskExecutor executor) {
    return new SettingsViewModel(
        executor, new SettingsFile(dir.resolve("settings.json"), "a"), Settings.defaults("a"));
  }

  private WelcomeViewModel welcome(
      TaskExecutor executor, CachedModel cached, WelcomeViewModel.FolderCheck check) {
    return new WelcomeViewModel(
        executor,
        () -> cached,
        (folder, monitor) -> {
          checked.add(folder);
          return check.check(folder, monitor);
        },
        used::add,
        settings(executor));
  }

  @Test
  void aModelInTheCacheIsFoundAndCheckedButNotLoadedAgain() {
    Path snapshot = dir.resolve("hub/models--x/snapshots/r1");
    WelcomeViewModel viewModel =
        welcome(
            new SynchronousTaskExecutor(),
            new CachedModel(REPO, dir.resolve("hub"), snapshot),
            (f, m) -> good(f, false));

    viewModel.start();

    assertThat(viewModel.modelFoundProperty().get()).isTrue();
    assertThat(viewModel.modelStatusProperty().get())
        .isEqualTo(
            "Found "
                + REPO
                + " in the Hugging Face cache: "
                + snapshot
                + ". It is loaded at every start.");
    assertThat(checked).containsExactly(snapshot);
    assertThat(viewModel.checkedFolderProperty().get()).isEqualTo(snapshot.toString());
    assertThat(viewModel.report()).hasSize(2);
    assertThat(viewModel.verdictProperty().get()).isEqualTo("The model is ready.");
    assertThat(viewModel.verdictOutcomeProperty().get()).isEqualTo(Outcome.PASSED);
    assertThat(viewModel.checkingProperty().get()).isFalse();
    assertThat(used).isEmpty();
  }

  @Test
  void withoutTheModelInTheCacheTheScreenSaysWhereItLookedAndThatScoresMeanNothing() {
    Path hub = dir.resolve("hub");
    WelcomeViewModel viewModel =
        welcome(
            new SynchronousTaskExecutor(),
            new CachedModel(REPO, hub, null),
            (f, m) -> good(f, false));

    viewModel.start();

    assertThat(viewModel.modelFoundProperty().get()).isFalse();
    assertThat(viewModel.modelStatusProperty().get())
        .startsWith(REPO + " is not in the Hugging Face cache (" + hub + ").")
        .contains("huggingface-cli download " + REPO)
        .endsWith(ModelDescription.TEST_MODEL_WARNING + ".");
    assertThat(checked).isEmpty();
    assertThat(viewModel.report()).isEmpty();
  }

  @Test
  void aChosenFolderThatPassesBecomesTheModelInUse() {
    Path folder = dir.resolve("my-model");
    WelcomeViewModel viewModel =
        welcome(
            new SynchronousTaskExecutor(),
            new CachedModel(REPO, dir, null),
            (f, m) -> good(f, false));

    viewModel.chooseFolder(folder);

    assertThat(used).containsExactly(folder);
    assertThat(viewModel.verdictProperty().get())
        .isEqualTo("The model is ready. It is now the model in use.");
  }

  @Test
  void aChosenTestModelIsUsedAndItsVerdictSaysItsScoresMeanNothing() {
    Path folder = dir.resolve("test-model");
    WelcomeViewModel viewModel =
        welcome(
            new SynchronousTaskExecutor(),
            new CachedModel(REPO, dir, null),
            (f, m) -> good(f, true));

    viewModel.chooseFolder(folder);

    assertThat(used).containsExactly(folder);
    assertThat(viewModel.verdictOutcomeProperty().get()).isEqualTo(Outcome.WARNING);
    assertThat(viewModel.verdictProperty().get())
        .isEqualTo(
            "This is a test model. "
                + ModelDescription.TEST_MODEL_WARNING
                + ". It is now the model in use.");
  }

  @Test
  void aChosenFolderWithProblemsIsNotUsedAndTheVerdictCountsThem() {
    WelcomeViewModel viewModel =
        welcome(
            new SynchronousTaskExecutor(), new CachedModel(REPO, dir, null), (f, m) -> broken(f));

    viewModel.chooseFolder(dir.resolve("broken"));

    assertThat(used).isEmpty();
    assertThat(viewModel.verdictOutcomeProperty().get()).isEqualTo(Outcome.FAILED);
    assertThat(viewModel.verdictProperty().get())
        .isEqualTo(
            "1 problem: this folder cannot be"
                + " used as it is. The model in use stays as it was.");
    assertThat(viewModel.report())
        .extracting(Line::outcome)
        .containsExactly(Outcome.PASSED, Outcome.FAILED);
  }

  @Test
  void aNewerChoiceSupersedesACheckStillRunning() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    WelcomeViewModel viewModel =
        welcome(executor, new CachedModel(REPO, dir, null), (f, m) -> good(f, false));

    viewModel.chooseFolder(first);
    viewModel.chooseFolder(second);
    StepwiseTaskExecutor.Pending stale = executor.pending().get(0);
    assertThat(stale.isCancelled()).isTrue();
    executor.pending().get(1).complete();
    stale.complete();

    assertThat(viewModel.checkedFolderProperty().get()).isEqualTo(second.toString());
    assertThat(used).containsExactly(second);
  }

  @Test
  void theCacheAnsweringAfterTheCuratorChoseAFolderDoesNotStartAnotherCheck() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    Path chosen = dir.resolve("chosen");
    WelcomeViewModel viewModel =
        welcome(
            executor,
            new CachedModel(REPO, dir, dir.resolve("snapshot")),
            (f, m) -> good(f, false));

    viewModel.start();
    viewModel.chooseFolder(chosen);
    executor.pending().get(1).complete();
    executor.pending().get(0).complete();

    assertThat(checked).containsExactly(chosen);
    assertThat(viewModel.modelFoundProperty().get()).isTrue();
    assertThat(executor.pending()).isEmpty();
  }

  @Test
  void aCancelledCheckSaysSoAndUsesNothing() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    WelcomeViewModel viewModel =
        welcome(
            executor,
            new CachedModel(REPO, dir, null),
            (f, m) -> {
              m.checkCancelled();
              return good(f, false);
            });

    viewModel.chooseFolder(dir.resolve("slow"));
    assertThat(viewModel.checkingProperty().get()).isTrue();
    viewModel.cancelCheck();
    executor.pending().get(0).complete();

    assertThat(viewModel.checkingProperty().get()).isFalse();
    assertThat(viewModel.verdictProperty().get()).isEqualTo("Check cancelled.");
    assertThat(used).isEmpty();
  }

  @Test
  void aCheckThatThrowsSaysSoInsteadOfCrashing() {
    WelcomeViewModel viewModel =
        welcome(
            new SynchronousTaskExecutor(),
            new CachedModel(REPO, dir, null),
            (f, m) -> {
              throw new IllegalStateException("disk on fire");
            });

    viewModel.chooseFolder(dir.resolve("x"));

    assertThat(viewModel.verdictProperty().get())
        .isEqualTo("The check itself failed: disk on fire");
    assertThat(viewModel.checkingProperty().get()).isFalse();
  }

  @Test
  void startingToReviewClosesTheScreenAndSavesTheChoiceOnce() throws Exception {
    SettingsFile file = new SettingsFile(dir.resolve("settings.json"), "a");
    SynchronousTaskExecutor executor = new SynchronousTaskExecutor();
    SettingsViewModel settings = new SettingsViewModel(executor, file, Settings.defaults("a"));
    WelcomeViewModel viewModel =
        new WelcomeViewModel(
            executor,
            () -> new CachedModel(REPO, dir, null),
            (f, m) -> good(f, false),
            used::add,
            settings);
    assertThat(viewModel.showAtStartProperty().get()).isFalse();

    viewModel.showAtStartProperty().set(true);
    viewModel.startReviewing();
    viewModel.showAtStartProperty().set(false);
    viewModel.startReviewing();

    assertThat(viewModel.closedProperty().get()).isTrue();
    assertThat(file.load().existed()).isTrue();
    assertThat(file.load().settings().showWelcomeAtStart()).isTrue();
    assertThat(settings.current().showWelcomeAtStart()).isTrue();
  }
}
