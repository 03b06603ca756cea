package org.relexcurator.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.evaluation.CuratedPairsReader;
import org.relexcurator.curation.evaluation.Evaluation;
import org.relexcurator.curation.evaluation.EvaluationSettings;
import org.relexcurator.curation.evaluation.ReportFormat;
import org.relexcurator.curation.evaluation.Weighting;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EvaluationReportViewTest {

  @TempDir static Path temp;

  private EvaluationReportViewModel viewModel;
  private Node root;

  @Start
  void start(Stage stage) {
    viewModel =
        new EvaluationReportViewModel(
            new SynchronousTaskExecutor(),
            new EvaluationSettings(Weighting.POST_STRATIFIED, 200, 42));
    root = new EvaluationReportView(viewModel).node();
    stage.setScene(new Scene((Parent) root, 1240, 780));
    stage.show();
  }

  @Test
  void aKnownReportShowsItsCellsTheCardsNumbersEceAndTheTestModelBanner(FxRobot robot)
      throws Exception {
    String testModel =
        Files.readString(EvaluationReportViewModelTest.handChecked())
            .replace("\"test_model\":false", "\"test_model\":true");
    var report =
        Evaluation.of(
            CuratedPairsReader.read(
                "curated.jsonl",
                new ByteArrayInputStream(testModel.getBytes(StandardCharsets.UTF_8))),
            new EvaluationSettings(Weighting.POST_STRATIFIED, 200, 42));

    robot.interact(() -> viewModel.show(report));
    WaitForAsyncUtils.waitForFxEvents();

    TableView<?> table = robot.lookup(".metrics-table").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(5);
    assertThat(cell(table, 0, 0)).isEqualTo("causes");
    assertThat(cell(table, 0, 1)).isEqualTo("0.800");
    assertThat(cell(table, 0, 3)).isEqualTo("0.667");
    assertThat(cell(table, 0, 7)).as("card precision").isEqualTo("0.667");
    assertThat(cell(table, 3, 0)).isEqualTo("macro avg");
    assertThat(cell(table, 3, 3)).isEqualTo("0.644");
    assertThat(cell(table, 3, 9)).as("card macro F1").isEqualTo("0.489");
    assertThat(robot.lookup(".ece").queryAs(Label.class).getText()).isEqualTo("ECE 0.240");
    Label banner = robot.lookup(".test-model-banner").queryAs(Label.class);
    assertThat(banner.isVisible()).isTrue();
    assertThat(banner.getText()).isEqualTo(ModelDescription.TEST_MODEL_WARNING);
    assertThat(robot.lookup(".confusion-cell.agreement").queryAll()).hasSize(3);
    assertThat(robot.lookup(".confusion-cell").queryAllAs(Label.class))
        .extracting(Label::getText)
        .containsExactly("4", "2", "1", "1", "6", "1", "0", "2", "3");
    assertThat(robot.lookup(".reliability-bar").queryAll()).hasSize(2);
    robot.interact(() -> Screenshots.write(root, "evaluation-report"));
  }

  @Test
  void altWSwitchesToPlainCountsAndScoresAgain(FxRobot robot) throws Exception {
    robot.interact(() -> viewModel.open(sampleWithOneUnreviewedPair()));
    assertThat(robot.lookup(".summary").queryAs(Label.class).getText())
        .endsWith("weighting: post-stratified");

    robot.clickOn(".metrics-table");
    robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup(".summary").queryAs(Label.class).getText()).endsWith("weighting: none");
    assertThat(robot.lookup(".note").queryAllAs(Label.class))
        .extracting(Label::getText)
        .anySatisfy(text -> assertThat(text).contains("Plain counts of 20 reviewed of 21"));
  }

  @Test
  void aReportOfTwoReviewedPairsSaysTooFewToEstimateAndSavesTheThreeFormats(FxRobot robot)
      throws Exception {
    robot.interact(
        () -> {
          try {
            viewModel.evaluate(EvaluationReportViewModelTest.twoReviewedOf201("project.relex"));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    WaitForAsyncUtils.waitForFxEvents();

    List<String> shown = shownTexts(root);
    assertThat(shown)
        .contains("too few to estimate (1 reviewed)", "too few to estimate (2 reviewed)")
        .contains("estimated support\n(weighted)", "100.5")
        .anySatisfy(text -> assertThat(text).startsWith("• Small sample: 2 reviewed pairs"))
        .noneSatisfy(text -> assertThat(text).containsPattern("\\d\\.\\d{3}–\\d\\.\\d{3}"))
        .noneSatisfy(text -> assertThat(text).contains("95% CI 0"))
        .noneSatisfy(text -> assertThat(text).contains(System.getProperty("java.io.tmpdir")));
    TableView<?> table = robot.lookup(".metrics-table").queryAs(TableView.class);
    assertThat(cell(table, 0, 4)).as("support").isEqualTo("1");

    Path folder = Files.createDirectories(temp.resolve("saved"));
    Deque<ReportFile> choices = new ArrayDeque<>();
    for (ReportFormat format : ReportFormat.values()) {
      choices.add(new ReportFile(folder.resolve("report." + format.extension()), format));
    }
    viewModel.setFileChoice(suggested -> Optional.ofNullable(choices.poll()));
    robot.clickOn(".save-report");
    robot.clickOn(".save-report");
    robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(Files.readString(folder.resolve("report.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("<td colspan=\"3\">too few to estimate (1 reviewed)</td>");
    assertThat(Files.readString(folder.resolve("report.md")))
        .contains(
            "| causes | 0.500 | 1.000 | 0.667 | 1 | 100.5 | too few to estimate (1 reviewed) |");
    assertThat(Files.readString(folder.resolve("report.csv")))
        .contains("\ncauses,0.5,1,0.6666666666666666,1,100.5,,");
    assertThat(robot.lookup(".saved").queryAs(Label.class).getText())
        .isEqualTo("Saved " + folder.resolve("report.csv"));
    robot.interact(() -> Screenshots.write(root, "evaluation-report-small-sample"));
  }

  /** The text of every visible label, cell and column heading under {@code node}. */
  private static List<String> shownTexts(Node node) {
    List<String> texts = new ArrayList<>();
    if (!node.isVisible()) {
      return texts;
    }
    if (node instanceof Labeled labeled
        && labeled.getText() != null
        && !labeled.getText().isBlank()) {
      texts.add(labeled.getText());
    }
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(shownTexts(child)));
    }
    return texts;
  }

  private static Path sampleWithOneUnreviewedPair() {
    try {
      Path sample = temp.resolve("sample.jsonl");
      Files.writeString(
          sample,
          Files.readString(EvaluationReportViewModelTest.handChecked())
              + "{\"label\":null,\"prediction\":{\"label\":\"none\",\"score\":0.93}}\n",
          StandardCharsets.UTF_8);
      return sample;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String cell(TableView<?> table, int row, int column) {
    return String.valueOf(table.getColumns().get(column).getCellData(row));
  }
}
