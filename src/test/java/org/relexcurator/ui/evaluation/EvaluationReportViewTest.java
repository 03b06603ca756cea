package org.relexcurator.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.evaluation.CuratedPairsReader;
import org.relexcurator.curation.evaluation.Evaluation;
import org.relexcurator.curation.evaluation.EvaluationSettings;
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
    assertThat(cell(table, 0, 8)).as("card precision").isEqualTo("0.667");
    assertThat(cell(table, 3, 0)).isEqualTo("macro avg");
    assertThat(cell(table, 3, 3)).isEqualTo("0.644");
    assertThat(cell(table, 3, 10)).as("card macro F1").isEqualTo("0.489");
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
