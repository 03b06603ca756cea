package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.shell.MainWindowFixture.documentText;
import static org.relexcurator.ui.shell.MainWindowFixture.onScreen;
import static org.relexcurator.ui.shell.MainWindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.Decision;
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

  @TempDir static Path temp;
  private static Path modelFolder;

  private final MainWindowFixture window = new MainWindowFixture();
  private final FxTaskExecutor writes = new FxTaskExecutor(1);
  private DecisionStorage storage;
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
    window.build();
    ProjectViewModel projects =
        new ProjectViewModel(
            storage,
            window.work,
            writes,
            window.preparation,
            window.workspace::reloadDecisions,
            window.main);
    SettingsViewModel settings =
        new SettingsViewModel(
            window.work,
            new SettingsFile(data.resolve(SettingsFile.NAME), "alice"),
            Settings.defaults("alice"));
    SettingsAndHelp settingsAndHelp =
        new SettingsAndHelp(
            settings,
            () -> {
              throw new AssertionError("the welcome screen is not due");
            },
            window.model,
            window.workspace,
            false);
    window
        .window(List.of(MainWindowFixture.SAMPLE), settingsAndHelp)
        .withProjects(
            projects, new ProjectWindows(projects, window.work, () -> "alice", window.main))
        .show(stage);
    scene = stage.getScene();
    window.model.load(modelFolder.toString());
  }

  @AfterEach
  void cleanUp() throws Exception {
    window.close();
    writes.close();
    storage.close();
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
    window.waitForSampleAndModel(robot);
    robot.clickOn(onScreen(robot, "due to")); // no mention there: gives the text the focus
    assertThat(documentText(robot).isFocused()).isTrue();

    robot.type(KeyCode.TAB); // Congenital hypothyroidism
    robot.push(KeyCode.ALT, KeyCode.DIGIT1);
    robot.type(KeyCode.RIGHT); // sodium/iodide symporter
    robot.push(KeyCode.ALT, KeyCode.DIGIT2);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(badge(robot, "#e1-badge")).contains("Congenital hypothyroidism");
    assertThat(badge(robot, "#e2-badge")).contains("sodium/iodide symporter");
    assertThat(window.store.log()).isEmpty();
  }

  @Test
  void altDigitsPickE1AndE2WithTheFocusInTheQueue(FxRobot robot) throws Exception {
    window.waitForSampleAndModel(robot);
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
    assertThat(window.store.log()).isEmpty();
  }

  @Test
  void digitKeysGiveLabelsWithTheFocusInTheTextAndSayWhenThereIsNoPair(FxRobot robot)
      throws Exception {
    window.waitForSampleAndModel(robot);
    robot.clickOn(onScreen(robot, "due to"));
    robot.type(KeyCode.DIGIT1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.store.log()).isEmpty();
    assertThat(statusLine(robot)).startsWith("No pair to label");

    robot.clickOn(onScreen(robot, "sodium/iodide symporter"));
    robot.clickOn(onScreen(robot, "Congenital hypothyroidism"));
    assertThat(documentText(robot).isFocused()).isTrue();
    @SuppressWarnings("unchecked")
    List<LabelChoice> listed =
        robot.lookup("#label-list").queryAs(javafx.scene.control.ListView.class).getItems();
    waitFor(() -> !listed.isEmpty() && !listed.get(0).shortcut().isEmpty());
    String second =
        listed.stream().filter(c -> c.shortcut().equals("2")).findFirst().orElseThrow().label();

    robot.type(KeyCode.DIGIT2);
    waitFor(() -> window.store.log().size() == 1);

    Decision decided = window.store.log().get(0);
    assertThat(decided.pairKey()).isEqualTo("14510914|T1|T0");
    assertThat(decided.label()).isEqualTo(second);
  }

  private static String badge(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private static String statusLine(FxRobot robot) {
    return robot.lookup(".curation-pane .status").queryAs(Label.class).getText();
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
