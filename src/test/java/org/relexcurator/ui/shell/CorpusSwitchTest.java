package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.shell.MainWindowFixture.documentText;
import static org.relexcurator.ui.shell.MainWindowFixture.onScreen;
import static org.relexcurator.ui.shell.MainWindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.ui.corpus.DocumentEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 1: a pair picked in one corpus must not stay decidable once another corpus is
 * opened, and the first corpus's document search must not hide the second's documents.
 */
@ExtendWith(ApplicationExtension.class)
class CorpusSwitchTest {

  private static final Path SECOND =
      Path.of("src/test/resources/org/relexcurator/ui/second-corpus/two-abstracts.pubtator");

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

  @SuppressWarnings("unchecked")
  private static ListView<DocumentEntry> documents(FxRobot robot) {
    return robot.lookup("#corpus-documents").queryAs(ListView.class);
  }

  @Test
  void aPairPickedInOneCorpusCannotBeDecidedOnceAnotherIsOpen(FxRobot robot) throws Exception {
    window.waitForSampleAndModel(robot);
    robot.clickOn(onScreen(robot, "sodium/iodide symporter"));
    robot.clickOn(onScreen(robot, "Congenital hypothyroidism"));
    Button accept = robot.lookup("#accept-button").queryButton();
    waitFor(() -> !accept.isDisabled());
    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    robot.write("hypothyroidism");
    waitFor(() -> documents(robot).getItems().size() == 1);

    robot.interact(() -> window.main.open(SECOND));
    // Both the queue and the document list are the second corpus's, filtered or not.
    waitFor(
        () ->
            !window.workspace.queue().loadingProperty().get()
                && window.corpus.totals()[1] == window.workspace.queue().allRows().size()
                && window.workspace.queue().allRows().get(0).document().id().equals("90000001"));

    assertThat(accept.isDisabled()).isTrue();
    assertThat(robot.lookup("#none-button").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup(".pair-title").queryAs(Label.class).getText())
        .isEqualTo("No pair selected");
    robot.clickOn(".pair-title");
    robot.type(KeyCode.ENTER);
    robot.type(KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.store.log()).isEmpty();

    assertThat(robot.lookup(".corpus-view .text-field").queryAs(TextField.class).getText())
        .isEmpty();
    assertThat(documents(robot).getItems())
        .extracting(DocumentEntry::id)
        .containsExactly("90000001", "90000002");
    waitFor(() -> documentText(robot).getText().startsWith("Metformin lowers blood glucose"));
    assertThat(accept.isDisabled()).isTrue();
  }
}
