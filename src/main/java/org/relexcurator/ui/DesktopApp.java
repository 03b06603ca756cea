package org.relexcurator.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import java.time.Clock;
import javafx.stage.Stage;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.corpus.CorpusViewModel;

/** The JavaFX application: opens the main window on the files named on the command line. */
public final class DesktopApp extends Application {

  /** Starts JavaFX; called from a class that does not extend Application so a plain class path works. */
  public static void launchWith(String[] files) {
    Application.launch(DesktopApp.class, files);
  }

  private final FxTaskExecutor executor = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private ModelViewModel model;
  private DecisionStorage decisions;

  /** Runs on the launcher thread, so the project file opens before the window, off the UI thread. */
  @Override
  public void init() {
    decisions = DecisionStorage.openDefault();
  }

  @Override
  public void start(Stage stage) {
    List<Path> files = getParameters().getRaw().stream().map(Path::of).toList();
    MainViewModel viewModel = new MainViewModel(executor,
        CorpusPreparation.standard(MarkerMode.EXACT), RecentFiles.forUser());
    model = new ModelViewModel(executor, ClassifierSettings.defaults(),
        ModelViewModel.TARGET_MODEL);
    CorpusViewModel corpus = new CorpusViewModel();
    ReviewWorkspace workspace = new ReviewWorkspace(executor, highlighting,
        CorpusPreparation.standard(MarkerMode.EXACT), decisions.store(),
        System.getProperty("user.name", "curator"), Clock.systemDefaultZone(), corpus, model);
    StartupReport.attachIfRequested(stage);
    new MainWindow(viewModel, model, corpus, workspace, files,
        java.util.prefs.Preferences.userRoot().node("org/relexcurator/window")).show(stage);
    if (decisions.warning() != null) {
      viewModel.reportError(decisions.warning());
    }
    model.loadDefault();
  }

  @Override
  public void stop() throws Exception {
    executor.close();
    highlighting.close();
    if (model != null) {
      model.close();
    }
    decisions.close();
  }
}
