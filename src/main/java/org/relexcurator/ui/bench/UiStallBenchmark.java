package org.relexcurator.ui.bench;

import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.FxTaskExecutor;
import org.relexcurator.ui.MainViewModel;
import org.relexcurator.ui.MainWindow;
import org.relexcurator.ui.ModelViewModel;
import org.relexcurator.ui.RecentFiles;

/**
 * Opens the real main window, waits until it is idle, then opens a corpus and reports the UI
 * thread's longest stall while the file is read, split and paired and its documents listed.
 * Run with {@code relex bench-ui FILE} (needs a display; {@code xvfb-run} works).
 */
public final class UiStallBenchmark extends Application {

  private final FxTaskExecutor executor = new FxTaskExecutor(2);
  private final UiStallProbe probe = new UiStallProbe();

  public static void launchWith(Path file) {
    Application.launch(UiStallBenchmark.class, file.toString());
  }

  @Override
  public void start(Stage stage) {
    Path file = Path.of(getParameters().getRaw().get(0));
    MainViewModel viewModel = new MainViewModel(executor,
        CorpusPreparation.standard(MarkerMode.EXACT),
        new RecentFiles(java.util.prefs.Preferences.userRoot()
            .node("org/relexcurator/bench-ui")));
    ModelViewModel model = new ModelViewModel(executor, ClassifierSettings.defaults(), "none");
    new MainWindow(viewModel, model, new FxTaskExecutor(1), List.of()).show(stage);
    probe.start();
    after(2, () -> {
      probe.reset();
      long start = System.nanoTime();
      viewModel.corpusProperty().addListener((observable, old, corpus) -> after(2, () -> {
        System.out.printf(java.util.Locale.ROOT,
            "opened %s: %d documents, %d pairs in %.2f s; UI thread while opening and listing: %s%n",
            file, corpus.documents().size(), corpus.pairs().size(),
            (System.nanoTime() - start) / 1e9, probe.summary());
        probe.close();
        executor.close();
        Platform.exit();
      }));
      viewModel.open(file);
    });
  }

  private static void after(double seconds, Runnable action) {
    PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
    pause.setOnFinished(event -> action.run());
    pause.play();
  }
}
