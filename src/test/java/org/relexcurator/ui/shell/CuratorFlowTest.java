package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.shell.MainWindowFixture.onScreen;
import static org.relexcurator.ui.shell.MainWindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.djl.HiddenActivation;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.queue.QueueOrder;
import org.relexcurator.ui.queue.QueueRow;
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

  @TempDir static Path temp;
  private static Path modelFolder;

  private final MainWindowFixture window = new MainWindowFixture();

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    // Large enough that "predict all" takes seconds, so that Cancel lands while it runs.
    TestModelMaker.write(
        modelFolder, new TestModelMaker.Spec(6, 384, 6, 1536, 512, 7, 0.02, HiddenActivation.GELU));
  }

  @Start
  void start(Stage stage) {
    window.showSample(stage, modelFolder);
  }

  @AfterEach
  void cleanUp() throws Exception {
    window.close();
  }

  @Test
  void pickScoreAcceptAndUndoWithMouseAndKeyboard(FxRobot robot) throws Exception {
    window.waitForSampleAndModel(robot);

    robot.clickOn(onScreen(robot, "sodium/iodide symporter"));
    robot.clickOn(onScreen(robot, "Congenital hypothyroidism"));
    waitFor(() -> robot.lookup(".score-bars .bar").queryAll().size() == 16);

    assertThat(robot.lookup(".model-input").query().toString()).isNotNull();
    assertThat(robot.lookup(".test-model-banner").query().isVisible()).isTrue();

    robot.type(KeyCode.ENTER);
    waitFor(() -> window.store.log().size() == 1);
    Decision accepted = window.store.log().get(0);
    assertThat(accepted.action()).isEqualTo(DecisionAction.ACCEPTED);
    assertThat(accepted.curator()).isEqualTo("alice");
    assertThat(accepted.pairKey()).isEqualTo("14510914|T1|T0");

    screenshot(robot, "main-window-after-accept");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitFor(() -> window.store.log().size() == 2);
    assertThat(window.store.log().get(1).action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(window.store.current()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  @Test
  void predictAllCanBeCancelledAndTheQueueSortsByUncertainty(FxRobot robot) throws Exception {
    window.waitForSampleAndModel(robot);

    robot.clickOn("Predict all");
    robot.clickOn(robot.lookup(".predict-bar .button").nth(1).queryButton());
    waitFor(() -> !window.workspace.queue().predictingProperty().get());
    long predicted =
        window.workspace.queue().allRows().stream().filter(row -> row.prediction() != null).count();
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
