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
import org.relexcurator.ui.ReviewWorkspace;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.curation.InMemoryCurationStore;

/**
 * Opens the real main window, waits until it is idle, opens the bundled sample (whose numbers
 * include class loading and interpreted code), then the corpus under test, and reports the UI
 * thread's longest stall while each file is read, split, paired, listed and queued.
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
    CorpusViewModel corpus = new CorpusViewModel();
    ReviewWorkspace workspace = new ReviewWorkspace(executor, new FxTaskExecutor(1),
        CorpusPreparation.standard(MarkerMode.EXACT), new InMemoryCurationStore(), "bench",
        java.time.Clock.systemDefaultZone(), corpus, model);
    new MainWindow(viewModel, model, corpus, workspace, List.of()).show(stage);
    probe.start();
    Path sample = Path.of("resources/samples/biored-dev-sample.pubtator");
    after(2, () -> measureOpen(viewModel, sample, "cold open (classes load, code interpreted)",
        () -> measureOpen(viewModel, file, "open after that warm-up", () -> {
          probe.close();
          executor.close();
          Platform.exit();
        })));
  }

  /** Opens the file, waits until the window is idle again, prints the stalls, then goes on. */
  private void measureOpen(MainViewModel viewModel, Path file, String title, Runnable next) {
    probe.reset();
    long start = System.nanoTime();
    javafx.beans.value.ChangeListener<org.relexcurator.pipeline.PreparedCorpus> listener =
        new javafx.beans.value.ChangeListener<>() {
          @Override
          public void changed(
              javafx.beans.value.ObservableValue<? extends org.relexcurator.pipeline.PreparedCorpus> o,
              org.relexcurator.pipeline.PreparedCorpus old,
              org.relexcurator.pipeline.PreparedCorpus corpus) {
            viewModel.corpusProperty().removeListener(this);
            after(2, () -> {
              System.out.printf(java.util.Locale.ROOT,
                  "%s of %s: %d documents, %d pairs in %.2f s; UI thread: %s%n", title, file,
                  corpus.documents().size(), corpus.pairs().size(),
                  (System.nanoTime() - start) / 1e9, probe.summary());
              next.run();
            });
          }
        };
    viewModel.corpusProperty().addListener(listener);
    viewModel.open(file);
  }

  private static void after(double seconds, Runnable action) {
    PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
    pause.setOnFinished(event -> action.run());
    pause.play();
  }
}
