package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.DjlRelationClassifier;
import org.relexcurator.inference.djl.HiddenActivation;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.prediction.PredictionState;
import org.relexcurator.ui.prediction.PredictionView;
import org.relexcurator.ui.prediction.PredictionViewModel;
import org.relexcurator.ui.queue.QueueOrder;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.queue.ReviewQueueView;
import org.relexcurator.ui.queue.ReviewQueueViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both panels side by side on the bundled BioRED sample, scored by a tiny random BERT through the
 * real engine, wired the way the main window will wire them. Also writes the screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class RealModelSmokeTest {

  /** Weights spread wide enough (0.2) that the scores differ visibly between labels. */
  private static final TestModelMaker.Spec TINY =
      new TestModelMaker.Spec(2, 64, 4, 128, 512, 7, 0.2, HiddenActivation.GELU);

  private static DjlRelationClassifier classifier;

  private final CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
  private FxTaskExecutor executor;
  private ReviewQueueViewModel queue;
  private PredictionViewModel prediction;
  private SplitPane root;

  @BeforeAll
  static void openTinyModel() throws Exception {
    Path folder =
        Files.createTempDirectory(
            Files.createDirectories(Path.of("target", "test-models")), "ui-model");
    TestModelMaker.write(folder, TINY);
    classifier =
        DjlRelationClassifier.open(
            folder.toString(), new ClassifierSettings(DeviceChoice.CPU, 16, 1));
  }

  @AfterAll
  static void closeModel() {
    if (classifier != null) {
      classifier.close();
    }
  }

  @Start
  void start(Stage stage) throws Exception {
    executor = new FxTaskExecutor(2);
    PreparedCorpus corpus =
        preparation.prepare(Path.of("resources", "samples", "biored-dev-sample.pubtator"));
    queue = new ReviewQueueViewModel(executor, preparation, EntityTypeMapping.bundled());
    prediction =
        new PredictionViewModel(
            executor, preparation, RelationSpecs.bundled(), EntityTypeMapping.bundled());
    queue.load(corpus);
    queue.classifierProperty().set(classifier);
    prediction.classifierProperty().set(classifier);
    queue
        .currentRowProperty()
        .addListener(
            (o, old, row) -> {
              if (row == null) {
                prediction.clear();
              } else {
                prediction.show(row.document(), row.pair());
              }
            });
    prediction
        .resultProperty()
        .addListener(
            (o, old, result) -> {
              if (result != null) {
                queue.recordPrediction(result.pair().key(), result.forward());
              }
            });
    PredictionView view = new PredictionView(prediction);
    root = new SplitPane(new ReviewQueueView(queue).node(), new VBox(view.banner(), view.node()));
    root.setDividerPositions(0.66);
    // Monocle's headless screen is 1280 × 800; a larger window overflows its frame buffer.
    stage.setScene(new Scene(root, 1280, 760));
    stage.show();
  }

  @BeforeEach
  void awaitRows() throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !queue.loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theTinyModelPredictsTheSampleAndTheSelectedPairShowsItsScores(FxRobot robot)
      throws Exception {
    assertThat(classifier.description().testModel()).isTrue();
    int pairs = queue.allRows().size();
    assertThat(pairs).isGreaterThan(100);

    long started = System.nanoTime();
    robot.clickOn("Predict all");
    WaitForAsyncUtils.waitFor(
        300,
        TimeUnit.SECONDS,
        () ->
            !queue.predictingProperty().get()
                && queue.allRows().stream().allMatch(row -> row.prediction() != null));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "predict all: %d pairs in %.1f s, %.1f pairs/s (%s)%n",
        pairs,
        seconds,
        pairs / seconds,
        queue.progressTextProperty().get());

    robot.interact(() -> queue.sorting().sortBy(QueueOrder.SMALLEST_MARGIN));
    @SuppressWarnings("unchecked")
    TableView<QueueRow> table = robot.lookup(".queue-table").queryAs(TableView.class);
    robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
    robot.type(KeyCode.DOWN);
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> prediction.stateProperty().get() == PredictionState.RESULT);
    WaitForAsyncUtils.waitForFxEvents();

    QueueRow selected = table.getItems().get(1);
    assertThat(queue.currentRowProperty().get()).isSameAs(selected);
    assertThat(prediction.resultProperty().get().pair()).isEqualTo(selected.pair());
    assertThat(prediction.resultProperty().get().forward()).isEqualTo(selected.prediction());
    assertThat(prediction.labelScores()).hasSize(16);
    assertThat(robot.lookup(".bar-track").queryAll()).hasSize(16);
    assertThat(robot.lookup(".test-model-banner").queryAs(Label.class).getText())
        .isEqualTo(ModelDescription.TEST_MODEL_WARNING);
    assertThat(robot.lookup(".test-model-banner").query().isVisible()).isTrue();

    robot.interact(
        () -> {
          Screenshots.write(root, "desktop-queue-and-prediction");
          Screenshots.write(root.getItems().get(0), "review-queue");
          Screenshots.write(root.getItems().get(1), "prediction-panel");
        });
  }

  @Test
  void aReverseDirectionIsScoredByTheRealModelToo() throws ClassificationException {
    QueueRow row = queue.allRows().get(0);
    String reverse = preparation.mark(row.document(), row.pair().reversed()).text();

    assertThat(reverse).contains("[E2]" + row.firstText() + "[/E2]");
    assertThat(classifier.classify(reverse).labels()).hasSize(16);
  }
}
