package org.relexcurator.ui.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.agreement.StudyProject;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settles disputes in the pane with the mouse and the keyboard, with the project file written on a
 * background thread as in the application, and checks what the file's log holds.
 */
@ExtendWith(ApplicationExtension.class)
class AdjudicationViewTest {

  @TempDir Path folder;

  private final FxTaskExecutor executor = new FxTaskExecutor(1);
  private ProjectDatabase project;
  private AdjudicationView view;

  @Start
  void start(Stage stage) throws Exception {
    project = ProjectDatabase.open(StudyProject.create(folder.resolve("study.relex")));
    AdjudicationViewModel viewModel =
        new AdjudicationViewModel(
            project.decisions(),
            project.contents(),
            executor,
            "lead",
            List.of("none"),
            Clock.systemUTC());
    view = new AdjudicationView(viewModel);
    stage.setScene(new Scene((Parent) view.node(), 900, 600));
    stage.show();
    viewModel.refresh();
  }

  @AfterEach
  void closeProject() throws Exception {
    executor.close();
    project.close();
  }

  private TableView<DisputedPair> table(FxRobot robot) {
    return robot.lookup("#disputed-pairs").queryTableView();
  }

  private List<String> rows(FxRobot robot) {
    return table(robot).getItems().stream().map(DisputedPair::pairKey).toList();
  }

  private void awaitRows(FxRobot robot, int count) throws Exception {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows(robot).size() == count);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Decision awaitAdjudication() throws Exception {
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            project.decisions().log().stream()
                .anyMatch(decision -> decision.action() == DecisionAction.ADJUDICATED));
    WaitForAsyncUtils.waitForFxEvents();
    List<Decision> log = project.decisions().log();
    return log.get(log.size() - 1);
  }

  private static Node cellWithText(FxRobot robot, String text) {
    return robot
        .lookup((Node node) -> node instanceof TableCell<?, ?> cell && text.equals(cell.getText()))
        .query();
  }

  @Test
  void conflictingMentionEditsReadAgainWithF5ShowALineUnderTheSummary(FxRobot robot)
      throws Exception {
    awaitRows(robot, 2);
    Label mentions = robot.lookup("#mention-disputes").queryAs(Label.class);
    assertThat(mentions.isVisible()).isFalse();
    Entity aspirin =
        new Entity("T9", "Chemical", List.of(new Span(0, 7)), "aspirin", List.of(), null);
    Instant now = Instant.parse("2026-05-01T08:00:00Z");
    project
        .decisions()
        .record(
            DecisionDraft.mentionEdit(
                MentionEdit.removed("d1", aspirin), "alice", "", now, Duration.ZERO));
    project
        .decisions()
        .record(
            DecisionDraft.mentionEdit(
                MentionEdit.changed("d1", aspirin, aspirin.withType("Drug")),
                "bob",
                "",
                now,
                Duration.ZERO));

    robot.clickOn(cellWithText(robot, StudyProject.FIRST_DISPUTE)).type(KeyCode.F5);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, mentions::isVisible);

    assertThat(mentions.getText())
        .contains("1 mention disputes")
        .contains("d1 mention T9: alice removed it; bob made it \"aspirin\" Drug [0-7]");
  }

  @Test
  void clickingAPairAndALabelRecordsTheAdjudicationAndThePairLeavesTheTable(FxRobot robot)
      throws Exception {
    awaitRows(robot, 2);
    assertThat(robot.lookup("#agreement-summary").queryAs(Label.class).getText())
        .isEqualTo("alice–bob κ 0.143 (3 pairs) · 2 disputed, 2 gold, 0 open");

    robot.clickOn(cellWithText(robot, StudyProject.SECOND_DISPUTE));
    robot.clickOn(
        robot
            .lookup(".final-label")
            .match((Button button) -> button.getText().equals("2  inhibits (bob)"))
            .queryButton());

    Decision recorded = awaitAdjudication();
    assertThat(recorded.action()).isEqualTo(DecisionAction.ADJUDICATED);
    assertThat(recorded.pairKey()).isEqualTo(StudyProject.SECOND_DISPUTE);
    assertThat(recorded.label()).isEqualTo("inhibits");
    assertThat(recorded.curator()).isEqualTo("lead");
    awaitRows(robot, 1);
    assertThat(rows(robot)).containsExactly(StudyProject.FIRST_DISPUTE);
    assertThat(robot.lookup("#adjudication-status").queryAs(Label.class).getText())
        .isEqualTo("Adjudicated d1|T2|T3: inhibits");
    assertThat(robot.lookup("#agreement-summary").queryAs(Label.class).getText())
        .endsWith("1 disputed, 3 gold, 0 open");
  }

  @Test
  void withTheKeyboardANoteAndANumberSettleTheSelectedPair(FxRobot robot) throws Exception {
    awaitRows(robot, 2);
    robot.clickOn(cellWithText(robot, StudyProject.FIRST_DISPUTE));
    WaitForAsyncUtils.asyncFx(() -> Screenshots.write(view.node(), "adjudication-pane")).get();

    robot.type(KeyCode.T).write("the flushes follow tamoxifen").type(KeyCode.ENTER);
    assertThat(robot.lookup("#adjudication-note").queryAs(TextField.class).getText())
        .isEqualTo("the flushes follow tamoxifen");
    robot.type(KeyCode.DIGIT1);

    Decision recorded = awaitAdjudication();
    assertThat(recorded.pairKey()).isEqualTo(StudyProject.FIRST_DISPUTE);
    assertThat(recorded.label()).isEqualTo("causes");
    assertThat(recorded.note()).isEqualTo("the flushes follow tamoxifen");
    awaitRows(robot, 1);
    assertThat(table(robot).getSelectionModel().getSelectedItem().pairKey())
        .isEqualTo(StudyProject.SECOND_DISPUTE);
  }
}
