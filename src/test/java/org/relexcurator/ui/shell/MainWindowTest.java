package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.model.Problem;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");

  @TempDir Path temp;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor executor = new FxTaskExecutor(2);
  private MainViewModel viewModel;
  private ModelViewModel model;

  @Start
  void start(Stage stage) {
    viewModel =
        new MainViewModel(
            executor, CorpusPreparation.standard(MarkerMode.EXACT), new RecentFiles(preferences));
    model = new ModelViewModel(executor, ClassifierSettings.defaults(), "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    ReviewWorkspace workspace =
        new ReviewWorkspace(
            executor,
            executor,
            CorpusPreparation.standard(MarkerMode.EXACT),
            new InMemoryCurationStore(),
            "alice",
            java.time.Clock.systemUTC(),
            corpus,
            model);
    new MainWindow(viewModel, model, corpus, workspace, List.of(SAMPLE)).show(stage);
  }

  @AfterEach
  void cleanUp() throws Exception {
    executor.close();
    preferences.removeNode();
  }

  private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
  }

  private static String documentText(FxRobot robot) {
    return robot
        .lookup("#document-text")
        .queryAs(org.fxmisc.richtext.StyleClassedTextArea.class)
        .getText();
  }

  @Test
  void theFileFromTheCommandLineOpensInTheBackgroundAndListsItsDocuments(FxRobot robot)
      throws Exception {
    ListView<?> documents = robot.lookup("#corpus-documents").queryAs(ListView.class);
    waitFor(() -> documents.getItems().size() == 6);

    assertThat(robot.lookup("#status").queryAs(Label.class).getText())
        .contains("biored-dev-sample.pubtator (pubtator): 6 documents");
    waitFor(
        () -> documentText(robot).startsWith("Congenital hypothyroidism due to a new deletion"));
    assertThat(viewModel.recentFiles()).containsExactly(SAMPLE.toAbsolutePath().normalize());
    assertThat(robot.lookup("#model-status").queryAs(Label.class).getText())
        .isEqualTo("No model loaded");
  }

  @Test
  void clickingADocumentShowsItsText(FxRobot robot) throws Exception {
    // The list's cells exist once a frame has laid the list out, a little after its items.
    waitFor(
        () ->
            robot
                .lookup("#corpus-documents .document-id")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("14510914"))
                .tryQuery()
                .isPresent());

    robot.clickOn(
        robot
            .lookup("#corpus-documents .document-id")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("14510914"))
            .queryLabeled());
    robot.type(javafx.scene.input.KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();

    waitFor(() -> documentText(robot).startsWith("Pallidal stimulation: an alternative to"));
  }

  @Test
  void aFileWithBadLinesOpensAndListsItsProblems(FxRobot robot) throws Exception {
    Path bad = temp.resolve("bad.pubtator");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "1|t|Aspirin reduces fever.",
            "1|a|It is cheap.",
            "1\t0\t7\tAspirin\tChemical\tD001241",
            "1\t16\t21\tcough\tDisease\tD003371",
            ""),
        StandardCharsets.UTF_8);
    ListView<?> documents = robot.lookup("#corpus-documents").queryAs(ListView.class);
    waitFor(() -> documents.getItems().size() == 6);

    robot.interact(() -> viewModel.open(bad));
    waitFor(() -> documents.getItems().size() == 1);
    Button problems = robot.lookup("#problems-button").queryAs(Button.class);
    assertThat(problems.getText()).isEqualTo("\u26a0 1 error");
    robot.clickOn(problems);
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> table = robot.lookup("#problems-table").queryAs(TableView.class);
    Problem problem = (Problem) table.getItems().get(0);
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.expected()).isEqualTo("cough");
    assertThat(problem.found()).isEqualTo("fever");
  }

  @Test
  void aFileThatCannotBeReadGivesAShortMessageAndKeepsTheOpenCorpus(FxRobot robot)
      throws Exception {
    ListView<?> documents = robot.lookup("#corpus-documents").queryAs(ListView.class);
    waitFor(() -> documents.getItems().size() == 6);

    robot.interact(() -> viewModel.open(temp.resolve("missing.pubtator")));
    Label error = robot.lookup("#error").queryAs(Label.class);
    waitFor(() -> error.getText() != null);

    assertThat(error.getText()).endsWith("missing.pubtator: no such file or folder");
    assertThat(documents.getItems()).hasSize(6);
  }

  @Test
  void theQueueShowsWhatTheCuratorDecidesOnWithoutScrollingSideways(FxRobot robot)
      throws Exception {
    TableView<?> table = robot.lookup(".queue-table").queryAs(TableView.class);
    waitFor(() -> !table.getItems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    Bounds shown = table.localToScreen(table.getBoundsInLocal());

    for (String title : List.of("Sentence", "Predicted", "Score", "Status")) {
      Label header =
          robot
              .from(table)
              .lookup(".column-header .label")
              .lookup((Label label) -> title.equals(label.getText()))
              .queryAs(Label.class);
      Bounds at = header.localToScreen(header.getBoundsInLocal());
      assertThat(at.getMaxX()).as(title + " header's right edge").isLessThan(shown.getMaxX());
    }
  }
}
