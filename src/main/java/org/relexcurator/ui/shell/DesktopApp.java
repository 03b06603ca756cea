package org.relexcurator.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.stage.Stage;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.settings.LastPlaceFile;
import org.relexcurator.ui.settings.Settings;
import org.relexcurator.ui.settings.SettingsViewModel;
import org.relexcurator.ui.settings.StartupSettings;
import org.relexcurator.ui.task.FxTaskExecutor;

/** The JavaFX application: opens the main window on the files named on the command line. */
public final class DesktopApp extends Application {

  /**
   * Starts JavaFX; called from a class that does not extend Application so a plain class path
   * works.
   */
  public static void launchWith(String[] files) {
    Application.launch(DesktopApp.class, files);
  }

  private final FxTaskExecutor executor = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private final FxTaskExecutor projectWrites = new FxTaskExecutor(1);
  private ModelViewModel model;
  private DecisionStorage decisions;
  private StartupSettings startup;

  /**
   * Runs on the launcher thread, so the project file and the settings are read before the window
   * opens, off the UI thread.
   */
  @Override
  public void init() {
    decisions = DecisionStorage.openDefault();
    startup = StartupSettings.load(AppFolders.dataHome());
  }

  @Override
  public void start(Stage stage) {
    List<Path> named = getParameters().getRaw().stream().map(Path::of).toList();
    // A project file named on the command line (as the desktop's file association does) is the
    // project to work in; every other file is a corpus to open.
    List<Path> projectFiles = named.stream().filter(ProjectViewModel::isProjectFile).toList();
    List<Path> files = named.stream().filter(f -> !ProjectViewModel.isProjectFile(f)).toList();
    Settings settings = startup.settings();
    CorpusPreparation preparation = startup.preparation();
    MainViewModel viewModel = new MainViewModel(executor, preparation, RecentFiles.forUser());
    model =
        new ModelViewModel(executor, settings.classifierSettings(), ModelViewModel.TARGET_MODEL);
    CorpusViewModel corpus = new CorpusViewModel();
    ReviewWorkspace workspace =
        new ReviewWorkspace(
            executor,
            highlighting,
            preparation,
            startup.specs(),
            decisions.store(),
            settings.curatorName(),
            Clock.systemDefaultZone(),
            corpus,
            model);
    SettingsViewModel settingsViewModel = new SettingsViewModel(executor, startup.file(), settings);
    ProjectViewModel projects =
        new ProjectViewModel(
            decisions, executor, projectWrites, preparation, workspace::reloadDecisions, viewModel);
    projects.saveWhatTheWindowMakes(viewModel, workspace.queue());
    ProjectWindows projectWindows =
        new ProjectWindows(
            projects, executor, () -> settingsViewModel.current().curatorName(), viewModel);
    RememberedPlace place =
        new RememberedPlace(
            LastPlaceFile.in(AppFolders.dataHome()),
            projectWrites,
            viewModel,
            projects,
            corpus,
            workspace.queue());
    StartupReport.attachIfRequested(stage);
    projectFiles.stream().reduce((first, last) -> last).ifPresent(projects::open);
    new MainWindow(
            viewModel,
            model,
            corpus,
            workspace,
            files,
            java.util.prefs.Preferences.userRoot().node("org/relexcurator/window"),
            SettingsAndHelp.standard(
                settingsViewModel, model, workspace, executor, startup.showWelcome()))
        .withProjects(projects, projectWindows)
        .show(stage);
    String warnings =
        Stream.of(decisions.warning(), startup.warning())
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.joining(" "));
    if (!warnings.isEmpty()) {
      viewModel.reportError(warnings);
    }
    model.loadDefault();
    // Files named on the command line (a file manager's "open with") are the place to start.
    if (named.isEmpty()) {
      place.restore();
    }
  }

  @Override
  public void stop() throws Exception {
    executor.close();
    highlighting.close();
    // Pairs and predictions still being saved finish first, so that an export finds them.
    projectWrites.closeAfterPending(java.time.Duration.ofSeconds(30));
    if (model != null) {
      model.close();
    }
    decisions.close();
  }
}
