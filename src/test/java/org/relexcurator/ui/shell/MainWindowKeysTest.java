package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.Decision;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.curation.LabelChoice;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyBindings;
import org.relexcurator.ui.keys.KeyHandling;
import org.relexcurator.ui.keys.KeyWindow;
import org.relexcurator.ui.settings.Settings;
import org.relexcurator.ui.settings.SettingsFile;
import org.relexcurator.ui.settings.SettingsViewModel;
import org.relexcurator.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keymap in the real main window, with every menu: each key of the table is bound there, each
 * menu accelerator is in the table, and the E1/E2 and label keys work wherever the focus is.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowKeysTest {

  private static final Path SAMPLE = Path.of("resources/samples/biored-dev-sample.pubtator");

  @TempDir static Path temp;
  private static Path modelFolder;

  private final Preferences preferences =
      Preferences.userRoot().node("org/relexcurator/test-" + UUID.randomUUID());
  private final FxTaskExecutor work = new FxTaskExecutor(2);
  private final FxTaskExecutor highlighting = new FxTaskExecutor(1);
  private final FxTaskExecutor writes = new FxTaskExecutor(1);
  private final InMemoryCurationStore store = new InMemoryCurationStore();
  private DecisionStorage storage;
  private ModelViewModel model;
  private ReviewWorkspace workspace;
  private Scene scene;

  @BeforeAll
  static void makeModel() throws IOException {
    modelFolder = temp.resolve("model");
    TestModelMaker.write(modelFolder, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage stage) {
    Path data = temp.resolve("data-" + UUID.randomUUID());
    System.setProperty("relex.data.home", data.toString());
    storage = DecisionStorage.openDefault();
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    MainViewModel viewModel = new MainViewModel(work, preparation, new RecentFiles(preferences));
    model = new ModelViewModel(work, new ClassifierSettings(DeviceChoice.CPU, 8, 1), "unused");
    CorpusViewModel corpus = new CorpusViewModel();
    workspace =
        new ReviewWorkspace(
            work, highlighting, preparation, store, "alice", Clock.systemUTC(), corpus, model);
    ProjectViewModel projects =
        new ProjectViewModel(
            storage, work, writes, preparation, workspace::reloadDecisions, viewModel);
    SettingsViewModel settings =
        new SettingsViewModel(
            work,
            new SettingsFile(data.resolve(SettingsFile.NAME), "alice"),
            Settings.defaults("alice"));
    SettingsAndHelp settingsAndHelp =
        new SettingsAndHelp(
            settings,
            () -> {
              throw new AssertionError("the welcome screen is not due");
            },
            model,
            workspace,
            false);
    new MainWindow(viewModel, model, corpus, workspace, List.of(SAMPLE), null, settingsAndHelp)
        .withProjects(projects, new ProjectWindows(projects, work, () -> "alice", viewModel))
        .show(stage);
    scene = stage.getScene();
    model.load(modelFolder.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    work.close();
    highlighting.close();
    writes.close();
    model.close();
    storage.close();
    preferences.removeNode();
    System.clearProperty("relex.data.home");
  }

  @Test
  void everyKeyOfTheMainWindowIsBoundAndEveryMenuAcceleratorIsInTheKeymap() {
    Set<KeyAction> bound = EnumSet.noneOf(KeyAction.class);
    KeyBindings.of(scene).ifPresent(keys -> bound.addAll(keys.bound()));
    collectBindings(scene.getRoot(), bound);
    List<KeyCombination> accelerators = new ArrayList<>();
    MenuBar menus = (MenuBar) scene.getRoot().lookup(".menu-bar");
    menus.getMenus().forEach(menu -> collectAccelerators(menu, accelerators));
    accelerators.addAll(scene.getAccelerators().keySet());

    for (KeyAction action : KeyAction.values()) {
      if (action.area().window() != KeyWindow.MAIN) {
        continue;
      }
      if (action.handling() == KeyHandling.BINDINGS) {
        assertThat(bound).as("%s is bound in the main window", action).contains(action);
      } else if (action.handling() == KeyHandling.MENU) {
        assertThat(accelerators).as("%s is a menu accelerator", action).contains(action.key());
      }
    }
    List<KeyCombination> listed =
        java.util.Arrays.stream(KeyAction.values())
            .filter(action -> action.area().window() == KeyWindow.MAIN)
            .flatMap(action -> action.keys().stream())
            .toList();
    assertThat(listed).containsAll(accelerators);
  }

  @Test
  void altDigitsPickE1AndE2WithTheFocusInTheText(FxRobot robot) throws Exception {
    waitForSample(robot);
    robot.clickOn(onScreen(robot, "due to")); // no mention there: gives the text the focus
    assertThat(area(robot).isFocused()).isTrue();

    robot.type(KeyCode.TAB); // Congenital hypothyroidism
    robot.push(KeyCode.ALT, KeyCode.DIGIT1);
    robot.type(KeyCode.RIGHT); // sodium/iodide symporter
    robot.push(KeyCode.ALT, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(badge(robot, "#e1-badge")).contains("Congenital hypothyroidism");
    assertThat(badge(robot, "#e2-badge")).contains("sodium/iodide symporter");
    assertThat(store.log()).isEmpty();
  }

  @Test
  void altDigitsPickE1AndE2WithTheFocusInTheQueue(FxRobot robot) throws Exception {
    waitForSample(robot);
    TableView<?> queue = (TableView<?>) robot.lookup(".review-queue .table-view").query();
    robot.clickOn(robot.lookup(".review-queue .table-row-cell").nth(0).queryAs(Node.class));
    waitFor(() -> badge(robot, "#e1-badge").length() > "E1: —".length());
    String firstBefore = badge(robot, "#e1-badge");
    assertThat(queue.isFocused()).isTrue();

    robot.push(KeyCode.ALT, KeyCode.RIGHT);
    robot.push(KeyCode.ALT, KeyCode.DIGIT1);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(queue.isFocused()).isTrue();
    assertThat(badge(robot, "#e1-badge")).isNotEqualTo(firstBefore);
    String first = badge(robot, "#e1-badge").substring("E1: ".length());
    robot.push(KeyCode.ALT, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();
    // The focused mention is E1 now; made E2, the old E2 takes its place as E1.
    assertThat(badge(robot, "#e2-badge")).isEqualTo("E2: " + first);
    assertThat(store.log()).isEmpty();
  }

  @Test
  void digitKeysGiveLabelsWithTheFocusInTheTextAndSayWhenThereIsNoPair(FxRobot robot)
      throws Exception {
    waitForSample(robot);
    robot.clickOn(onScreen(robot, "due to"));
    robot.type(KeyCode.DIGIT1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(store.log()).isEmpty();
    assertThat(statusLine(robot)).startsWith("No pair to label");

    robot.clickOn(onScreen(robot, "sodium/iodide symporter"));
    robot.clickOn(onScreen(robot, "Congenital hypothyroidism"));
    assertThat(area(robot).isFocused()).isTrue();
    @SuppressWarnings("unchecked")
    List<LabelChoice> listed =
        robot.lookup("#label-list").queryAs(javafx.scene.control.ListView.class).getItems();
    waitFor(() -> !listed.isEmpty() && !listed.get(0).shortcut().isEmpty());
    String second =
        listed.stream().filter(c -> c.shortcut().equals("2")).findFirst().orElseThrow().label();

    robot.type(KeyCode.DIGIT2);
    waitFor(() -> store.log().size() == 1);

    Decision decided = store.log().get(0);
    assertThat(decided.pairKey()).isEqualTo("14510914|T1|T0");
    assertThat(decided.label()).isEqualTo(second);
  }

  private void waitForSample(FxRobot robot) throws Exception {
    waitFor(
        () ->
            model.classifierProperty().get() != null
                && workspace.queue().allRows().size() == 201
                && area(robot).getText().startsWith("Congenital hypothyroidism"));
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static StyleClassedTextArea area(FxRobot robot) {
    return robot.lookup("#document-text").queryAs(StyleClassedTextArea.class);
  }

  private static String badge(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private static String statusLine(FxRobot robot) {
    return robot.lookup(".curation-pane .status").queryAs(Label.class).getText();
  }

  private static Point2D onScreen(FxRobot robot, String text) throws Exception {
    StyleClassedTextArea area = area(robot);
    int at = area.getText().indexOf(text);
    Bounds bounds =
        WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow())
            .get();
    return new Point2D(
        bounds.getMinX() + bounds.getWidth() / 2, bounds.getMinY() + bounds.getHeight() / 2);
  }

  private static void collectBindings(Node node, Set<KeyAction> bound) {
    KeyBindings.of(node).ifPresent(keys -> bound.addAll(keys.bound()));
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collectBindings(child, bound));
    }
  }

  private static void collectAccelerators(MenuItem item, List<KeyCombination> accelerators) {
    if (item.getAccelerator() != null) {
      accelerators.add(item.getAccelerator());
    }
    if (item instanceof Menu menu) {
      menu.getItems().forEach(child -> collectAccelerators(child, accelerators));
    }
  }
}
