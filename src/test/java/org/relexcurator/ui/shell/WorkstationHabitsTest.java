package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.shell.MainWindowFixture.shortcut;
import static org.relexcurator.ui.shell.MainWindowFixture.showing;
import static org.relexcurator.ui.shell.MainWindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.ui.corpus.DocumentEntry;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.settings.LastPlace;
import org.relexcurator.ui.settings.LastPlaceFile;
import org.relexcurator.ui.settings.Settings;
import org.relexcurator.ui.settings.SettingsFile;
import org.relexcurator.ui.settings.StartupSettings;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The habits of a desktop program a curator expects: zoom keys, Esc closing secondary windows, the
 * last place coming back at the next start, Edit and Model menus that hold what they name, and a
 * welcome screen whose keys do what Help says. Each test opens the window as the app does, on a
 * data folder of its own.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationHabitsTest {

  @TempDir static Path shared;
  private static Path hub;
  private static Path cachedModel;

  @TempDir Path temp;

  private final MainWindowFixture window = new MainWindowFixture();
  private final FxTaskExecutor writes = new FxTaskExecutor(1);
  private RememberedPlace place;
  private Stage stage;

  @BeforeAll
  static void makeCachedModel() throws IOException {
    hub = shared.resolve("hub");
    cachedModel = hub.resolve("models--Glasgow-AI4BioMed--synthetic_relex/snapshots/rev1");
    TestModelMaker.write(cachedModel, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage primary) {
    // Each test opens its window on a stage of its own.
  }

  @AfterEach
  void cleanUp() throws Exception {
    window.close();
    writes.closeAfterPending(java.time.Duration.ofSeconds(10));
  }

  /**
   * The window as DesktopApp makes it on a data folder, with the last place remembered there.
   *
   * @param hubFolder the Hugging Face cache the welcome screen looks in
   */
  private void openWindow(Path dataHome, Path hubFolder, List<Path> files) throws Exception {
    StartupSettings startup = StartupSettings.load(dataHome);
    WaitForAsyncUtils.asyncFx(
            () -> {
              SettingsAndHelp settingsAndHelp = window.buildFrom(startup, hubFolder, shared);
              place =
                  new RememberedPlace(
                      LastPlaceFile.in(dataHome),
                      writes,
                      window.main,
                      null,
                      window.corpus,
                      window.workspace.queue());
              stage = window.newStage();
              window.window(files, settingsAndHelp).show(stage);
              if (files.isEmpty()) {
                place.restore();
              }
            })
        .get();
  }

  private void openWindowOnSample(Path dataHome) throws Exception {
    openWindow(dataHome, hub, List.of(MainWindowFixture.SAMPLE));
    waitFor(
        () ->
            window.workspace.queue().allRows().size() == 201
                && window.corpus.selectedDocument() != null);
  }

  private static Path dataHomeWithSettings(Path dataHome) throws IOException {
    new SettingsFile(dataHome.resolve(SettingsFile.NAME), "alice").save(Settings.defaults("alice"));
    return dataHome;
  }

  @Test
  void ctrlEqualsAndCtrlMinusZoomTheFontCtrlZeroResetsItAndEachSizeIsSaved(FxRobot robot)
      throws Exception {
    Path dataHome = dataHomeWithSettings(temp.resolve("data"));
    openWindowOnSample(dataHome);
    Path file = dataHome.resolve(SettingsFile.NAME);
    Label status = robot.lookup("#status").queryAs(Label.class);
    assertThat(status.getFont().getSize()).isEqualTo(13.0);

    robot.clickOn("#status");
    shortcut(robot, KeyCode.EQUALS);
    shortcut(robot, KeyCode.EQUALS);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(stage.getScene().getRoot().getStyle()).isEqualTo("-fx-font-size: 17px;");
    assertThat(status.getFont().getSize()).isEqualTo(17.0);
    waitFor(() -> Files.readString(file).contains("\"fontSize\" : 17"));
    assertThat(new SettingsFile(file, "alice").load().settings().fontSize()).isEqualTo(17);

    shortcut(robot, KeyCode.MINUS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status.getFont().getSize()).isEqualTo(15.0);
    waitFor(() -> Files.readString(file).contains("\"fontSize\" : 15"));

    shortcut(robot, KeyCode.DIGIT0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(status.getFont().getSize()).isEqualTo(13.0);
    waitFor(() -> Files.readString(file).contains("\"fontSize\" : 13"));
    // Ctrl+0 is a zoom key, not the deciding pane's label 0.
    assertThat(window.store.log()).isEmpty();
  }

  @Test
  void escClosesTheEvaluationReportWindowAndTheAboutDialog(FxRobot robot) throws Exception {
    openWindowOnSample(dataHomeWithSettings(temp.resolve("data")));
    ProjectWindows windows = new ProjectWindows(null, window.work, () -> "alice", window.main);
    Path export = Files.writeString(temp.resolve("curated.jsonl"), "not json\n");
    robot.interact(() -> windows.showEvaluation(stage, export));
    waitFor(
        () ->
            robot.listWindows().stream()
                .anyMatch(w -> w != stage && w.isShowing() && w.getScene() != null));
    javafx.stage.Window report =
        robot.listWindows().stream()
            .filter(w -> w != stage && w.isShowing())
            .findFirst()
            .orElseThrow();
    // Esc while the report is still being computed cancels it; once it is done, Esc closes.
    WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
    robot.interact(report::requestFocus);
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> !report.isShowing());

    robot.clickOn("Help").clickOn("About RelEx Curator");
    waitFor(() -> showing(robot, "#about-title"));
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> !showing(robot, "#about-title"));
    assertThat(stage.isShowing()).isTrue();
  }

  @Test
  void theDocumentAndPairShownWhenTheWindowClosedComeBackAtTheNextStart(FxRobot robot)
      throws Exception {
    Path dataHome = dataHomeWithSettings(temp.resolve("data"));
    openWindow(dataHome, hub, List.of());
    robot.interact(() -> window.main.open(MainWindowFixture.SAMPLE));
    waitFor(
        () ->
            window.workspace.queue().allRows().size() == 201
                && window.corpus.selectedDocument() != null);

    @SuppressWarnings("unchecked")
    ListView<DocumentEntry> documents = robot.lookup("#corpus-documents").queryAs(ListView.class);
    DocumentEntry third = documents.getItems().get(2);
    javafx.scene.Node thirdCell =
        robot.from(documents).lookup(".list-cell").queryAll().stream()
            .filter(cell -> ((javafx.scene.control.ListCell<?>) cell).getItem() == third)
            .findFirst()
            .orElseThrow();
    robot.clickOn(thirdCell);
    waitFor(() -> window.corpus.selectedProperty().get() == third);
    QueueRow pair =
        window.workspace.queue().allRows().stream()
            .filter(row -> row.document().id().equals(third.id()))
            .skip(1)
            .findFirst()
            .orElseThrow();
    robot.interact(() -> window.workspace.queue().select(pair));
    Path placeFile = dataHome.resolve(LastPlaceFile.NAME);
    waitFor(
        () ->
            Files.exists(placeFile)
                && pair.key().equals(new LastPlaceFile(placeFile).load().place().pairKey()));
    WaitForAsyncUtils.asyncFx(stage::close).get();

    openWindow(dataHome, hub, List.of());
    waitFor(
        () ->
            window.workspace.queue().currentRowProperty().get() != null
                && window.workspace.queue().currentRowProperty().get().key().equals(pair.key()));

    assertThat(window.corpus.selectedProperty().get().id()).isEqualTo(third.id());
    @SuppressWarnings("unchecked")
    ListView<DocumentEntry> reopened =
        robot.from(stage.getScene().getRoot()).lookup("#corpus-documents").queryAs(ListView.class);
    assertThat(reopened.getSelectionModel().getSelectedItem().id()).isEqualTo(third.id());
    @SuppressWarnings("unchecked")
    TableView<QueueRow> table =
        robot.from(stage.getScene().getRoot()).lookup(".queue-table").queryAs(TableView.class);
    assertThat(table.getSelectionModel().getSelectedItem().key()).isEqualTo(pair.key());
    assertThat(window.main.statusProperty().get()).startsWith("biored-dev-sample.pubtator");
  }

  @Test
  void aLastCorpusThatIsGoneIsNamedInTheStatusBarAndTheWindowOpensEmpty(FxRobot robot)
      throws Exception {
    Path dataHome = dataHomeWithSettings(temp.resolve("data"));
    Path gone = temp.resolve("moved-away.pubtator");
    LastPlaceFile.in(dataHome).save(new LastPlace(null, gone, "123", "123|a|b"));

    openWindow(dataHome, hub, List.of());

    waitFor(() -> window.main.statusProperty().get().contains("no longer there"));
    assertThat(robot.lookup("#status").queryAs(Label.class).getText())
        .isEqualTo(
            "The corpus last open, " + gone + ", is no longer there. Open a corpus to begin.");
    assertThat(window.main.corpusProperty().get()).isNull();
    assertThat(window.workspace.queue().allRows()).isEmpty();
  }

  @Test
  void editMenuUndoesAndRedoesTheLatestDecisionAndFindFocusesTheDocumentSearch(FxRobot robot)
      throws Exception {
    openWindowOnSample(dataHomeWithSettings(temp.resolve("data")));
    robot.interact(
        () -> window.workspace.queue().select(window.workspace.queue().allRows().get(0)));
    robot.clickOn("#skip-button");
    waitFor(() -> window.store.log().size() == 1);

    robot.clickOn("Edit").clickOn("Undo Decision");
    waitFor(() -> window.store.log().size() == 2);
    assertThat(window.store.log().get(1).action()).isEqualTo(DecisionAction.UNDONE);

    robot.clickOn("Edit").clickOn("Redo Decision");
    waitFor(() -> window.store.log().size() == 3);
    assertThat(window.store.log().get(2).action()).isEqualTo(DecisionAction.REDONE);

    // Ctrl+Z, which the menu shows, undoes once: the key and the menu entry do not both act.
    robot.clickOn("#status");
    shortcut(robot, KeyCode.Z);
    waitFor(() -> window.store.log().size() == 4);
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.store.log()).hasSize(4);

    robot.clickOn("Edit").clickOn("Find Documents");
    TextField search =
        robot.lookup("#corpus-documents").query().getParent().getChildrenUnmodifiable().stream()
            .filter(TextField.class::isInstance)
            .map(TextField.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(search.isFocused()).isTrue();
  }

  @Test
  void modelMenuDescribesTheLoadedModelAndChecksItsFolderWithoutReplacingIt(FxRobot robot)
      throws Exception {
    openWindowOnSample(dataHomeWithSettings(temp.resolve("data")));
    robot.interact(() -> window.model.load(cachedModel.toString()));
    waitFor(() -> window.model.classifierProperty().get() != null);
    RelationClassifier loaded = window.model.classifierProperty().get();

    robot.clickOn("Model");
    Label description = robot.lookup("#model-menu-description").queryAs(Label.class);
    assertThat(description.getText())
        .contains("Folder: " + loaded.description().location())
        .contains("Fingerprint: " + loaded.description().fingerprint())
        .contains("Device: cpu")
        .contains(ModelDescription.TEST_MODEL_WARNING);
    robot.clickOn("Check Model");

    waitFor(() -> showing(robot, "#welcome"));
    waitFor(
        () ->
            robot
                    .lookup("#welcome-report")
                    .queryAs(javafx.scene.layout.VBox.class)
                    .getChildren()
                    .size()
                == 9);
    assertThat(robot.lookup("#welcome-verdict").queryAs(Label.class).getText())
        .isEqualTo("This is a test model. " + ModelDescription.TEST_MODEL_WARNING + ".");
    assertThat(window.model.classifierProperty().get()).isSameAs(loaded);
  }

  @Test
  void withoutTheModelInTheCacheTheWelcomeCheckSaysWhyAndEnterClosesTheScreen(FxRobot robot)
      throws Exception {
    Path emptyHub = Files.createDirectories(temp.resolve("empty-hub"));
    openWindow(temp.resolve("first-run"), emptyHub, List.of());
    waitFor(() -> showing(robot, "#welcome"));

    Label state = robot.lookup("#welcome-check-state").queryAs(Label.class);
    waitFor(() -> state.getText().contains("not in the Hugging Face cache"));
    assertThat(state.isVisible()).isTrue();
    assertThat(state.getText())
        .startsWith("No folder checked yet: Glasgow-AI4BioMed/synthetic_relex is not in");

    robot.type(KeyCode.ENTER);
    waitFor(() -> !showing(robot, "#welcome"));
    assertThat(stage.isShowing()).isTrue();
    assertThat(robot.listWindows().stream().filter(javafx.stage.Window::isShowing).count())
        .isEqualTo(1);
  }
}
