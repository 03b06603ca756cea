package org.relexcurator.ui.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.shell.MainViewModel;
import org.relexcurator.ui.shell.MainWindow;
import org.relexcurator.ui.shell.ModelViewModel;
import org.relexcurator.ui.shell.RecentFiles;
import org.relexcurator.ui.shell.ReviewWorkspace;
import org.relexcurator.ui.task.FxTaskExecutor;

/**
 * Opens the real main window and reports the UI thread's longest stall in five phases: opening the
 * bundled sample (whose numbers include class loading and interpreted code), opening the corpus
 * under test, the sample again, the corpus under test again (now with compiled code, as after a
 * while at work), and "predict all" on that corpus with a small generated test model (fast, so the
 * table receives results as often as it ever will). Run with {@code relex bench-ui FILE} (needs a
 * display; {@code xvfb-run} works). With {@code --stacks} it also prints where the UI thread was
 * during stalls.
 */
public final class UiStallBenchmark extends Application {

  /** How long "predict all" is watched before it is cancelled. */
  private static final double PREDICT_SECONDS = 20;

  /** Stalls shorter than this are frames, not freezes; their stacks are not sampled. */
  private static final long STACK_THRESHOLD_MILLIS = 25;

  private final FxTaskExecutor executor = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private final UiStallProbe probe = new UiStallProbe();
  private final GcPauses gcPauses = new GcPauses();
  private StallStacks stacks;
  private MainViewModel viewModel;
  private ModelViewModel model;
  private ReviewWorkspace workspace;

  public static void launchWith(Path file, boolean stacks) {
    Application.launch(UiStallBenchmark.class, file.toString(), Boolean.toString(stacks));
  }

  @Override
  public void start(Stage stage) {
    List<String> arguments = getParameters().getRaw();
    Path file = Path.of(arguments.get(0));
    viewModel =
        new MainViewModel(
            executor,
            CorpusPreparation.standard(MarkerMode.EXACT),
            new RecentFiles(Preferences.userRoot().node("org/relexcurator/bench-ui")));
    model = new ModelViewModel(executor, ClassifierSettings.forDesktop(), "none");
    CorpusViewModel corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            executor,
            highlighting,
            CorpusPreparation.standard(MarkerMode.EXACT),
            new InMemoryCurationStore(),
            "bench",
            Clock.systemDefaultZone(),
            corpus,
            model);
    new MainWindow(viewModel, model, corpus, workspace, List.of()).show(stage);
    probe.start();
    if (Boolean.parseBoolean(arguments.get(1))) {
      stacks =
          new StallStacks(
                  Thread.currentThread(), probe::sinceLastAnswerNanos, STACK_THRESHOLD_MILLIS)
              .start();
    }
    Path sample = Path.of("resources/samples/biored-dev-sample.pubtator");
    after(
        2,
        () ->
            measureOpen(
                sample,
                "cold open (classes load, code interpreted)",
                () ->
                    measureOpen(
                        file,
                        "first open",
                        () ->
                            measureOpen(
                                sample,
                                "back to the sample",
                                () ->
                                    measureOpen(
                                        file,
                                        "second open (code compiled)",
                                        this::measurePredictAll)))));
  }

  /** Opens the file, waits until the window is idle again, prints the stalls, then goes on. */
  private void measureOpen(Path file, String title, Runnable next) {
    resetMeasurements();
    long start = System.nanoTime();
    PreparedCorpus before = viewModel.corpusProperty().get();
    viewModel.open(file);
    whenTrue(
        () ->
            viewModel.corpusProperty().get() != before
                && !workspace.queue().loadingProperty().get(),
        () ->
            after(
                2,
                () -> {
                  PreparedCorpus opened = viewModel.corpusProperty().get();
                  report(
                      String.format(
                          Locale.ROOT,
                          "%s of %s: %d documents, %d pairs in %.2f s",
                          title,
                          file,
                          opened.documents().size(),
                          opened.pairs().size(),
                          (System.nanoTime() - start) / 1e9));
                  next.run();
                }));
  }

  private void measurePredictAll() {
    Path folder;
    try {
      folder = Files.createTempDirectory("relex-bench-ui-model");
      TestModelMaker.write(folder, TestModelMaker.Spec.SMALL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    model.load(folder.toString());
    whenTrue(
        () -> model.classifierProperty().get() != null,
        () ->
            after(
                1,
                () -> {
                  resetMeasurements();
                  long start = System.nanoTime();
                  workspace.queue().predictAll();
                  after(
                      PREDICT_SECONDS,
                      () -> {
                        long predicted =
                            workspace.queue().allRows().stream()
                                .filter(row -> row.prediction() != null)
                                .count();
                        report(
                            String.format(
                                Locale.ROOT,
                                "predict all with a small test model: %d of %d pairs in %.1f s",
                                predicted,
                                workspace.queue().allRows().size(),
                                (System.nanoTime() - start) / 1e9));
                        workspace.queue().cancelPredictAll();
                        whenTrue(() -> !workspace.queue().predictingProperty().get(), this::finish);
                      });
                }));
  }

  private void resetMeasurements() {
    probe.reset();
    gcPauses.reset();
    if (stacks != null) {
      stacks.reset();
    }
  }

  private void report(String what) {
    long[] longest = probe.longestStallNanos();
    System.out.printf(
        Locale.ROOT,
        "%s; UI thread: %s; %s%n",
        what,
        probe.summary(),
        gcPauses.summary(longest[0], longest[1]));
    if (stacks != null) {
      System.out.print(stacks.report(8));
    }
  }

  private void finish() {
    probe.close();
    gcPauses.close();
    if (stacks != null) {
      stacks.close();
    }
    model.close();
    executor.close();
    highlighting.close();
    Platform.exit();
  }

  /** Runs {@code action} on the UI thread once {@code condition} holds, checked every frame. */
  private static void whenTrue(BooleanSupplier condition, Runnable action) {
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (condition.getAsBoolean()) {
          stop();
          action.run();
        }
      }
    }.start();
  }

  private static void after(double seconds, Runnable action) {
    PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
    pause.setOnFinished(event -> action.run());
    pause.play();
  }
}
