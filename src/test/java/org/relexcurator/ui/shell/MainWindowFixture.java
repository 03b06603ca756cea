package org.relexcurator.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.inference.djl.CachedModel;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.ModelFolderCheck;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.settings.SettingsViewModel;
import org.relexcurator.ui.settings.StartupSettings;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.relexcurator.ui.welcome.WelcomeViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window wired as DesktopApp wires it, for the TestFX tests that drive the whole window:
 * its executors, an in-memory decision store, recent files in a throw-away preferences node, the
 * view-models, and the waits and lookups those tests share. {@link #close()} after each test.
 */
final class MainWindowFixture {

  static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");
  static final ClassifierSettings CPU = new ClassifierSettings(DeviceChoice.CPU, 8, 1);

  final FxTaskExecutor work = new FxTaskExecutor(2);
  final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  final InMemoryCurationStore store = new InMemoryCurationStore();
  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final List<Stage> stages = new ArrayList<>();
  private final List<ModelViewModel> models = new ArrayList<>();

  CorpusPreparation preparation;
  MainViewModel main;
  ModelViewModel model;
  CorpusViewModel corpus;
  ReviewWorkspace workspace;

  /** Makes the view-models for curator alice, exact markers and the bundled relation specs. */
  void build() {
    build(CorpusPreparation.standard(MarkerMode.EXACT), RelationSpecs.bundled(), "alice");
  }

  /** Makes the view-models anew; a window opened before keeps its own. On the JavaFX thread. */
  void build(CorpusPreparation preparation, RelationSpecs specs, String curator) {
    this.preparation = preparation;
    main = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model = new ModelViewModel(work, CPU, "unused");
    models.add(model);
    corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            work,
            highlighting,
            preparation,
            specs,
            store,
            curator,
            Clock.systemUTC(),
            corpus,
            model);
  }

  /** The window on these files, without the Settings and Help menus. */
  MainWindow window(List<Path> files) {
    return new MainWindow(main, model, corpus, workspace, files);
  }

  /** The window on these files with the Settings and Help menus and the welcome screen. */
  MainWindow window(List<Path> files, SettingsAndHelp settingsAndHelp) {
    return new MainWindow(main, model, corpus, workspace, files, null, settingsAndHelp);
  }

  /** Shows the window on the sample corpus and starts loading the model in {@code modelFolder}. */
  void showSample(Stage stage, Path modelFolder) {
    build();
    window(List.of(SAMPLE)).show(stage);
    model.load(modelFolder.toString());
  }

  /** A stage of its own for a window, closed by {@link #close()}. On the JavaFX thread. */
  Stage newStage() {
    Stage stage = new Stage();
    stages.add(stage);
    return stage;
  }

  /**
   * Makes the view-models from a data folder's settings as DesktopApp does, and the Settings and
   * Help menus with a welcome screen that looks for the model in a Hugging Face cache. On the
   * JavaFX thread.
   *
   * @param hubFolder the cache ({@code HF_HUB_CACHE})
   * @param home the user's home folder, where a cache would be by default
   */
  SettingsAndHelp buildFrom(StartupSettings startup, Path hubFolder, Path home) {
    build(startup.preparation(), startup.specs(), startup.settings().curatorName());
    SettingsViewModel settings = new SettingsViewModel(work, startup.file(), startup.settings());
    return new SettingsAndHelp(
        settings,
        () ->
            new WelcomeViewModel(
                work,
                () ->
                    CachedModel.find(
                        ModelViewModel.TARGET_MODEL,
                        Map.of("HF_HUB_CACHE", hubFolder.toString()),
                        home),
                (folder, monitor) -> new ModelFolderCheck(CPU).check(folder, monitor),
                folder -> model.load(folder.toString()),
                settings),
        model,
        workspace,
        startup.showWelcome());
  }

  /** Closes the stages opened here, the executors and the models, and forgets recent files. */
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> stages.forEach(Stage::close)).get();
    work.close();
    highlighting.close();
    models.forEach(ModelViewModel::close);
    preferences.removeNode();
  }

  static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until the model is loaded and the sample's 201 pairs and first document are shown. */
  void waitForSampleAndModel(FxRobot robot) throws Exception {
    waitFor(
        () ->
            model.classifierProperty().get() != null
                && workspace.queue().allRows().size() == 201
                && documentText(robot).getText().startsWith("Congenital hypothyroidism"));
  }

  static StyleClassedTextArea documentText(FxRobot robot) {
    return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
  }

  /** Where the first occurrence of {@code text} in the document text shows on screen. */
  static Point2D onScreen(FxRobot robot, String text) throws Exception {
    return characterOnScreen(robot, documentText(robot).getText().indexOf(text));
  }

  /** The middle of the character at {@code at} in the document text, on screen. */
  static Point2D characterOnScreen(FxRobot robot, int at) throws Exception {
    StyleClassedTextArea area = documentText(robot);
    Bounds bounds =
        WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow())
            .get();
    return new Point2D(
        bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
  }

  /** Whether the node {@code query} finds is in a window that shows. */
  static boolean showing(FxRobot robot, String query) {
    return robot
        .lookup(query)
        .tryQuery()
        .map(n -> n.getScene().getWindow().isShowing())
        .orElse(false);
  }

  static void shortcut(FxRobot robot, KeyCode key) {
    robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
  }
}
