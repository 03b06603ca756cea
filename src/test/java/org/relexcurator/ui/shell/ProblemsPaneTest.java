package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.model.Problem;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The problems of a file with repaired offsets, from the status bar's count to the mention in the
 * text.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsPaneTest {

  private static final Path REPAIRED =
      Path.of("src/test/resources/ui-problems/repaired-offsets.pubtator");

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor executor = new FxTaskExecutor(2);

  @Start
  void start(Stage stage) {
    MainViewModel viewModel =
        new MainViewModel(
            executor, CorpusPreparation.standard(MarkerMode.EXACT), new RecentFiles(preferences));
    ModelViewModel model = new ModelViewModel(executor, ClassifierSettings.defaults(), "unused");
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
    new MainWindow(viewModel, model, corpus, workspace, List.of(REPAIRED)).show(stage);
    // Monocle has no window decorations: the stage's size is the scene's (for the screenshot).
    stage.setWidth(1280);
    stage.setHeight(720);
  }

  @AfterEach
  void cleanUp() throws Exception {
    executor.close();
    preferences.removeNode();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
  }

  private static StyleClassedTextArea text(FxRobot robot) {
    return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
  }

  /** The style classes of the shown text at the first character of a word. */
  private static java.util.Collection<String> stylesAt(FxRobot robot, String word, int occurrence) {
    String shown = text(robot).getText();
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = shown.indexOf(word, at + 1);
    }
    return text(robot).getStyleOfChar(at + 1);
  }

  /** Whether the focus ring (a shape drawn behind the text) is around a word's first character. */
  private static boolean isFocusedAt(FxRobot robot, String word, int occurrence) throws Exception {
    String shown = text(robot).getText();
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = shown.indexOf(word, at + 1);
    }
    int position = at + 1;
    return WaitForAsyncUtils.asyncFx(
            () -> {
              java.util.Optional<javafx.geometry.Bounds> character =
                  text(robot).getCharacterBoundsOnScreen(position, position + 1);
              return character.isPresent()
                  && robot
                      .lookup(".emphasis.focused")
                      .queryAllAs(javafx.scene.shape.Path.class)
                      .stream()
                      .filter(shape -> !shape.getElements().isEmpty())
                      .map(shape -> shape.localToScreen(shape.getBoundsInLocal()))
                      .anyMatch(
                          drawn ->
                              drawn.contains(
                                  character.get().getCenterX(), character.get().getCenterY()));
            })
        .get();
  }

  private static Button problemsButton(FxRobot robot) {
    return robot.lookup("#problems-button").queryAs(Button.class);
  }

  @SuppressWarnings("unchecked")
  private static TableView<Problem> openProblems(FxRobot robot) throws Exception {
    waitFor(() -> problemsButton(robot).isVisible());
    robot.clickOn(problemsButton(robot));
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#problems-table").queryAs(TableView.class);
  }

  private static TableRow<?> rowOf(FxRobot robot, String documentId, String annotationId) {
    return robot
        .lookup(".table-row-cell")
        .match(
            (TableRow<?> row) ->
                row.getItem() instanceof Problem p
                    && documentId.equals(p.documentId())
                    && annotationId.equals(p.annotationId()))
        .queryAs(TableRow.class);
  }

  @Test
  void theStatusBarCountsTheFilesErrorsAndWarningsInPlainSight(FxRobot robot) throws Exception {
    waitFor(() -> problemsButton(robot).isVisible());

    Button count = problemsButton(robot);
    assertThat(count.getText()).isEqualTo("\u26a0 1 error \u00b7 3 warnings");
    assertThat(count.getStyleClass()).contains("has-errors");
    // Shown whole, not cut to "…".
    assertThat(count.getWidth()).isGreaterThanOrEqualTo(count.prefWidth(-1) - 0.5);
  }

  @Test
  void clickingTheCountListsEveryProblemWithWhereItIs(FxRobot robot) throws Exception {
    TableView<Problem> table = openProblems(robot);

    assertThat(table.getItems())
        .extracting(Problem::documentId, Problem::line, Problem::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("91000001", 6, Problem.Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("91000001", 9, Problem.Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("91000002", 20, Problem.Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("91000002", 23, Problem.Severity.ERROR));
    assertThat(
            robot
                .lookup(
                    (javafx.scene.text.Text text) ->
                        text.getText().equals("repaired-offsets.pubtator:20"))
                .tryQuery())
        .isPresent();
    WaitForAsyncUtils.asyncFx(() -> Screenshots.write(table.getScene().getRoot(), "problems-pane"))
        .get();
  }

  @Test
  void doubleClickingARepairedMentionShowsItsDocumentWithTheMentionFocused(FxRobot robot)
      throws Exception {
    waitFor(() -> text(robot).getText().startsWith("Aspirin reduces fever"));
    openProblems(robot);

    robot.doubleClickOn(rowOf(robot, "91000002", "T3"));
    waitFor(() -> text(robot).getText().startsWith("Metformin and lactic acidosis."));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isFocusedAt(robot, "metformin", 0));

    assertThat(stylesAt(robot, "metformin", 0)).contains("type-chemical", "repaired");
    assertThat(stylesAt(robot, "Metformin", 0)).doesNotContain("repaired");
    assertThat(isFocusedAt(robot, "Metformin", 0)).isFalse();
    assertThat(robot.lookup("#problems-outcome").queryAs(Label.class).getText())
        .isEqualTo("Showing document 91000002, mention T3.");
  }

  @Test
  void enterOnAProblemGoesThereFromTheKeyboard(FxRobot robot) throws Exception {
    waitFor(() -> text(robot).getText().startsWith("Aspirin reduces fever"));
    TableView<Problem> table = openProblems(robot);
    robot.clickOn(rowOf(robot, "91000002", "T6"));
    robot.clickOn(rowOf(robot, "91000001", "T6"));

    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isFocusedAt(robot, "ibuprofen", 0));

    assertThat(table.getSelectionModel().getSelectedItem().annotationId()).isEqualTo("T6");
    assertThat(stylesAt(robot, "ibuprofen", 0)).contains("repaired");
    // The other repaired mention of the document is marked too; a mention kept as given is not.
    assertThat(stylesAt(robot, "fever", 1)).contains("repaired");
    assertThat(isFocusedAt(robot, "fever", 1)).isFalse();
    assertThat(stylesAt(robot, "fever", 0)).doesNotContain("repaired");
  }

  @Test
  void aDroppedMentionShowsItsDocumentAndSaysItWasDropped(FxRobot robot) throws Exception {
    waitFor(() -> text(robot).getText().startsWith("Aspirin reduces fever"));
    openProblems(robot);

    robot.doubleClickOn(rowOf(robot, "91000002", "T6"));
    waitFor(() -> text(robot).getText().startsWith("Metformin and lactic acidosis."));

    assertThat(robot.lookup("#problems-outcome").queryAs(Label.class).getText())
        .isEqualTo("Showing document 91000002; T6 is not among its mentions (dropped).");
  }

  @Test
  void theLegendExplainsTheRepairedMarkWhereTheDocumentHasOne(FxRobot robot) throws Exception {
    waitFor(() -> text(robot).getText().startsWith("Aspirin reduces fever"));
    waitFor(() -> robot.lookup("#legend-repaired").tryQuery().isPresent());

    Label entry = robot.lookup("#legend-repaired").queryAs(Label.class);
    assertThat(entry.getText()).isEqualTo("offsets repaired");
    assertThat(entry.getTooltip().getText()).contains("moved them to where the text is");
  }
}
