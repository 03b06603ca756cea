package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.HiddenActivation;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The distribution is the centrepiece: in the real window at 1280x720 with the default font, a
 * scored pair shows all 16 labels with their bars and values, the top label in full and the reverse
 * direction without scrolling any pane, under one TEST MODEL banner.
 */
@ExtendWith(ApplicationExtension.class)
class PairScoredLayoutTest {

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");
  private static final double WIDTH = 1280;
  private static final double HEIGHT = 720;

  private static Path modelFolder;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor work = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private ModelViewModel model;
  private ReviewWorkspace workspace;
  private Stage stage;

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "test-models")), "layout-model");
    TestModelMaker.write(
        modelFolder, new TestModelMaker.Spec(2, 64, 4, 128, 512, 7, 0.2, HiddenActivation.GELU));
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    MainViewModel viewModel = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model = new ModelViewModel(work, new ClassifierSettings(DeviceChoice.CPU, 8, 1), "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            work,
            highlighting,
            preparation,
            new InMemoryCurationStore(),
            "alice",
            Clock.systemUTC(),
            corpus,
            model);
    new MainWindow(viewModel, model, corpus, workspace, List.of(SAMPLE)).show(stage);
    // Monocle has no window decorations: the stage's size is the scene's.
    stage.setWidth(WIDTH);
    stage.setHeight(HEIGHT);
    model.load(modelFolder.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    work.close();
    highlighting.close();
    model.close();
    preferences.removeNode();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aScoredPairShowsAllSixteenBarsTheTopLabelAndTheReverseWithoutScrolling(FxRobot robot)
      throws Exception {
    waitFor(
        () -> model.classifierProperty().get() != null && workspace.queue().allRows().size() > 0);
    robot.clickOn(robot.lookup(".review-queue .table-row-cell").nth(0).queryAs(Node.class));
    waitFor(() -> robot.lookup(".score-bars .bar-value").queryAll().size() == 16);
    Scene scene = stage.getScene();
    assertThat(scene.getWidth()).isEqualTo(WIDTH);
    assertThat(scene.getHeight()).isEqualTo(HEIGHT);

    List<Label> names =
        new ArrayList<>(robot.lookup(".score-bars .bar-label").queryAllAs(Label.class));
    List<Label> values =
        new ArrayList<>(robot.lookup(".score-bars .bar-value").queryAllAs(Label.class));
    assertThat(names).hasSize(16);
    for (Label shown : concat(names, values)) {
      assertInView(shown, scene);
      assertNotElided(shown);
    }
    Label top = robot.lookup(".top-label").queryAs(Label.class);
    assertThat(top.getText()).isNotBlank();
    assertInView(top, scene);
    assertNotElided(top);
    Label reverse = robot.lookup(".reverse-summary").queryAs(Label.class);
    assertThat(reverse.getText()).startsWith("Reverse, E2 → E1: ");
    assertInView(reverse, scene);
    assertNotElided(reverse);

    List<Node> banners =
        robot.lookup(".test-model-banner").queryAll().stream().filter(Node::isVisible).toList();
    assertThat(banners).hasSize(1);
    assertInView(banners.get(0), scene);

    WaitForAsyncUtils.asyncFx(() -> Screenshots.write(scene.getRoot(), "main-window-pair-scored"))
        .get();
  }

  @Test
  void labelsTheSpecsAllowStandOutByWeightAndMarkNotColourAlone(FxRobot robot) throws Exception {
    waitFor(
        () -> model.classifierProperty().get() != null && workspace.queue().allRows().size() > 0);
    // The first pair of the sample: a Gene and a Disease, for which the specs list some labels.
    robot.clickOn(robot.lookup(".review-queue .table-row-cell").nth(0).queryAs(Node.class));
    waitFor(() -> robot.lookup(".score-bars .bar-label").queryAll().size() == 16);

    List<Label> listed =
        robot.lookup(".bar-label.listed").queryAllAs(Label.class).stream().toList();
    List<Label> others =
        robot.lookup(".bar-label.not-listed").queryAllAs(Label.class).stream().toList();
    assertThat(listed).isNotEmpty();
    assertThat(others).isNotEmpty();
    for (Label label : listed) {
      assertThat(label.getFont().getStyle()).as(label.getText()).containsIgnoringCase("bold");
      assertThat(markBeside(label)).isEqualTo("✓");
    }
    for (Label label : others) {
      if (!label.getStyleClass().contains("top")) {
        assertThat(label.getFont().getStyle())
            .as(label.getText())
            .doesNotContainIgnoringCase(FontWeight.BOLD.name());
        assertThat(markBeside(label)).isEmpty();
      }
    }
  }

  /** The ✓ column's text in the same grid row as a bar's name. */
  private static String markBeside(Label name) {
    Integer row = javafx.scene.layout.GridPane.getRowIndex(name);
    return name.getParent().getChildrenUnmodifiable().stream()
        .filter(node -> node.getStyleClass().contains("bar-mark"))
        .filter(node -> row.equals(javafx.scene.layout.GridPane.getRowIndex(node)))
        .map(node -> ((Label) node).getText())
        .findFirst()
        .orElseThrow();
  }

  private static List<Label> concat(List<Label> first, List<Label> second) {
    List<Label> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * Shown, inside the scene, and inside the visible part (the viewport) of every scroll pane it
   * sits in.
   */
  private static void assertInView(Node node, Scene scene) {
    String what = node instanceof Labeled labeled ? labeled.getText() : node.toString();
    Bounds bounds = node.localToScene(node.getLayoutBounds());
    assertThat(new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()).contains(bounds))
        .as(
            "%s at %s lies inside the %sx%s scene",
            what, bounds, scene.getWidth(), scene.getHeight())
        .isTrue();
    for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
      assertThat(parent.isVisible()).as("%s's ancestor %s is visible", what, parent).isTrue();
      if (parent instanceof ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
        assertThat(visible.contains(bounds))
            .as("%s at %s lies in the scroll pane's view %s", what, bounds, visible)
            .isTrue();
      }
    }
    assertThat(node.isVisible()).as("%s is visible", what).isTrue();
  }

  /** The text a Labeled draws is its whole text: no "…" in place of a part of it. */
  private static void assertNotElided(Labeled labeled) {
    Text drawn = (Text) labeled.lookup(".text");
    assertThat(drawn.getText().replace("\n", " ").strip())
        .as("what %s shows", labeled.getText())
        .isEqualTo(labeled.getText().strip());
  }
}
