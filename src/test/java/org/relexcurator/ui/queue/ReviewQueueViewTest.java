package org.relexcurator.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.ui.BlockingClassifier;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.TestPairs;
import org.relexcurator.ui.TextScoredClassifier;
import org.relexcurator.ui.keys.KeyBindings;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReviewQueueViewTest {

  private FxTaskExecutor executor;
  private ReviewQueueViewModel viewModel;
  private Parent root;

  @Start
  void start(Stage stage) {
    executor = new FxTaskExecutor(1);
    viewModel =
        new ReviewQueueViewModel(
            executor,
            CorpusPreparation.standard(MarkerMode.EXACT),
            EntityTypeMapping.bundled(),
            2,
            System::nanoTime);
    viewModel.load(TestPairs.corpus());
    ReviewQueueView view = new ReviewQueueView(viewModel);
    root = (Parent) view.node();
    Scene scene = new Scene(root, 1260, 420);
    view.bindKeys(KeyBindings.on(scene));
    stage.setScene(scene);
    stage.show();
  }

  @BeforeEach
  void awaitRows() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void stopExecutor() {
    executor.close();
  }

  @SuppressWarnings("unchecked")
  private TableView<QueueRow> table(FxRobot robot) {
    return robot.lookup(".queue-table").queryAs(TableView.class);
  }

  private static List<Integer> shownOrder(TableView<QueueRow> table) {
    return table.getItems().stream().map(QueueRow::index).toList();
  }

  private void predictEverything(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.classifierProperty().set(new TextScoredClassifier(false)));
    robot.clickOn("Predict all");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            viewModel.allRows().stream().allMatch(row -> row.prediction() != null)
                && !viewModel.predictingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void predictAllThenCancelKeepsTheFinishedChunkAndStops(FxRobot robot) throws Exception {
    BlockingClassifier classifier = new BlockingClassifier(false, inputs -> true);
    robot.interact(() -> viewModel.classifierProperty().set(classifier));
    Button cancel = robot.lookup(".predict-bar .button").nth(1).queryAs(Button.class);
    assertThat(cancel.isDisabled()).isTrue();

    robot.clickOn("Predict all");
    classifier.awaitHeld();
    assertThat(viewModel.predictingProperty().get()).isTrue();
    assertThat(robot.lookup(".predict-progress").query().isVisible()).isTrue();
    robot.clickOn(cancel);
    assertThat(robot.lookup(".progress-text").queryAs(Label.class).getText())
        .startsWith("Cancelling after the current chunk");
    classifier.release();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.predictingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(classifier.calls()).hasSize(1);
    assertThat(viewModel.allRows())
        .filteredOn(row -> row.prediction() != null)
        .extracting(QueueRow::index)
        .containsExactly(0, 1);
    assertThat(table(robot).getItems().get(0).predictedLabelProperty().get()).isNotEmpty();
    assertThat(robot.lookup(".progress-text").queryAs(Label.class).getText())
        .isEqualTo("Cancelled after 2 of 6 pairs; their predictions are kept.");
  }

  @Test
  void clickingTheScoreHeaderSortsLeastConfidentFirst(FxRobot robot) throws Exception {
    predictEverything(robot);
    TableView<QueueRow> table = table(robot);

    robot.clickOn(
        robot
            .lookup(".column-header")
            .lookup((Label label) -> "Score".equals(label.getText()))
            .queryAs(Label.class));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(viewModel.sorting().orderProperty().get()).isEqualTo(QueueOrder.COLUMNS);
    assertThat(table.getItems())
        .isSortedAccordingTo(Comparator.comparing((QueueRow row) -> row.scoreProperty().get()));
    assertThat(robot.lookup(".combo-box").queryAllAs(ComboBox.class))
        .anySatisfy(box -> assertThat(box.getValue()).isEqualTo(QueueOrder.COLUMNS));
  }

  @SuppressWarnings("unchecked")
  @Test
  void choosingAnUncertaintyOrderSortsTheTableAndClearsTheHeaderSort(FxRobot robot)
      throws Exception {
    predictEverything(robot);
    TableView<QueueRow> table = table(robot);
    robot.clickOn(
        robot
            .lookup(".column-header")
            .lookup((Label label) -> "E1".equals(label.getText()))
            .queryAs(Label.class));
    ComboBox<QueueOrder> order =
        robot.lookup(".combo-box").queryAllAs(ComboBox.class).stream()
            .filter(box -> box.getValue() instanceof QueueOrder)
            .findFirst()
            .orElseThrow();

    robot.clickOn(order);
    robot.clickOn(QueueOrder.SMALLEST_MARGIN.toString());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table.getSortOrder()).isEmpty();
    assertThat(shownOrder(table))
        .isEqualTo(
            viewModel.allRows().stream()
                .sorted(
                    Comparator.comparing((QueueRow row) -> row.marginProperty().get())
                        .thenComparing(QueueRow::index))
                .map(QueueRow::index)
                .toList());
    robot.interact(() -> Screenshots.write(root, "review-queue-test-double"));
  }

  @Test
  void theKeyboardMovesThroughThePairsAndSearchJumpsToTheFirstMatch(FxRobot robot) {
    TableView<QueueRow> table = table(robot);
    robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
    assertThat(viewModel.currentPairProperty().get()).isEqualTo(TestPairs.pair("T1", "T2"));

    robot.type(KeyCode.DOWN);
    robot.type(KeyCode.DOWN);
    assertThat(viewModel.currentRowProperty().get().index()).isEqualTo(2);
    robot.type(KeyCode.UP);
    assertThat(viewModel.currentRowProperty().get().index()).isEqualTo(1);

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.F)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    assertThat(robot.lookup(".search").queryAs(TextField.class).isFocused()).isTrue();
    robot.write("kit").type(KeyCode.ENTER);

    assertThat(table.getItems()).hasSize(1);
    assertThat(viewModel.currentRowProperty().get().index()).isEqualTo(5);
    assertThat(table.isFocused()).isTrue();
    robot.interact(viewModel::nextPair);
    assertThat(viewModel.currentRowProperty().get().index()).isEqualTo(5);
  }

  @Test
  void shortcutsPredictAllAndCycleThroughTheOrders(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.classifierProperty().set(new TextScoredClassifier(false)));
    robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.P)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> viewModel.allRows().stream().allMatch(row -> row.prediction() != null));
    robot.press(KeyCode.CONTROL).type(KeyCode.U).release(KeyCode.CONTROL);
    assertThat(viewModel.sorting().orderProperty().get()).isEqualTo(QueueOrder.LEAST_CONFIDENCE);
    robot.press(KeyCode.CONTROL).type(KeyCode.U).release(KeyCode.CONTROL);

    assertThat(viewModel.sorting().orderProperty().get()).isEqualTo(QueueOrder.SMALLEST_MARGIN);
    assertThat(robot.lookup(".combo-box").queryAllAs(ComboBox.class))
        .anySatisfy(box -> assertThat(box.getValue()).isEqualTo(QueueOrder.SMALLEST_MARGIN));
  }

  @Test
  void theCurrentRowStaysSelectedWhilePredictionsReorderTheTable(FxRobot robot) throws Exception {
    TableView<QueueRow> table = table(robot);
    robot.interact(() -> viewModel.sorting().sortBy(QueueOrder.HIGHEST_ENTROPY));
    robot.clickOn(robot.lookup(".table-row-cell").nth(3).queryAs(Node.class));
    QueueRow chosen = viewModel.currentRowProperty().get();

    predictEverything(robot);

    assertThat(shownOrder(table)).isNotEqualTo(List.of(0, 1, 2, 3, 4, 5));
    assertThat(viewModel.currentRowProperty().get()).isSameAs(chosen);
    assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(chosen);
  }

  @SuppressWarnings("unchecked")
  @Test
  void anotherCorpusTakesTheTablesRowsWithoutBlankingThemFirst(FxRobot robot) throws Exception {
    TableView<QueueRow> table = table(robot);
    TableRow<QueueRow> first =
        robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
            .filter(row -> row.getIndex() == 0)
            .findFirst()
            .map(row -> (TableRow<QueueRow>) row)
            .orElseThrow();
    List<Boolean> firstRowEmpty = new ArrayList<>();
    first.emptyProperty().addListener((observable, was, empty) -> firstRowEmpty.add(empty));
    PreparedCorpus older = TestPairs.corpus();
    PreparedCorpus newer =
        new PreparedCorpus(
            "newer",
            "hand-made",
            List.of(TestPairs.OTHER_DOCUMENT),
            List.of(older.pairs().get(5)),
            List.of());

    robot.interact(() -> viewModel.load(newer));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !viewModel.loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table.getItems()).extracting(QueueRow::key).containsExactly("doc2|T1|T2");
    assertThat(first.getItem())
        .as("the row that showed the first pair shows the new first pair")
        .extracting(QueueRow::key)
        .isEqualTo("doc2|T1|T2");
    // A table whose list replaces all its rows empties every row and fills it again: twice the
    // style work on each row of a large corpus, and a blank table for a frame.
    assertThat(firstRowEmpty).as("the first row went blank in between").isEmpty();
    robot.clickOn(first);
    assertThat(viewModel.currentRowProperty().get().key()).isEqualTo("doc2|T1|T2");
  }

  @Test
  void nextPairCalledFromOutsideSelectsTheRowInTheTable(FxRobot robot) {
    TableView<QueueRow> table = table(robot);

    robot.interact(
        () -> {
          viewModel.nextPair();
          viewModel.nextPair();
        });

    assertThat(table.getSelectionModel().getSelectedItem().index()).isEqualTo(1);
  }

  @Test
  void theStatusColumnShowsEachDecisionWithItsSymbolAndStyleState(FxRobot robot) {
    QueueRow first = viewModel.allRows().get(0);
    QueueRow second = viewModel.allRows().get(1);

    robot.interact(
        () -> {
          viewModel.setDecision(first.key(), "Association", ReviewStatus.DECIDED);
          viewModel.setDecision(second.key(), null, ReviewStatus.FLAGGED);
        });

    assertThat(statusCell(robot, 0).getText()).isEqualTo("✓ decided");
    assertThat(states(statusCell(robot, 0))).contains("decided").doesNotContain("flagged");
    assertThat(statusCell(robot, 1).getText()).isEqualTo("⚑ flagged");
    assertThat(states(statusCell(robot, 1))).contains("flagged").doesNotContain("decided");

    // Undone: the same cell shows the row as unreviewed, without the decided colour.
    robot.interact(() -> viewModel.setDecision(first.key(), null, ReviewStatus.UNREVIEWED));

    assertThat(statusCell(robot, 0).getText()).isEqualTo("○ unreviewed");
    assertThat(states(statusCell(robot, 0))).contains("unreviewed").doesNotContain("decided");
  }

  private static StatusCell statusCell(FxRobot robot, int index) {
    return robot.lookup(".status-cell").queryAllAs(StatusCell.class).stream()
        .filter(cell -> cell.getIndex() == index && !cell.isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private static List<String> states(StatusCell cell) {
    return cell.getPseudoClassStates().stream().map(state -> state.getPseudoClassName()).toList();
  }
}
