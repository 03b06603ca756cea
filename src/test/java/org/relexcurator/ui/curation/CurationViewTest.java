package org.relexcurator.ui.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.relexcurator.ui.curation.CurationFixtures.MODEL_LABELS;
import static org.relexcurator.ui.curation.CurationFixtures.chemicalDisease;
import static org.relexcurator.ui.curation.CurationFixtures.predicting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.ui.keys.KeyBindings;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the deciding pane with the keyboard and the mouse, with the store written on a background
 * thread as in the application, and checks what the store holds.
 */
@ExtendWith(ApplicationExtension.class)
class CurationViewTest {

  private final InMemoryCurationStore store = new InMemoryCurationStore();
  private final FxTaskExecutor executor = new FxTaskExecutor(1);
  private final List<CandidatePair> pairs =
      List.of(chemicalDisease("doc1"), chemicalDisease("doc2"), chemicalDisease("doc3"));
  private final List<String> navigation = new ArrayList<>();
  private CurationViewModel viewModel;
  private CurationView view;

  @Start
  void start(Stage stage) {
    viewModel =
        new CurationViewModel(
            store,
            executor,
            "alice",
            LabelChoices.bundled(),
            Clock.systemUTC(),
            new PairNavigation() {
              private int shown;

              @Override
              public CandidatePair onScreen() {
                return pairs.get(shown);
              }

              @Override
              public void next(CandidatePair decided) {
                navigation.add(
                    decided.equals(pairs.get(shown)) ? "next" : "next after " + decided.key());
                shown = Math.min(shown + 1, pairs.size() - 1);
                viewModel.show(pairs.get(shown), predicting("treats"));
              }

              @Override
              public void revisit(String pairKey) {
                navigation.add("revisit " + pairKey);
                shown = pairs.stream().map(CandidatePair::key).toList().indexOf(pairKey);
                viewModel.show(pairs.get(shown), predicting("treats"));
              }
            });
    viewModel.setModel(
        new ModelDescription(
            "synthetic_relex", "/models/synthetic_relex", MODEL_LABELS, "cpu", false, "abc"));
    viewModel.show(pairs.get(0), predicting("treats"));
    view = new CurationView(viewModel);
    Scene scene = new Scene((Parent) view.node(), 560, 620);
    view.bindKeys(KeyBindings.on(scene));
    stage.setScene(scene);
    // The stage outlives a test; one test makes it short.
    stage.sizeToScene();
    stage.show();
    view.node().requestFocus();
  }

  @AfterEach
  void stopExecutor() {
    executor.close();
  }

  /** Waits until the store has {@code entries} entries and the pane has heard back. */
  private List<Decision> awaitLog(int entries) throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.log().size() >= entries);
    WaitForAsyncUtils.waitForFxEvents();
    return store.log();
  }

  private Decision lastOf(List<Decision> log) {
    return log.get(log.size() - 1);
  }

  private String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void enterAcceptsTheModelsLabelAndTheNextPairFollows(FxRobot robot) throws Exception {
    robot.type(KeyCode.ENTER);

    Decision decision = lastOf(awaitLog(1));
    assertThat(decision.action()).isEqualTo(DecisionAction.ACCEPTED);
    assertThat(decision.label()).isEqualTo("treats");
    assertThat(decision.pairKey()).isEqualTo("doc1|T1|T2");
    assertThat(navigation).containsExactly("next");
    assertThat(text(robot, ".status")).isEqualTo("Saved: accepted treats");
  }

  @Test
  void aNumberKeyCorrectsAndCtrlZUndoes(FxRobot robot) throws Exception {
    robot.type(KeyCode.DIGIT2);
    Decision corrected = lastOf(awaitLog(1));
    assertThat(corrected.action()).isEqualTo(DecisionAction.CORRECTED);
    assertThat(corrected.label()).isEqualTo("causes");

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

    Decision undo = lastOf(awaitLog(2));
    assertThat(undo.action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(undo.refersTo()).isEqualTo(corrected.sequence());
    assertThat(store.current()).isEmpty();
    assertThat(navigation).containsExactly("next", "revisit doc1|T1|T2");
    assertThat(text(robot, ".current-decision")).isEqualTo("not decided yet");

    robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);

    assertThat(lastOf(awaitLog(3)).action()).isEqualTo(DecisionAction.REDONE);
    assertThat(store.current("doc1|T1|T2").orElseThrow().label()).isEqualTo("causes");
  }

  @Test
  void lettersChooseNoneSkipAndFlag(FxRobot robot) throws Exception {
    robot.type(KeyCode.N);
    awaitLog(1);
    robot.type(KeyCode.S);
    awaitLog(2);
    robot.type(KeyCode.F);

    assertThat(awaitLog(3))
        .extracting(Decision::pairKey, Decision::action)
        .containsExactly(
            tuple("doc1|T1|T2", DecisionAction.REJECTED),
            tuple("doc2|T1|T2", DecisionAction.SKIPPED),
            tuple("doc3|T1|T2", DecisionAction.FLAGGED));
  }

  @Test
  void typeAheadFindsALabelAndEnterGivesIt(FxRobot robot) throws Exception {
    robot.type(KeyCode.L).write("inhib").type(KeyCode.ENTER);

    Decision decision = lastOf(awaitLog(1));
    assertThat(decision.action()).isEqualTo(DecisionAction.CORRECTED);
    assertThat(decision.label()).isEqualTo("inhibits");
  }

  @Test
  void inAShortPaneTheLabelListFoldsAwayUntilALabelIsLookedForOrItIsOpened(FxRobot robot)
      throws Exception {
    Node list = robot.lookup("#label-list").query();
    assertThat(list.isVisible()).as("the list shows while the pane has room").isTrue();
    robot.interact(() -> list.getScene().getWindow().setHeight(250));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(list.isVisible()).as("a short pane folds the list").isFalse();

    robot.type(KeyCode.L).write("inhib");
    assertThat(list.isVisible()).as("the list unfolds while a label is looked for").isTrue();
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(list.isVisible()).as("and folds again after").isFalse();

    robot.clickOn("#label-list-toggle");
    ListCell<LabelChoice> prevents =
        robot
            .lookup(".label-choice")
            .<ListCell<LabelChoice>>match(
                cell -> cell.getItem() != null && cell.getItem().label().equals("prevents"))
            .query();
    robot.clickOn(prevents);
    assertThat(lastOf(awaitLog(1)).label()).isEqualTo("prevents");
  }

  @Test
  void aNoteTakesLettersWithoutDecidingAndGoesWithTheNextDecision(FxRobot robot) throws Exception {
    robot.type(KeyCode.T).write("Negated: no effect");
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(store.log()).isEmpty();

    robot.type(KeyCode.N);

    Decision decision = lastOf(awaitLog(1));
    assertThat(decision.action()).isEqualTo(DecisionAction.REJECTED);
    assertThat(decision.note()).isEqualTo("Negated: no effect");
  }

  @Test
  void theReasonChooserOpensWithRAndTheReasonGoesWithTheDecision(FxRobot robot) throws Exception {
    robot.type(KeyCode.R);
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(viewModel.reasonProperty().get()).isEqualTo(ReasonCode.WRONG_DIRECTION);

    robot.type(KeyCode.DIGIT1);

    Decision decision = lastOf(awaitLog(1));
    assertThat(decision.reason()).isEqualTo(ReasonCode.WRONG_DIRECTION);
    assertThat(decision.action()).isEqualTo(DecisionAction.ACCEPTED);
  }

  @Test
  void clickingALabelOrAButtonDecidesToo(FxRobot robot) throws Exception {
    ListCell<LabelChoice> prevents =
        robot
            .lookup(".label-choice")
            .<ListCell<LabelChoice>>match(
                cell -> cell.getItem() != null && cell.getItem().label().equals("prevents"))
            .query();
    robot.clickOn(prevents);
    assertThat(lastOf(awaitLog(1)).label()).isEqualTo("prevents");

    robot.clickOn("#skip-button");
    assertThat(lastOf(awaitLog(2)).action()).isEqualTo(DecisionAction.SKIPPED);

    robot.clickOn("#undo-button");
    assertThat(lastOf(awaitLog(3)).action()).isEqualTo(DecisionAction.UNDONE);
    assertThat(store.current()).containsOnlyKeys("doc1|T1|T2");
  }

  @Test
  void aStoreThatFailsShowsWhyAndKeepsThePair(FxRobot robot) throws Exception {
    store.close();

    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> !viewModel.errorProperty().get().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(text(robot, "#curation-error"))
        .isEqualTo("Could not save the decision: The decision store is closed");
    assertThat(navigation).isEmpty();
  }
}
