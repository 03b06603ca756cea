package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
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
import org.relexcurator.inference.djl.HiddenActivation;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.queue.QueueOrder;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The curator's main flow through the real window with a real (tiny, random) model: open a file,
 * click two mentions, see the prediction and its 16 bars, accept with Enter, undo with Ctrl+Z, run
 * "predict all" and cancel it, and sort the queue by uncertainty.
 */
@ExtendWith(ApplicationExtension.class)
class CuratorFlowTest {

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");

  @TempDir static Path temp;
  private static Path modelFolder;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor work = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private final InMemoryCurationStore store = new InMemoryCurationStore();
  private ModelViewModel model;
  private ReviewWorkspace workspace;

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    // Large enough that "predict all" takes seconds, so that Cancel lands while it runs.
    TestModelMaker.write(
        modelFolder, new TestModelMaker.Spec(6, 384, 6, 1536, 512, 7, 0.02, HiddenActivation.GELU));
  }

  @Start
  void start(Stage stage) {
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    MainViewModel viewModel = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model = new ModelViewModel(work, new ClassifierSettings(DeviceChoice.CPU, 8, 1), "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            work, highlighting, preparation, store, "alice", Clock.systemUTC(), corpus, model);
    new MainWindow(viewModel, model, corpus, workspace, List.of(SAMPLE)).show(stage);
    model.load(modelFolder.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    work.close();
    highlighting.close();
    model.close();
    preferences.removeNode();
  }

  private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void waitForCorpusAndModel(FxRobot robot) throws Exception {
    waitFor(
        () ->
            model.classifierProperty().get() != null
                && workspace.queue().allRows().size() == 201
                && area(robot).getText().startsWith("Congenital hypothyroidism"));
  }

  private static StyleClassedTextArea area(FxRobot robot) {
    return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
  }

  private static Point2D onScreen(FxRobot robot, String text) throws Exception {
    StyleClassedTextArea area = area(robot);
    int at = area.getText().indexOf(text);
    Bounds bounds =
        WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow())
            .get();
    return new Point2D(
        bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
  }

  @Test
  void pickScoreAcceptAndUndoWithMouseAndKeyboard(FxRobot robot) throws Exception {
    waitForCorpusAndModel(robot);

    robot.clickOn(onScreen(robot, "sodium/iodide symporter"));
    robot.clickOn(onScreen(robot, "Congenital hypothyroidism"));
    waitFor(() -> robot.lookup(".score-bars .bar").queryAll().size() == 16);

    assertThat(robot.lookup(".model-input").query().toString()).isNotNull();
    assertThat(robot.lookup(".test-model-banner").query().isVisible()).isTrue();

    robot.type(KeyCode.ENTER);
    waitFor(() -> store.log().size() == 1);
    Decision accepted = store.log().get(0);
    assertThat(accepted.action()).isEqualTo(DecisionAction.ACCEPTED);
    assertThat(accepted.curator()).isEqualTo("alice");
    assertThat(accepted.pairKey()).isEqualTo("14510914|T1|T0");

    screenshot(robot, "main-window-after-accept");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitFor(() -> store.log().size() == 2);
    assertThat(store.log().get(1).action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(store.current()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  @Test
  void predictAllCanBeCancelledAndTheQueueSortsByUncertainty(FxRobot robot) throws Exception {
    waitForCorpusAndModel(robot);

    robot.clickOn("Predict all");
    robot.clickOn(robot.lookup(".predict-bar .button").nth(1).queryButton());
    waitFor(() -> !workspace.queue().predictingProperty().get());
    long predicted =
        workspace.queue().allRows().stream().filter(row -> row.prediction() != null).count();
    assertThat(predicted).isPositive().isLessThan(201);

    ComboBox<QueueOrder> order =
        robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
            .filter(box -> box.getItems().contains(QueueOrder.LEAST_CONFIDENCE))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> order.setValue(QueueOrder.LEAST_CONFIDENCE));
    WaitForAsyncUtils.waitForFxEvents();

    TableView<QueueRow> table = robot.lookup(".queue-table").queryAs(TableView.class);
    List<QueueRow> scored = table.getItems().stream().filter(r -> r.prediction() != null).toList();
    assertThat(scored).hasSize((int) predicted);
    assertThat(scored)
        .isSortedAccordingTo(
            java.util.Comparator.comparingDouble((QueueRow r) -> r.prediction().topScore()));
    assertThat(table.getItems().subList(0, scored.size())).containsExactlyElementsOf(scored);
    screenshot(robot, "main-window-queue-by-uncertainty");
  }

  /** Writes the whole window to target/screenshots/NAME.png (see docs/screenshots/README.md). */
  private static void screenshot(FxRobot robot, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(
            () -> Screenshots.write(robot.listTargetWindows().get(0).getScene().getRoot(), name))
        .get();
  }
}
