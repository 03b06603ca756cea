package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.export.ExportFormat;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The project menus through the real window on a real project file: decisions and the opened corpus
 * land in the project, and Review → Evaluation Report of This Project shows the model measured
 * against them, marked as a test model's.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectMenusTest {

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");

  @TempDir static Path temp;
  private static Path modelFolder;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor work = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private final FxTaskExecutor writes = new FxTaskExecutor(1);
  private DecisionStorage storage;
  private ModelViewModel model;
  private ReviewWorkspace workspace;

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    TestModelMaker.write(modelFolder, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage stage) {
    System.setProperty("relex.data.home", temp.resolve("data-" + UUID.randomUUID()).toString());
    storage = DecisionStorage.openDefault();
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    MainViewModel viewModel = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model = new ModelViewModel(work, new ClassifierSettings(DeviceChoice.CPU, 8, 1), "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            work,
            highlighting,
            preparation,
            storage.store(),
            "alice",
            Clock.systemUTC(),
            corpus,
            model);
    ProjectViewModel projects =
        new ProjectViewModel(
            storage, work, writes, preparation, workspace::reloadDecisions, viewModel);
    projects.saveWhatTheWindowMakes(viewModel, workspace.queue());
    new MainWindow(viewModel, model, corpus, workspace, List.of(SAMPLE))
        .withProjects(projects, new ProjectWindows(projects, work, () -> "alice", viewModel))
        .show(stage);
    model.load(modelFolder.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    // The export form and the report are windows of their own; left open, they would cover
    // the next test's window and take its clicks.
    FxToolkit.cleanupStages();
    work.close();
    highlighting.close();
    writes.close();
    model.close();
    storage.close();
    preferences.removeNode();
    System.clearProperty("relex.data.home");
  }

  @Test
  void decisionsMadeInTheWindowAreEvaluatedFromTheProject(FxRobot robot) throws Exception {
    waitFor(
        () ->
            model.classifierProperty().get() != null && workspace.queue().allRows().size() == 201);

    robot.clickOn("Predict all");
    waitFor(
        () ->
            !workspace.queue().predictingProperty().get()
                && workspace.queue().allRows().stream().allMatch(row -> row.prediction() != null));
    QueueRow first = workspace.queue().allRows().get(0);
    robot.interact(() -> workspace.queue().select(first));
    waitFor(() -> robot.lookup("#accept-button").query().isDisabled() == false);
    robot.type(KeyCode.ENTER);
    waitFor(() -> storage.store().current().containsKey(first.key()));
    waitFor(() -> storage.project().orElseThrow().contents().latestPredictions().size() == 201);

    robot.clickOn("Review").clickOn("Evaluation Report of This Project");
    // The report's content is in a scroll pane, whose children exist only once its skin does.
    waitFor(
        () ->
            reportWindow(robot) != null
                && robot
                    .from(reportWindow(robot).getScene().getRoot())
                    .lookup(".summary")
                    .tryQuery()
                    .map(
                        summary ->
                            ((Label) summary)
                                .getText()
                                .contains("1 reviewed of 201 predicted pairs"))
                    .orElse(false));

    Window report = reportWindow(robot);
    WaitForAsyncUtils.asyncFx(
            () -> Screenshots.write(report.getScene().getRoot(), "evaluation-report-of-project"))
        .get();
    assertThat(
            robot
                .from(report.getScene().getRoot())
                .lookup(".test-model-banner")
                .queryAs(Label.class)
                .getText())
        .isEqualTo(ModelDescription.TEST_MODEL_WARNING);
    assertThat(storage.project().orElseThrow().contents().pairs()).hasSize(201);
    // The report names the project, not the scratch file it was read back from.
    Label summary = robot.from(report.getScene().getRoot()).lookup(".summary").queryAs(Label.class);
    assertThat(summary.getText())
        .startsWith(storage.project().orElseThrow().file().getFileName() + " · ");
    List<String> shown = new ArrayList<>();
    for (String kind : List.of(".label", ".table-cell")) {
      robot.from(report.getScene().getRoot()).lookup(kind).queryAllAs(Labeled.class).stream()
          .map(Labeled::getText)
          .forEach(shown::add);
    }
    assertThat(shown)
        .contains("too few to estimate (1 reviewed)")
        .noneSatisfy(text -> assertThat(text).contains("relex-evaluation-"));
  }

  @Test
  void theExportFormOffersEveryPairOnlyWhereTheFormatCanHoldIt(FxRobot robot) throws Exception {
    waitFor(() -> workspace.queue().allRows().size() == 201);

    robot.clickOn("File").clickOn("Export Curated Pairs…");
    waitFor(() -> robot.lookup("#export-every-pair").tryQuery().isPresent());
    CheckBox everyPair = robot.lookup("#export-every-pair").queryAs(CheckBox.class);
    assertThat(everyPair.isDisabled()).isFalse();
    robot.clickOn(everyPair);
    assertThat(everyPair.isSelected()).isTrue();
    WaitForAsyncUtils.asyncFx(
            () -> Screenshots.write(everyPair.getScene().getRoot(), "export-form"))
        .get();

    ComboBox<ExportFormat> format = robot.lookup("#export-format").queryComboBox();
    robot.interact(() -> format.setValue(ExportFormat.BIOC_XML));
    assertThat(everyPair.isDisabled()).isTrue();
    assertThat(robot.lookup("#export-button").queryButton().getText()).isEqualTo("E_xport…");
  }

  private static Window reportWindow(FxRobot robot) {
    return robot.listTargetWindows().stream()
        .filter(
            w ->
                w instanceof Stage stage
                    && stage.getTitle() != null
                    && stage.getTitle().toLowerCase(java.util.Locale.ROOT).contains("evaluat"))
        .findFirst()
        .orElse(null);
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
