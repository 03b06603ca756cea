package org.relexcurator.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Document;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.keys.KeyBindings;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The document view on a real BioRED abstract, driven by mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class DocumentViewTest {

  private FxTaskExecutor executor;
  private DocumentViewModel model;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    // BioRED dev PMID 14510914: "Congenital hypothyroidism due to a new deletion in the
    // sodium/iodide symporter protein."
    Document document =
        FormatRegistry.standard().read(RealDocumentsLayoutTest.BIORED_SAMPLE).documents().get(0);
    executor = new FxTaskExecutor(1);
    model = DocumentViewModel.standard(executor);
    DocumentView view = new DocumentView(model);
    Button next = new Button("Next control");
    next.setId("next-control");
    Scene scene = new Scene(new BorderPane(view.node(), null, null, next, null), 1000, 640);
    view.bindKeys(KeyBindings.on(scene));
    stage.setScene(scene);
    stage.show();
    model.show(document);
  }

  @AfterEach
  void stop() {
    executor.close();
  }

  private void waitUntilShown() throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> model.shownDocumentProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The screen point in the middle of the first character of a displayed text. */
  private Point2D onScreen(FxRobot robot, String text, int occurrence) throws Exception {
    StyleClassedTextArea area = robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
    String shown = model.shownDocumentProperty().get().text().text();
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = shown.indexOf(text, at + 1);
    }
    int position = at;
    Bounds bounds =
        WaitForAsyncUtils.asyncFx(
                () -> area.getCharacterBoundsOnScreen(position, position + 1).orElseThrow())
            .get();
    return new Point2D(
        bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
  }

  private String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private String id(Mention mention) {
    return mention == null ? null : mention.entity().text();
  }

  @Test
  void clickingTwoMentionsPicksE1AndE2AndShowsTheFlags(FxRobot robot) throws Exception {
    waitUntilShown();

    robot.clickOn(onScreen(robot, "sodium/iodide symporter", 0));
    robot.clickOn(onScreen(robot, "Congenital hypothyroidism", 0));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(id(model.firstMentionProperty().get())).isEqualTo("sodium/iodide symporter");
    assertThat(id(model.secondMentionProperty().get())).isEqualTo("Congenital hypothyroidism");
    assertThat(model.pickedPairProperty().get().allowedBySpecs()).isTrue();
    assertThat(model.pickedPairProperty().get().pair().crossesSentences()).isFalse();
    assertThat(text(robot, "#e1-badge")).isEqualTo("E1: sodium/iodide symporter · Gene");
    assertThat(text(robot, "#e2-badge")).isEqualTo("E2: Congenital hypothyroidism · Disease");
    assertThat(text(robot, "#sentence-flag")).isEqualTo("Same sentence");
    assertThat(robot.lookup("#specs-flag").queryAs(Label.class).getStyleClass()).contains("ok");

    // A mention in the abstract, another sentence: the pair crosses sentences.
    robot.clickOn(onScreen(robot, "sodium/iodide symporter", 0));
    robot.clickOn(onScreen(robot, "ITD", 0));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.pickedPairProperty().get().pair().crossesSentences()).isTrue();
    Label sentenceFlag = robot.lookup("#sentence-flag").queryAs(Label.class);
    assertThat(sentenceFlag.getText()).isEqualTo("Crosses sentences");
    assertThat(sentenceFlag.getStyleClass()).contains("warning");
    assertThat(sentenceFlag.isVisible()).isTrue();

    Path screenshot =
        WaitForAsyncUtils.asyncFx(
                () -> Screenshots.write(stage.getScene().getRoot(), "document-view-pair"))
            .get();
    assertThat(screenshot).isNotEmptyFile();
  }

  @Test
  void keysWalkTheMentionsAssignSwapAndClear(FxRobot robot) throws Exception {
    waitUntilShown();
    robot.clickOn(onScreen(robot, "due to", 0)); // no mention: only gives the text the focus

    robot.type(KeyCode.TAB);
    assertThat(id(model.focusedMentionProperty().get())).isEqualTo("Congenital hypothyroidism");
    robot.push(KeyCode.ALT, KeyCode.DIGIT1);
    robot.type(KeyCode.RIGHT);
    robot.push(KeyCode.ALT, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(id(model.firstMentionProperty().get())).isEqualTo("Congenital hypothyroidism");
    assertThat(id(model.secondMentionProperty().get())).isEqualTo("sodium/iodide symporter");
    Label specsFlag = robot.lookup("#specs-flag").queryAs(Label.class);
    assertThat(specsFlag.getText()).isEqualTo("Disease → Gene is not in the relation specs");
    assertThat(specsFlag.getStyleClass()).contains("warning");

    robot.type(KeyCode.X);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(id(model.firstMentionProperty().get())).isEqualTo("sodium/iodide symporter");
    assertThat(specsFlag.getText()).isEqualTo("Gene → Disease is in the relation specs");

    robot.type(KeyCode.RIGHT);
    assertThat(id(model.focusedMentionProperty().get())).isEqualTo("Iodide transport defect");
    robot.push(KeyCode.SHIFT, KeyCode.TAB);
    robot.type(KeyCode.LEFT);
    assertThat(id(model.focusedMentionProperty().get())).isEqualTo("Congenital hypothyroidism");

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.pickedPairProperty().get()).isNull();
    assertThat(text(robot, "#e1-badge")).isEqualTo("E1: —");
    assertThat(specsFlag.isVisible()).isFalse();

    // Tab walks the mentions, so Ctrl+Tab is the way out of the text.
    robot.push(KeyCode.CONTROL, KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#next-control").queryAs(Button.class).isFocused()).isTrue();
  }

  @Test
  void restingTheMouseOnAMentionShowsItsTypesAndConceptIds(FxRobot robot) throws Exception {
    waitUntilShown();

    robot.moveTo(onScreen(robot, "symporter", 0));
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            robot.lookup(".mention-tooltip").tryQuery().isPresent()
                && robot.lookup(".mention-tooltip").queryAs(Label.class).isVisible());

    String tooltip = robot.lookup(".mention-tooltip").queryAs(Label.class).getText();
    assertThat(tooltip)
        .contains(
            "\u201csodium/iodide symporter\u201d",
            "Type: Gene (written GeneOrGeneProduct)",
            "Concept ids: 6528");

    robot.moveTo(onScreen(robot, "due to", 0));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.hoverTextProperty().get().isEmpty());
  }
}
