package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.relexcurator.ui.shell.MainWindowFixture.documentText;
import static org.relexcurator.ui.shell.MainWindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.Entity;
import org.relexcurator.ui.corpus.DocumentEntry;
import org.relexcurator.ui.queue.QueueRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The curator never loses their place in the real window on the sample: a decision on a pair picked
 * in the text goes on in the same document, the queue follows a document chosen in the corpus list,
 * and clicking mentions never scrolls the text.
 */
@ExtendWith(ApplicationExtension.class)
class KeepingPlaceFlowTest {

  private static final String SECOND_DOCUMENT = "15096016";
  private static final String THIRD_DOCUMENT = "16152606";

  @TempDir static Path temp;
  private static Path modelFolder;

  private final MainWindowFixture window = new MainWindowFixture();

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    TestModelMaker.write(modelFolder, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage stage) {
    window.showSample(stage, modelFolder);
  }

  @AfterEach
  void cleanUp() throws Exception {
    window.close();
  }

  private QueueRow current() {
    return window.workspace.queue().currentRowProperty().get();
  }

  private List<QueueRow> rowsOf(String documentId) {
    return window.workspace.queue().allRows().stream()
        .filter(row -> row.document().id().equals(documentId))
        .toList();
  }

  private void choose(FxRobot robot, String documentId) {
    robot.clickOn(
        robot
            .lookup("#corpus-documents .list-cell")
            .match(
                (ListCell<?> cell) ->
                    cell.getItem() instanceof DocumentEntry entry && entry.id().equals(documentId))
            .<ListCell<?>>query());
  }

  private static StyleClassedTextArea area(FxRobot robot) {
    return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
  }

  /**
   * Where a mention shows on screen: the same occurrence of its text in the displayed text as in
   * the document's own text.
   */
  private static Point2D onScreen(FxRobot robot, QueueRow row, Entity mention) throws Exception {
    Bounds bounds = boundsOnScreen(robot, row, mention).orElseThrow();
    return new Point2D(
        bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
  }

  /** Empty where the mention's paragraph is not laid out, far out of view. */
  private static Optional<Bounds> boundsOnScreen(FxRobot robot, QueueRow row, Entity mention)
      throws Exception {
    String source = row.document().text().value();
    int start = mention.spans().get(0).start();
    int occurrence = 0;
    for (int at = source.indexOf(mention.text()); at >= 0 && at < start; ) {
      occurrence++;
      at = source.indexOf(mention.text(), at + 1);
    }
    StyleClassedTextArea area = area(robot);
    int shown = area.getText().indexOf(mention.text());
    for (int i = 0; i < occurrence; i++) {
      shown = area.getText().indexOf(mention.text(), shown + 1);
    }
    int at = shown;
    return WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1)).get();
  }

  @Test
  void acceptingAPairPickedInTheTextGoesOnInTheSameDocument(FxRobot robot) throws Exception {
    window.waitForSampleAndModel(robot);
    choose(robot, SECOND_DOCUMENT);
    waitFor(() -> documentText(robot).getText().startsWith("Pallidal stimulation"));
    List<QueueRow> pairs = rowsOf(SECOND_DOCUMENT);
    assertThat(pairs).hasSizeGreaterThan(2);
    QueueRow picked = pairs.get(1);

    robot.clickOn(onScreen(robot, picked, picked.pair().first()));
    robot.clickOn(onScreen(robot, picked, picked.pair().second()));
    waitFor(() -> current() == picked && picked.prediction() != null);
    robot.type(KeyCode.ENTER);
    waitFor(() -> window.store.log().size() == 1);
    waitFor(() -> current() != picked);

    assertThat(window.store.log().get(0).pairKey()).isEqualTo(picked.key());
    assertThat(current().document().id()).isEqualTo(SECOND_DOCUMENT);
    assertThat(current()).isSameAs(pairs.get(2));
  }

  @SuppressWarnings("unchecked")
  @Test
  void choosingADocumentInTheListTakesTheQueueToItsFirstPair(FxRobot robot) throws Exception {
    window.waitForSampleAndModel(robot);

    choose(robot, THIRD_DOCUMENT);
    waitFor(() -> documentText(robot).getText().startsWith("Carrier frequency"));

    TableView<QueueRow> table = robot.lookup(".queue-table").queryAs(TableView.class);
    QueueRow selected = table.getSelectionModel().getSelectedItem();
    assertThat(selected).isSameAs(rowsOf(THIRD_DOCUMENT).get(0));
    assertThat(current()).isSameAs(selected);
  }

  @Test
  void clickingMentionsNeverScrollsTheText(FxRobot robot) throws Exception {
    window.waitForSampleAndModel(robot);
    choose(robot, THIRD_DOCUMENT);
    waitFor(() -> area(robot).getText().startsWith("Carrier frequency"));
    StyleClassedTextArea area = area(robot);
    @SuppressWarnings("unchecked")
    VirtualizedScrollPane<StyleClassedTextArea> pane =
        (VirtualizedScrollPane<StyleClassedTextArea>) area.getParent();
    // The lowest pair wholly in view, then the text scrolled down by half the space above it:
    // clicks on a text that is not at its top, on mentions low in the viewport.
    Bounds viewport = area.localToScreen(area.getBoundsInLocal());
    QueueRow lowest = null;
    double lowestY = 0;
    for (QueueRow row : rowsOf(THIRD_DOCUMENT)) {
      double top = onScreen(robot, row, row.pair().first()).getY();
      double bottom = onScreen(robot, row, row.pair().second()).getY();
      if (Math.min(top, bottom) > viewport.getMinY() + 12
          && Math.max(top, bottom) < viewport.getMaxY() - 8
          && Math.max(top, bottom) > lowestY) {
        lowest = row;
        lowestY = Math.max(top, bottom);
      }
    }
    assertThat(lowest).isNotNull();
    QueueRow clicked = lowest;
    double room =
        Math.min(
                onScreen(robot, clicked, clicked.pair().first()).getY(),
                onScreen(robot, clicked, clicked.pair().second()).getY())
            - viewport.getMinY();
    robot.interact(() -> area.scrollYBy(room / 2));
    WaitForAsyncUtils.waitForFxEvents();
    double before = pane.estimatedScrollYProperty().getValue();
    assertThat(before).isPositive();
    Point2D e1 = onScreen(robot, clicked, clicked.pair().first());

    robot.clickOn(e1);
    robot.clickOn(onScreen(robot, clicked, clicked.pair().second()));
    waitFor(() -> current() == clicked && clicked.prediction() != null);

    assertThat(onScreen(robot, clicked, clicked.pair().first())).isEqualTo(e1);
    assertThat(pane.estimatedScrollYProperty().getValue()).isCloseTo(before, within(0.5));
  }

  @Test
  void choosingAPairInTheQueueScrollsTheTextOnlyWhenThePairIsOutOfView(FxRobot robot)
      throws Exception {
    window.waitForSampleAndModel(robot);
    choose(robot, THIRD_DOCUMENT);
    waitFor(() -> area(robot).getText().startsWith("Carrier frequency"));
    StyleClassedTextArea area = area(robot);
    @SuppressWarnings("unchecked")
    VirtualizedScrollPane<StyleClassedTextArea> pane =
        (VirtualizedScrollPane<StyleClassedTextArea>) area.getParent();
    Bounds viewport = area.localToScreen(area.getBoundsInLocal());
    QueueRow inView = null;
    for (QueueRow row : rowsOf(THIRD_DOCUMENT)) {
      if (row != current() && isWellInView(robot, row, viewport)) {
        inView = row;
      }
    }
    assertThat(inView).isNotNull();
    double before = pane.estimatedScrollYProperty().getValue();
    Point2D e1 = onScreen(robot, inView, inView.pair().first());

    clickInQueue(robot, inView);
    QueueRow chosenInView = inView;
    waitFor(() -> current() == chosenInView);

    assertThat(onScreen(robot, inView, inView.pair().first())).isEqualTo(e1);
    assertThat(pane.estimatedScrollYProperty().getValue()).isCloseTo(before, within(0.5));

    // Down at the end of the abstract, a pair in the title is out of view: choosing it scrolls.
    robot.interact(() -> area.scrollYBy(area.getTotalHeightEstimate()));
    WaitForAsyncUtils.waitForFxEvents();
    QueueRow outOfView = null;
    for (QueueRow row : rowsOf(THIRD_DOCUMENT)) {
      if (outOfView == null
          && isAboveView(robot, row, row.pair().first(), viewport)
          && isAboveView(robot, row, row.pair().second(), viewport)) {
        outOfView = row;
      }
    }
    assertThat(outOfView).isNotNull();
    double scrolledDown = pane.estimatedScrollYProperty().getValue();

    clickInQueue(robot, outOfView);
    QueueRow chosenOutOfView = outOfView;
    waitFor(() -> current() == chosenOutOfView);

    assertThat(pane.estimatedScrollYProperty().getValue()).isLessThan(scrolledDown);
    assertThat(isWellInView(robot, outOfView, viewport)).isTrue();
  }

  /** Above the viewport, or not laid out at all: the text is scrolled down to its end. */
  private static boolean isAboveView(FxRobot robot, QueueRow row, Entity mention, Bounds viewport)
      throws Exception {
    Optional<Bounds> bounds = boundsOnScreen(robot, row, mention);
    return bounds.isEmpty() || bounds.get().getMaxY() <= viewport.getMinY();
  }

  private static boolean isWellInView(FxRobot robot, QueueRow row, Bounds viewport)
      throws Exception {
    double top = onScreen(robot, row, row.pair().first()).getY();
    double bottom = onScreen(robot, row, row.pair().second()).getY();
    return Math.min(top, bottom) > viewport.getMinY() + 8
        && Math.max(top, bottom) < viewport.getMaxY() - 8;
  }

  @SuppressWarnings("unchecked")
  private static void clickInQueue(FxRobot robot, QueueRow row) {
    TableView<QueueRow> table = robot.lookup(".queue-table").queryAs(TableView.class);
    robot.interact(() -> table.scrollTo(row));
    robot.clickOn(
        robot
            .lookup(".queue-table .table-row-cell")
            .match((TableRow<?> cell) -> cell.getItem() == row)
            .<TableRow<?>>query());
  }
}
