package org.relexcurator.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.document.Documents.discontinuous;
import static org.relexcurator.ui.document.Documents.mention;
import static org.relexcurator.ui.document.Documents.pubtator;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.TestData;
import org.relexcurator.inference.CandidateGenerator;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.SentenceSplitter;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Span;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the text area really holds and shows: layered styles, and pairs far down a full text. */
@ExtendWith(ApplicationExtension.class)
class DocumentViewRenderingTest {

  private FxTaskExecutor executor;
  private DocumentViewModel model;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    executor = new FxTaskExecutor(1);
    model = DocumentViewModel.standard(executor);
    stage.setScene(new Scene((Parent) new DocumentView(model).node(), 1000, 640));
    stage.show();
  }

  @AfterEach
  void stop() {
    executor.close();
  }

  private StyleClassedTextArea area(FxRobot robot) {
    return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
  }

  /**
   * Whether a shape of the emphasis layer of that kind ({@link Emphasis#E1}…) is drawn over the
   * character at {@code position}.
   */
  private static boolean isMarked(FxRobot robot, String kind, int position) throws Exception {
    StyleClassedTextArea area = robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Bounds character = area.getCharacterBoundsOnScreen(position, position + 1).get();
              return robot
                  .lookup("." + EmphasisLayer.SHAPE + "." + kind)
                  .queryAllAs(javafx.scene.shape.Path.class)
                  .stream()
                  .filter(javafx.scene.shape.Path::isVisible)
                  .filter(shape -> !shape.getElements().isEmpty())
                  .map(shape -> shape.localToScreen(shape.getBoundsInLocal()))
                  .anyMatch(
                      drawn -> drawn.contains(character.getCenterX(), character.getCenterY()));
            })
        .get();
  }

  private void showAndWait(Document document, CandidatePair pair) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> model.show(document, pair)).get();
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            model.shownDocumentProperty().get() != null
                && (pair == null || model.pickedPairProperty().get() != null));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void overlappingNestedAndDiscontinuousMentionsReachTheTextArea(FxRobot robot) throws Exception {
    String title = "Loss of the sodium/iodide symporter in thyroid cancer.";
    String abstractText =
        "Iodide transport defect (ITD) was seen. Breast and ovarian cancer were"
            + " not, nor was \uD83D\uDC2D ITD.";
    int a = title.length() + 1;
    int breast = a + abstractText.indexOf("Breast");
    int cancer = a + abstractText.indexOf("cancer");
    int mouse = Documents.at(title + " " + abstractText, "\uD83D\uDC2D", 0);
    Document document =
        pubtator(
            "overlaps",
            title,
            abstractText,
            mention("G", "GeneOrGeneProduct", 12, 35, "sodium/iodide symporter", "6528"),
            mention("C", "ChemicalEntity", 19, 25, "iodide", "D007454"),
            mention("D", "Disease", 47, 53, "cancer"),
            mention("C2", "Chemical", a, a + 16, "Iodide transport"),
            mention("D2", "Disease", a + 7, a + 23, "transport defect"),
            mention("X", "Syndrome", a + 25, a + 28, "ITD"),
            discontinuous(
                "BC",
                "Disease",
                List.of(new Span(breast, breast + 6), new Span(cancer, cancer + 6)),
                "Breast cancer",
                "D001943"),
            mention("OC", "Disease", cancer - 8, cancer + 6, "ovarian cancer", "D010051"),
            mention("M", "Species", mouse, mouse + 1, "\uD83D\uDC2D", "10090"),
            mention("I2", "Syndrome", mouse + 2, mouse + 5, "ITD"));
    showAndWait(document, null);
    ShownDocument shown = model.shownDocumentProperty().get();
    String text = shown.text().text();

    robot.clickOn("#document-text");
    WaitForAsyncUtils.asyncFx(
            () -> {
              model.clickAt(text.indexOf("iodide") + 1);
              model.clickAt(text.indexOf("\uD83D\uDC2D"));
            })
        .get();
    WaitForAsyncUtils.waitForFxEvents();

    StyleClassedTextArea area = area(robot);
    Collection<String> nested = area.getStyleAtPosition(text.indexOf("iodide") + 2);
    Collection<String> fragment = area.getStyleAtPosition(text.indexOf("Breast") + 2);
    Collection<String> mouseStyle = area.getStyleAtPosition(text.indexOf("\uD83D\uDC2D") + 2);
    Collection<String> afterMouse = area.getStyleAtPosition(text.indexOf(" ITD.") + 3);
    assertThat(nested).contains("type-chemical", "nested", "outer-type-gene");
    assertThat(fragment).contains("type-disease", "discontinuous");
    assertThat(mouseStyle).contains("type-species");
    assertThat(afterMouse).contains("type-unmapped");
    assertThat(isMarked(robot, Emphasis.E1, text.indexOf("iodide") + 2)).isTrue();
    assertThat(isMarked(robot, Emphasis.E2, text.indexOf("\uD83D\uDC2D"))).isTrue();
    assertThat(isMarked(robot, Emphasis.E2, text.indexOf(" ITD.") + 3)).isFalse();
    assertThat(isMarked(robot, Emphasis.CURRENT_SENTENCE, text.indexOf("Breast") + 2)).isTrue();
    assertThat(isMarked(robot, Emphasis.E1, text.indexOf("Breast") + 2)).isFalse();
    // The pair is drawn over the text, which keeps the styles it was shown with.
    List<Collection<String>> base = Styles.perCharacter(shown.baseStyles());
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '\n') { // a line break takes the style its paragraph ends with
        assertThat(area.getStyleOfChar(i)).as("classes at %d", i).isEqualTo(base.get(i));
      }
    }
    assertThat(area.getText()).isEqualTo(text);
    WaitForAsyncUtils.asyncFx(
            () -> Screenshots.write(stage.getScene().getRoot(), "document-view-overlaps"))
        .get();
  }

  @Test
  void aPairDeepInTheTeamTatFullTextIsScrolledIntoView(FxRobot robot) throws Exception {
    Path file = TestData.path("teamtat-bioc/3757249_v0.xml");
    Document document = FormatRegistry.standard().read(file).documents().get(0);
    Document split = document.withSentences(new SentenceSplitter()::split);
    // A pair in the Discussion, some 24,000 characters into the text.
    CandidatePair deep =
        new CandidateGenerator(RelationSpecs.bundled(), EntityTypeMapping.bundled())
            .generate("test", split, MarkerMode.EXACT).pairs().stream()
                .filter(p -> p.sentence().start() > 23_483)
                .findFirst()
                .orElseThrow();

    showAndWait(document, deep);

    Mention first = model.firstMentionProperty().get();
    assertThat(first.entity().id()).isEqualTo(deep.first().id());
    int at = first.displayStart();
    StyleClassedTextArea area = area(robot);
    Optional<Bounds> onScreen =
        WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1)).get();
    assertThat(onScreen).isPresent();
    Bounds areaOnScreen =
        WaitForAsyncUtils.asyncFx(() -> area.localToScreen(area.getBoundsInLocal())).get();
    assertThat(areaOnScreen.contains(onScreen.get().getCenterX(), onScreen.get().getCenterY()))
        .isTrue();
    assertThat(isMarked(robot, Emphasis.E1, at + 1)).isTrue();
    WaitForAsyncUtils.asyncFx(
            () -> Screenshots.write(stage.getScene().getRoot(), "document-view-full-text"))
        .get();
  }

  @Test
  void clickingMentionsDeepInTheTeamTatFullTextNeverScrollsIt(FxRobot robot) throws Exception {
    Path file = TestData.path("teamtat-bioc/3757249_v0.xml");
    showAndWait(FormatRegistry.standard().read(file).documents().get(0), null);
    StyleClassedTextArea area = area(robot);
    @SuppressWarnings("unchecked")
    VirtualizedScrollPane<StyleClassedTextArea> pane =
        (VirtualizedScrollPane<StyleClassedTextArea>) area.getParent();
    // Some 40 paragraphs down, into the Results, where paragraphs above and below are estimated.
    robot.interact(() -> area.showParagraphAtTop(40));
    robot.interact(() -> area.scrollYBy(37));
    WaitForAsyncUtils.waitForFxEvents();
    List<Mention> inView = mentionsWellInView(robot);
    assertThat(inView).hasSizeGreaterThan(4);
    Mention first = inView.get(1);
    Mention second = inView.get(inView.size() - 2);
    assertThat(pane.estimatedScrollYProperty().getValue()).isGreaterThan(1000);
    int topParagraph = area.firstVisibleParToAllParIndex();
    Point2D firstBefore = centreOnScreen(area, first);
    Point2D secondBefore = centreOnScreen(area, second);

    robot.clickOn(firstBefore);
    robot.clickOn(secondBefore);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.firstMentionProperty().get()).isSameAs(first);
    assertThat(model.secondMentionProperty().get()).isSameAs(second);
    assertThat(isMarked(robot, Emphasis.E1, first.displayStart())).isTrue();
    assertThat(isMarked(robot, Emphasis.E2, second.displayStart())).isTrue();
    assertThat(centreOnScreen(area, first)).isEqualTo(firstBefore);
    assertThat(centreOnScreen(area, second)).isEqualTo(secondBefore);
    // Flowless's estimated scroll changes as the bar under the text grows and paragraphs are
    // measured, though nothing moves: the paragraph at the top is what the curator sees.
    assertThat(area.firstVisibleParToAllParIndex()).isEqualTo(topParagraph);
  }

  /** The mentions whose first character lies inside the text's viewport, 10 pixels clear. */
  private List<Mention> mentionsWellInView(FxRobot robot) throws Exception {
    StyleClassedTextArea area = area(robot);
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Bounds viewport = area.localToScreen(area.getBoundsInLocal());
              return model.shownDocumentProperty().get().mentions().stream()
                  .filter(
                      m -> {
                        Optional<Bounds> at =
                            area.getCharacterBoundsOnScreen(m.displayStart(), m.displayStart() + 1);
                        return at.isPresent()
                            && at.get().getMinY() > viewport.getMinY() + 10
                            && at.get().getMaxY() < viewport.getMaxY() - 10;
                      })
                  .toList();
            })
        .get();
  }

  private static Point2D centreOnScreen(StyleClassedTextArea area, Mention mention)
      throws Exception {
    int at = mention.displayStart();
    Bounds bounds =
        WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow())
            .get();
    return new Point2D(bounds.getCenterX(), bounds.getCenterY());
  }
}
