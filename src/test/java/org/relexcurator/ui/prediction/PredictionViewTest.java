package org.relexcurator.ui.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.BlockingClassifier;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.TestPairs;
import org.relexcurator.ui.TextScoredClassifier;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PredictionViewTest {

  private static final String FORWARD =
      "[E1]Aspirin[/E1] relieves [E2]headache[/E2] but may cause nausea.";

  private FxTaskExecutor executor;
  private PredictionViewModel viewModel;
  private Node root;

  @Start
  void start(Stage stage) {
    executor = new FxTaskExecutor(2);
    viewModel =
        new PredictionViewModel(
            executor,
            CorpusPreparation.standard(MarkerMode.EXACT),
            RelationSpecs.bundled(),
            EntityTypeMapping.bundled());
    PredictionView view = new PredictionView(viewModel);
    root = new VBox(view.banner(), view.node());
    stage.setScene(new Scene((javafx.scene.Parent) root, 560, 720));
    stage.show();
  }

  @AfterEach
  void stopExecutor() {
    executor.close();
  }

  private void awaitState(PredictionState state) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.stateProperty().get() == state);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aPairShowsItsMarkedInputTheAnswerTheReverseAndSixteenBars(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          viewModel.classifierProperty().set(new TextScoredClassifier(true));
          viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));
        });
    awaitState(PredictionState.RESULT);

    assertThat(robot.lookup(".bar-track").queryAll()).hasSize(16);
    assertThat(robot.lookup(".bar-label.top").queryAs(Label.class).getText())
        .endsWith(TextScoredClassifier.predict(FORWARD).topLabel());
    assertThat(robot.lookup(".top-label").queryAs(Label.class).getText())
        .isEqualTo(TextScoredClassifier.predict(FORWARD).topLabel());
    TextFlow input = robot.lookup(".model-input").queryAs(TextFlow.class);
    assertThat(
            input.getChildren().stream()
                .map(n -> ((Text) n).getText())
                .collect(Collectors.joining()))
        .isEqualTo(FORWARD);
    assertThat(robot.lookup(".reverse-summary").queryAs(Label.class).getText())
        .startsWith("Reverse, E2 → E1: ");
    Label banner = robot.lookup(".test-model-banner").queryAs(Label.class);
    assertThat(banner.isVisible()).isTrue();
    assertThat(banner.getText()).isEqualTo(ModelDescription.TEST_MODEL_WARNING);
    assertThat(robot.lookup(".model-name").queryAs(Label.class).getText())
        .isEqualTo("text-scored on cpu");
    robot.interact(() -> Screenshots.write(root, "prediction-panel-test-double"));
  }

  @Test
  void aSlowAnswerForAnEarlierPairNeverReplacesTheCurrentPairsResult(FxRobot robot)
      throws Exception {
    BlockingClassifier classifier =
        new BlockingClassifier(false, inputs -> inputs.get(0).contains("[E2]headache"));
    CandidatePair current = TestPairs.pair("T1", "T3");
    robot.interact(
        () -> {
          viewModel.classifierProperty().set(classifier);
          viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));
        });
    classifier.awaitHeld();
    assertThat(robot.lookup(".scoring").query().isVisible()).isTrue();

    robot.interact(() -> viewModel.show(TestPairs.DOCUMENT, current));
    awaitState(PredictionState.RESULT);
    String shown = viewModel.topLabelProperty().get();
    classifier.release();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> classifier.calls().size() == 2);
    Thread.sleep(200);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(classifier.heldCallWasCancelled()).isTrue();
    assertThat(viewModel.resultProperty().get().pair()).isEqualTo(current);
    assertThat(robot.lookup(".top-label").queryAs(Label.class).getText()).isEqualTo(shown);
    assertThat(
            robot.lookup(".model-input").queryAs(TextFlow.class).getChildren().stream()
                .map(n -> ((Text) n).getText())
                .collect(Collectors.joining()))
        .contains("[E2]nausea[/E2]");
  }

  @Test
  void anErrorShowsAShortMessageAndTheDetailsOnDemand(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          viewModel
              .classifierProperty()
              .set(
                  new TextScoredClassifier(false) {
                    @Override
                    public java.util.List<org.relexcurator.model.Prediction> classify(
                        java.util.List<String> sentences, org.relexcurator.task.TaskMonitor monitor)
                        throws ClassificationException {
                      throw new ClassificationException("the model cannot read sentence 1");
                    }
                  });
          viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));
        });
    awaitState(PredictionState.ERROR);
    TextArea details = robot.lookup(".error-details").queryAs(TextArea.class);
    assertThat(robot.lookup(".error-message").queryAs(Label.class).getText())
        .isEqualTo("the model cannot read sentence 1");
    assertThat(details.isVisible()).isFalse();

    robot.clickOn(robot.lookup(".error-box .toggle-button").queryAs(ToggleButton.class));

    assertThat(details.isVisible()).isTrue();
    assertThat(details.getText()).contains("ClassificationException");
    robot.interact(() -> Screenshots.write(root, "prediction-panel-error"));
  }

  @Test
  void beforeAnyPairThePanelSaysWhatToDo(FxRobot robot) {
    assertThat(robot.lookup(".state-message").queryAs(Label.class).getText())
        .isEqualTo("Select a candidate pair to see the model's prediction.");
    assertThat(robot.lookup(".test-model-banner").query().isVisible()).isFalse();
    assertThat(robot.lookup(".result").query().isVisible()).isFalse();
  }
}
