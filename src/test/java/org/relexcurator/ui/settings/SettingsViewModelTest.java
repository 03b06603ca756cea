package org.relexcurator.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.ui.StepwiseTaskExecutor;

class SettingsViewModelTest {

  @TempDir Path dir;

  private final Settings initial = Settings.defaults("alice");

  private SettingsFile file() {
    return new SettingsFile(dir.resolve("settings.json"), "alice");
  }

  @Test
  void theFormStartsAsTheSettingsInForceAndIsUnchanged() {
    SettingsViewModel viewModel =
        new SettingsViewModel(new SynchronousTaskExecutor(), file(), initial);

    assertThat(viewModel.themeProperty().get()).isEqualTo(Theme.LIGHT);
    assertThat(viewModel.fontSizeProperty().get()).isEqualTo(13);
    assertThat(viewModel.curatorNameProperty().get()).isEqualTo("alice");
    assertThat(viewModel.threadsProperty().get()).isEqualTo(Settings.AUTOMATIC_THREADS);
    assertThat(viewModel.changedProperty().get()).isFalse();
    assertThat(viewModel.specsDescription().get()).startsWith("Bundled");
  }

  @Test
  void applyingPutsTheFormInForceTellsObserversAndSavesIt() {
    SettingsFile file = file();
    SettingsViewModel viewModel =
        new SettingsViewModel(new SynchronousTaskExecutor(), file, initial);
    List<Settings> seen = new ArrayList<>();
    viewModel.currentProperty().addListener((o, old, now) -> seen.add(now));

    viewModel.themeProperty().set(Theme.DARK);
    viewModel.fontSizeProperty().set(16);
    viewModel.curatorNameProperty().set("  bob ");
    viewModel.deviceProperty().set(DeviceChoice.CPU);
    viewModel.markerModeProperty().set(MarkerMode.ALL_OCCURRENCES);
    assertThat(viewModel.changedProperty().get()).isTrue();
    boolean applied = viewModel.apply();

    Settings expected =
        new Settings(
            DeviceChoice.CPU,
            0,
            16,
            MarkerMode.ALL_OCCURRENCES,
            null,
            "bob",
            Theme.DARK,
            16,
            false);
    assertThat(applied).isTrue();
    assertThat(seen).containsExactly(expected);
    assertThat(viewModel.curatorNameProperty().get()).isEqualTo("bob");
    assertThat(viewModel.changedProperty().get()).isFalse();
    assertThat(file.load().settings()).isEqualTo(expected);
    assertThat(viewModel.saveProblemProperty().get()).isNull();
  }

  @Test
  void anInvalidFormIsRefusedWithAMessageAndNothingChangesOrIsSaved() {
    SettingsFile file = file();
    SettingsViewModel viewModel =
        new SettingsViewModel(new SynchronousTaskExecutor(), file, initial);

    viewModel.curatorNameProperty().set("   ");
    viewModel.themeProperty().set(Theme.DARK);
    boolean applied = viewModel.apply();

    assertThat(applied).isFalse();
    assertThat(viewModel.messageProperty().get())
        .isEqualTo("Curator name is empty; decisions are recorded under this name.");
    assertThat(viewModel.current()).isEqualTo(initial);
    assertThat(Files.exists(file.path())).isFalse();
  }

  @Test
  void revertDropsWhatWasTyped() {
    SettingsViewModel viewModel =
        new SettingsViewModel(new SynchronousTaskExecutor(), file(), initial);
    viewModel.fontSizeProperty().set(20);
    viewModel.curatorNameProperty().set("");
    viewModel.apply();

    viewModel.revert();

    assertThat(viewModel.fontSizeProperty().get()).isEqualTo(13);
    assertThat(viewModel.curatorNameProperty().get()).isEqualTo("alice");
    assertThat(viewModel.messageProperty().get()).isNull();
    assertThat(viewModel.changedProperty().get()).isFalse();
  }

  @Test
  void aValidSpecsFileIsTakenAndAnInvalidOneIsRefusedWithItsReason() throws Exception {
    Path good = Files.writeString(dir.resolve("good.json"), "{\"Chemical|Disease\": [\"treats\"]}");
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"Chemical\": [\"treats\"]}");
    SettingsViewModel viewModel =
        new SettingsViewModel(new SynchronousTaskExecutor(), file(), initial);

    viewModel.chooseRelationSpecs(good);
    assertThat(viewModel.relationSpecsProperty().get()).isEqualTo(good);
    assertThat(viewModel.specsDescription().get()).isEqualTo(good.toString());

    viewModel.chooseRelationSpecs(bad);
    assertThat(viewModel.relationSpecsProperty().get()).isEqualTo(good);
    assertThat(viewModel.messageProperty().get()).startsWith("Relation specs not changed: " + bad);

    viewModel.useBundledRelationSpecs();
    assertThat(viewModel.relationSpecsProperty().get()).isNull();
  }

  @Test
  void settingsThatCannotBeSavedStayInForceAndTheProblemIsShown() throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    SettingsFile file = new SettingsFile(blocker.resolve("settings.json"), "alice");
    SettingsViewModel viewModel =
        new SettingsViewModel(new SynchronousTaskExecutor(), file, initial);

    viewModel.themeProperty().set(Theme.DARK);
    viewModel.apply();

    assertThat(viewModel.current().theme()).isEqualTo(Theme.DARK);
    assertThat(viewModel.saveProblemProperty().get())
        .startsWith("Settings are in use but not saved: " + file.path());
  }

  @Test
  void aSaveThatRunsLateWritesTheNewestSettingsNotTheOnesItWasStartedFor() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    SettingsFile file = file();
    SettingsViewModel viewModel = new SettingsViewModel(executor, file, initial);

    viewModel.fontSizeProperty().set(14);
    viewModel.apply();
    viewModel.fontSizeProperty().set(18);
    viewModel.apply();
    executor.pending().get(1).complete();
    executor.pending().get(0).complete();

    assertThat(file.load().settings().fontSize()).isEqualTo(18);
  }

  @Test
  void puttingSettingsInForceFillsTheFormAndSaves() {
    SettingsFile file = file();
    SettingsViewModel viewModel =
        new SettingsViewModel(new SynchronousTaskExecutor(), file, initial);

    viewModel.put(initial.withShowWelcomeAtStart(true));

    assertThat(viewModel.showWelcomeAtStartProperty().get()).isTrue();
    assertThat(file.load().settings().showWelcomeAtStart()).isTrue();
  }
}
