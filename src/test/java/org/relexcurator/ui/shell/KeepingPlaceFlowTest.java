package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.shell.MainWindowFixture.characterOnScreen;
import static org.relexcurator.ui.shell.MainWindowFixture.documentText;
import static org.relexcurator.ui.shell.MainWindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

  /**
   * Where a mention shows on screen: the same occurrence of its text in the displayed text as in
   * the document's own text.
   */
  private static Point2D onScreen(FxRobot robot, QueueRow row, Entity mention) throws Exception {
    String source = row.document().text().value();
    int start = mention.spans().get(0).start();
    int occurrence = 0;
    for (int at = source.indexOf(mention.text()); at >= 0 && at < start; ) {
      occurrence++;
      at = source.indexOf(mention.text(), at + 1);
    }
    String shownText = documentText(robot).getText();
    int shown = shownText.indexOf(mention.text());
    for (int i = 0; i < occurrence; i++) {
      shown = shownText.indexOf(mention.text(), shown + 1);
    }
    return characterOnScreen(robot, shown);
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
}
