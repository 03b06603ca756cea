package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.ChosenLabelClassifier;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.TestPairs;
import org.relexcurator.ui.prediction.PredictionView;
import org.relexcurator.ui.prediction.PredictionViewModel;
import org.relexcurator.ui.queue.DirectionStatus;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.queue.ReviewQueueView;
import org.relexcurator.ui.queue.ReviewQueueViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The direction check as a curator meets it: predict all, filter the queue to the pairs whose
 * directions disagree, pick one and read why in the prediction panel. The queue and the panel are
 * wired as {@link ReviewWorkspace} wires them; the model answers aspirin–headache with {@code
 * interacts_with} one way and {@code none} the other.
 */
@ExtendWith(ApplicationExtension.class)
class DirectionCheckFlowTest {

  private static final Map<String, String> ANSWERS =
      Map.of(
          "[E1]Aspirin[/E1] relieves [E2]headache[/E2] but may cause nausea.", "interacts_with",
          "[E2]Aspirin[/E2] relieves [E1]headache[/E1] but may cause nausea.", "none",
          "Aspirin relieves [E1]headache[/E1] but may cause [E2]nausea[/E2].", "none",
          "Aspirin relieves [E2]headache[/E2] but may cause [E1]nausea[/E1].", "none",
          "[E1]Imatinib[/E1] inhibits [E2]KIT[/E2].", "inhibits",
          "[E2]Imatinib[/E2] inhibits [E1]KIT[/E1].", "none");

  private FxTaskExecutor executor;
  private ReviewQueueViewModel queue;
  private static final double PANEL_HEIGHT = 220;

  private Scene scene;
  private ScrollPane panel;

  @Start
  void start(Stage stage) {
    executor = new FxTaskExecutor(2);
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    queue = new ReviewQueueViewModel(executor, preparation, EntityTypeMapping.bundled());
    PredictionViewModel prediction =
        new PredictionViewModel(
            executor, preparation, RelationSpecs.bundled(), EntityTypeMapping.bundled());
    ChosenLabelClassifier classifier = new ChosenLabelClassifier(ANSWERS);
    queue.classifierProperty().set(classifier);
    prediction.classifierProperty().set(classifier);
    queue
        .currentRowProperty()
        .addListener(
            (o, old, row) -> {
              if (row != null) {
                prediction.show(row.document(), row.pair());
              }
            });
    prediction
        .resultProperty()
        .addListener(
            (o, old, result) -> {
              if (result != null) {
                queue.recordPrediction(result.pair().key(), result.forward());
                queue.recordReversePrediction(result.pair().key(), result.reverse());
              }
            });
    queue.load(TestPairs.corpus());
    // As short as the prediction panel's scroll pane in the main window at 1280 × 720.
    panel = new ScrollPane(new PredictionView(prediction).node());
    panel.setFitToWidth(true);
    panel.setMinHeight(PANEL_HEIGHT);
    panel.setMaxHeight(PANEL_HEIGHT);
    SplitPane root = new SplitPane(new ReviewQueueView(queue).node(), new VBox(panel));
    root.setDividerPositions(0.62);
    scene = new Scene(root, 1280, 720);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stopExecutor() {
    executor.close();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private static TableView<QueueRow> table(FxRobot robot) {
    return robot.lookup(".queue-table").queryAs(TableView.class);
  }

  /** The table's row showing the pair with this key. */
  private static Node rowOf(FxRobot robot, String pairKey) {
    return robot
        .lookup(".table-row-cell")
        .match(
            (TableRow<?> row) ->
                row.getItem() instanceof QueueRow shown && shown.key().equals(pairKey))
        .query();
  }

  @Test
  void aContradictingPairIsFoundByTheFilterAndThePanelSaysWhyInView(FxRobot robot)
      throws Exception {
    waitFor(() -> !queue.loadingProperty().get());
    robot.clickOn("Predict all");
    waitFor(() -> queue.allRows().stream().allMatch(row -> row.prediction() != null));

    robot.clickOn(".directions-filter");
    robot.clickOn(DirectionStatus.DISAGREE.toString());
    waitFor(() -> table(robot).getItems().size() == 2);

    assertThat(table(robot).getItems())
        .extracting(QueueRow::key)
        .containsExactly("doc1|T1|T2", "doc1|T2|T1");
    assertThat(
            robot.lookup(".directions-cell").queryAll().stream()
                .map(cell -> ((Labeled) cell).getText())
                .filter(text -> text != null && !text.isEmpty()))
        .containsExactly("⚠ disagree", "⚠ disagree");
    Label warning = robot.lookup(".direction-warning").queryAs(Label.class);
    assertThat(warning.isVisible()).isFalse();

    robot.clickOn(rowOf(robot, "doc1|T1|T2"));
    waitFor(warning::isVisible);

    assertThat(warning.getText())
        .isEqualTo(
            "⚠ Directions disagree: the symmetric label interacts_with E1 → E2 but none"
                + " E2 → E1.");
    Bounds shown = warning.localToScene(warning.getBoundsInLocal());
    Bounds viewport = panel.localToScene(panel.getBoundsInLocal());
    assertThat(panel.getVvalue()).isZero();
    assertThat(warning.getHeight()).isGreaterThan(0);
    assertThat(viewport.contains(shown)).as("%s inside %s", shown, viewport).isTrue();
    robot.interact(() -> Screenshots.write(scene.getRoot(), "direction-check-disagree"));
  }

  @Test
  void aPairWithoutAReverseRowIsCheckedOnceThePanelScoredItAndAgreementShowsNoWarning(FxRobot robot)
      throws Exception {
    waitFor(() -> !queue.loadingProperty().get());
    robot.clickOn(".directions-filter");
    robot.clickOn(DirectionStatus.NOT_PREDICTED.toString());
    waitFor(() -> table(robot).getItems().size() == 6);

    robot.clickOn(rowOf(robot, "doc2|T1|T2"));
    waitFor(() -> table(robot).getItems().size() == 5);

    QueueRow imatinib = queue.allRows().get(5);
    assertThat(imatinib.directionsProperty().get()).isEqualTo(DirectionStatus.AGREE);
    assertThat(imatinib.directionCheckProperty().get().reason()).isEqualTo("inhibits E1 → E2 only");
    assertThat(table(robot).getItems()).doesNotContain(imatinib);
    assertThat(robot.lookup(".direction-warning").queryAs(Label.class).isVisible()).isFalse();
    assertThat(robot.lookup(".top-label").queryAs(Label.class).getText()).isEqualTo("inhibits");
  }
}
