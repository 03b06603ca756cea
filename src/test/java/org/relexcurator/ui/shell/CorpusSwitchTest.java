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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.corpus.DocumentEntry;
import org.relexcurator.ui.task.FxTaskExecutor;
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

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");
  private static final Path SECOND =
      Path.of("src/test/resources/org/relexcurator/ui/second-corpus/two-abstracts.pubtator");

  @TempDir static Path temp;
  private static Path modelFolder;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor work = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private final InMemoryCurationStore store = new InMemoryCurationStore();
  private MainViewModel viewModel;
  private ModelViewModel model;
  private ReviewWorkspace workspace;
  private CorpusViewModel corpus;

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    TestModelMaker.write(modelFolder, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage stage) {
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    viewModel = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model = new ModelViewModel(work, new ClassifierSettings(DeviceChoice.CPU, 8, 1), "unused");
    corpus = new CorpusViewModel();
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

  @SuppressWarnings("unchecked")
  private static ListView<DocumentEntry> documents(FxRobot robot) {
    return robot.lookup("#corpus-documents").queryAs(ListView.class);
  }

  @Test
  void aPairPickedInOneCorpusCannotBeDecidedOnceAnotherIsOpen(FxRobot robot) throws Exception {
    waitFor(
        () ->
            model.classifierProperty().get() != null
                && workspace.queue().allRows().size() == 201
                && area(robot).getText().startsWith("Congenital hypothyroidism"));
    robot.clickOn(onScreen(robot, "sodium/iodide symporter"));
    robot.clickOn(onScreen(robot, "Congenital hypothyroidism"));
    Button accept = robot.lookup("#accept-button").queryButton();
    waitFor(() -> !accept.isDisabled());
    robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
    robot.write("hypothyroidism");
    waitFor(() -> documents(robot).getItems().size() == 1);

    robot.interact(() -> viewModel.open(SECOND));
    // Both the queue and the document list are the second corpus's, filtered or not.
    waitFor(
        () ->
            !workspace.queue().loadingProperty().get()
                && corpus.totals()[1] == workspace.queue().allRows().size()
                && workspace.queue().allRows().get(0).document().id().equals("90000001"));

    assertThat(accept.isDisabled()).isTrue();
    assertThat(robot.lookup("#none-button").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup(".pair-title").queryAs(Label.class).getText())
        .isEqualTo("No pair selected");
    robot.clickOn(".pair-title");
    robot.type(KeyCode.ENTER);
    robot.type(KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(store.log()).isEmpty();

    assertThat(robot.lookup(".corpus-view .text-field").queryAs(TextField.class).getText())
        .isEmpty();
    assertThat(documents(robot).getItems())
        .extracting(DocumentEntry::id)
        .containsExactly("90000001", "90000002");
    waitFor(() -> area(robot).getText().startsWith("Metformin lowers blood glucose"));
    assertThat(accept.isDisabled()).isTrue();
  }
}
