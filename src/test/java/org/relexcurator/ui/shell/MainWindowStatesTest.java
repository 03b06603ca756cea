package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.StepwiseTaskExecutor;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * States of the main window on the sample at 1280x720 that need background work held still: a
 * "predict all" under way, and a pair scored with the font at 150 %. Each test writes the
 * screenshot of its state for docs/screenshots once it has checked what the window shows.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowStatesTest {

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");
  private static final double WIDTH = 1280;
  private static final double HEIGHT = 720;

  @TempDir static Path temp;
  private static Path modelFolder;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final StepwiseTaskExecutor work = new StepwiseTaskExecutor();
  private final FxTaskExecutor modelLoading = new FxTaskExecutor(1);
  private ModelViewModel model;
  private ReviewWorkspace workspace;
  private Stage stage;

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    TestModelMaker.write(modelFolder, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    MainViewModel window = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model =
        new ModelViewModel(modelLoading, new ClassifierSettings(DeviceChoice.CPU, 8, 1), "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            work,
            work,
            preparation,
            new InMemoryCurationStore(),
            "alice",
            Clock.systemUTC(),
            corpus,
            model);
    new MainWindow(window, model, corpus, workspace, List.of(SAMPLE)).show(stage);
    // Monocle has no window decorations: the stage's size is the scene's.
    stage.setWidth(WIDTH);
    stage.setHeight(HEIGHT);
    model.load(modelFolder.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    modelLoading.close();
    model.close();
    preferences.removeNode();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Runs held background work, oldest first, until none is left or the condition holds. */
  private void workUntil(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && !condition.call()) {
      boolean ran =
          WaitForAsyncUtils.asyncFx(
                  () -> {
                    if (work.pending().isEmpty()) {
                      return false;
                    }
                    work.pending().get(0).complete();
                    return true;
                  })
              .get();
      WaitForAsyncUtils.waitForFxEvents();
      if (!ran) {
        Thread.sleep(20); // the corpus is read after a frame or two
      }
    }
    assertThat(condition.call()).as("held work left: %s", work.pending().size()).isTrue();
  }

  private void openSampleWithModel(FxRobot robot) throws Exception {
    waitFor(() -> model.classifierProperty().get() != null);
    workUntil(
        () ->
            workspace.queue().allRows().size() == 201
                && robot
                    .lookup("#document-text")
                    .queryAs(StyleClassedTextArea.class)
                    .getText()
                    .startsWith("Congenital hypothyroidism")
                && work.pending().isEmpty());
  }

  private static boolean isShownWhole(Labeled labeled) {
    return labeled.isVisible() && labeled.getWidth() >= labeled.prefWidth(-1) - 0.5;
  }

  private void screenshot(String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> Screenshots.write(stage.getScene().getRoot(), name)).get();
  }

  @Test
  void predictAllUnderWayShowsItsProgressAndAWholeCancelButton(FxRobot robot) throws Exception {
    openSampleWithModel(robot);

    robot.clickOn("Predict all");
    WaitForAsyncUtils.waitForFxEvents();

    // The scoring is held: the window shows "predict all" under way.
    assertThat(workspace.queue().predictingProperty().get()).isTrue();
    Button cancel =
        robot
            .lookup(".predict-bar .button")
            .match((Button b) -> b.getText().equals("Cancel"))
            .query();
    assertThat(cancel.isDisabled()).isFalse();
    assertThat(isShownWhole(cancel)).isTrue();
    Label progress = robot.lookup(".predict-bar .progress-text").queryAs(Label.class);
    assertThat(progress.getText()).containsPattern("\\d");
    assertThat(stage.getScene().getWidth()).isEqualTo(WIDTH);
    screenshot("main-window-predict-all-running");

    robot.clickOn(cancel);
    workUntil(() -> !workspace.queue().predictingProperty().get());
  }

  @Test
  void atOneAndAHalfTimesTheFontAPairPickedFromTheKeyboardIsScored(FxRobot robot) throws Exception {
    openSampleWithModel(robot);
    // As View → Zoom In sets it: 20 px over the default 13 (154 %).
    robot.interact(() -> stage.getScene().getRoot().setStyle("-fx-font-size: 20px;"));
    WaitForAsyncUtils.waitForFxEvents();

    // The first two mentions: Congenital hypothyroidism (E1) and sodium/iodide symporter (E2).
    // Focus without a click: a click's point may land on a mention, which Tab would then leave.
    robot.interact(() -> robot.lookup("#document-text").query().requestFocus());
    robot.type(KeyCode.TAB);
    robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
    robot.type(KeyCode.TAB);
    robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
    workUntil(
        () ->
            robot.lookup(".score-bars .bar-value").queryAll().size() == 16
                && work.pending().isEmpty());

    assertThat(robot.lookup("#e1-badge").queryLabeled().getText())
        .startsWith("E1: Congenital hypothyroidism");
    assertThat(robot.lookup("#e2-badge").queryLabeled().getText())
        .startsWith("E2: sodium/iodide symporter");
    Button accept =
        robot.lookup(".button").match((Button b) -> b.getText().contains("Accept")).query();
    assertThat(accept.isDisabled()).isFalse();
    assertThat(accept.getFont().getSize()).isEqualTo(20);
    screenshot("main-window-font-150");
  }
}
