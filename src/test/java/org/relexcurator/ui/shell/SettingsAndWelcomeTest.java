package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.shell.MainWindowFixture.showing;
import static org.relexcurator.ui.shell.MainWindowFixture.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.ui.Screenshots;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.settings.Appearance;
import org.relexcurator.ui.settings.Settings;
import org.relexcurator.ui.settings.SettingsFile;
import org.relexcurator.ui.settings.StartupSettings;
import org.relexcurator.ui.settings.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The settings dialog, the welcome screen and the Help menu in a real window: each test opens the
 * window on its own stage with its own data folder, as the app would start on it.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsAndWelcomeTest {

  @TempDir static Path shared;
  private static Path hub;
  private static Path cachedModel;

  @TempDir Path temp;

  private final MainWindowFixture window = new MainWindowFixture();
  private SettingsAndHelp settingsAndHelp;
  private Stage stage;

  /** synthetic_relex "in the Hugging Face cache": a tiny random model in a cache layout. */
  @BeforeAll
  static void makeCachedModel() throws IOException {
    hub = shared.resolve("hub");
    cachedModel = hub.resolve("models--Glasgow-AI4BioMed--synthetic_relex/snapshots/rev1");
    TestModelMaker.write(cachedModel, TestModelMaker.Spec.SMALL);
  }

  @Start
  void start(Stage primary) {
    // Each test opens the window on a stage of its own, after choosing its data folder.
  }

  @AfterEach
  void cleanUp() throws Exception {
    window.close();
  }

  /** The window as DesktopApp makes it, on a data folder of the test's choosing. */
  private void openWindow(Path dataHome) throws Exception {
    StartupSettings startup = StartupSettings.load(dataHome);
    WaitForAsyncUtils.asyncFx(
            () -> {
              settingsAndHelp = window.buildFrom(startup, hub, shared);
              stage = window.newStage();
              window.window(List.of(MainWindowFixture.SAMPLE), settingsAndHelp).show(stage);
            })
        .get();
  }

  private static Path dataHomeWithSettings(Path dataHome, Settings settings) throws IOException {
    new SettingsFile(dataHome.resolve(SettingsFile.NAME), "alice").save(settings);
    return dataHome;
  }

  private static void screenshot(Node root, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> Screenshots.write(root, name)).get();
  }

  @Test
  void ctrlCommaOpensSettingsAndOkPutsDarkThemeFontSizeAndCuratorIntoEffect(FxRobot robot)
      throws Exception {
    Path dataHome = dataHomeWithSettings(temp.resolve("data"), Settings.defaults("alice"));
    openWindow(dataHome);
    robot.interact(() -> window.model.load(cachedModel.toString()));
    waitFor(
        () ->
            window.model.classifierProperty().get() != null
                && window.workspace.queue().allRows().size() == 201);
    assertThat(showing(robot, "#welcome")).isFalse();

    robot.clickOn("#status");
    robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
    waitFor(() -> showing(robot, "#settings-dialog"));
    DialogPane dialog = robot.lookup("#settings-dialog").queryAs(DialogPane.class);
    screenshot(dialog, "settings-dialog");

    robot
        .doubleClickOn("#settings-curator")
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .release(KeyCode.CONTROL)
        .write("bob");
    robot.clickOn("#settings-theme");
    robot.clickOn(
        robot
            .lookup(".list-cell")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("Dark"))
            .queryLabeled());
    robot
        .clickOn("#settings-font-size .text-field")
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .release(KeyCode.CONTROL)
        .write("16");
    robot.clickOn(dialog.lookupButton(ButtonType.OK));
    waitFor(() -> !showing(robot, "#settings-dialog"));

    Scene scene = stage.getScene();
    assertThat(scene.getStylesheets()).contains(Appearance.DARK_STYLESHEET);
    assertThat(scene.getRoot().getStyle()).isEqualTo("-fx-font-size: 16px;");
    assertThat(robot.lookup("#status").queryAs(Label.class).getFont().getSize()).isEqualTo(16.0);
    // The document's body text is 14 px at the default 13: it scales with the setting.
    Text body =
        robot.lookup("#document-text .text").queryAllAs(Text.class).stream()
            .filter(text -> !text.getStyleClass().contains("document-title"))
            .findFirst()
            .orElseThrow();
    assertThat(body.getFont().getSize())
        .isCloseTo(16 * 14 / 13.0, org.assertj.core.data.Offset.offset(0.05));
    Path file = dataHome.resolve(SettingsFile.NAME);
    waitFor(() -> Files.readString(file).contains("\"fontSize\" : 16"));
    Settings saved = new SettingsFile(file, "alice").load().settings();
    assertThat(saved.theme()).isEqualTo(Theme.DARK);
    assertThat(saved.fontSize()).isEqualTo(16);
    assertThat(saved.curatorName()).isEqualTo("bob");

    robot.interact(
        () -> window.workspace.queue().select(window.workspace.queue().allRows().get(0)));
    waitFor(() -> robot.lookup(".score-bars .bar").queryAll().size() == 16);
    screenshot(scene.getRoot(), "main-window-dark");
    robot.interact(() -> window.workspace.curationNode().requestFocus());
    robot.type(KeyCode.S);
    waitFor(() -> window.store.log().size() == 1);
    assertThat(window.store.log().get(0).action()).isEqualTo(DecisionAction.SKIPPED);
    assertThat(window.store.log().get(0).curator()).isEqualTo("bob");
  }

  @Test
  void onAFirstRunTheWelcomeScreenChecksTheCachedModelAndStartReviewingClosesIt(FxRobot robot)
      throws Exception {
    Path dataHome = temp.resolve("empty-data-home");
    openWindow(dataHome);

    waitFor(() -> showing(robot, "#welcome"));
    Label verdict = robot.lookup("#welcome-verdict").queryAs(Label.class);
    waitFor(() -> verdict.getText() != null && !verdict.getText().isEmpty());
    VBox report = robot.lookup("#welcome-report").queryAs(VBox.class);
    assertThat(report.getChildren()).hasSize(9);
    assertThat(robot.lookup("#welcome-model-status").queryAs(Label.class).getText())
        .startsWith(
            "Found Glasgow-AI4BioMed/synthetic_relex in the Hugging Face cache: " + cachedModel);
    assertThat(robot.lookup("#welcome-verdict").queryAs(Label.class).getText())
        .isEqualTo("This is a test model. " + ModelDescription.TEST_MODEL_WARNING + ".");
    screenshot(robot.lookup("#welcome").query(), "welcome-screen");

    robot.clickOn("#welcome-start");
    waitFor(() -> !showing(robot, "#welcome"));

    assertThat(stage.isShowing()).isTrue();
    SettingsFile.Loaded saved =
        new SettingsFile(dataHome.resolve(SettingsFile.NAME), "alice").load();
    assertThat(saved.existed()).isTrue();
    assertThat(saved.settings().showWelcomeAtStart()).isFalse();
    assertThat(StartupSettings.load(dataHome).showWelcome()).isFalse();
  }

  @Test
  void f1ListsEveryMenuShortcutAndAboutWarnsOfTheTestModel(FxRobot robot) throws Exception {
    openWindow(dataHomeWithSettings(temp.resolve("data"), Settings.defaults("alice")));
    robot.interact(() -> window.model.load(cachedModel.toString()));
    waitFor(() -> window.model.classifierProperty().get() != null);

    robot.clickOn("#status").type(KeyCode.F1);
    waitFor(() -> showing(robot, "#shortcuts-table"));

    @SuppressWarnings("unchecked")
    TableView<KeyAction> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
    assertThat(table.getItems()).isEqualTo(KeyAction.inHelpOrder());
    List<KeyCombination> listed =
        table.getItems().stream().flatMap(action -> action.keys().stream()).toList();
    MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    List<KeyCombination> accelerators =
        menus.getMenus().stream()
            .flatMap(menu -> menu.getItems().stream())
            .map(MenuItem::getAccelerator)
            .filter(java.util.Objects::nonNull)
            .toList();
    assertThat(accelerators).hasSizeGreaterThanOrEqualTo(5);
    assertThat(listed).containsAll(accelerators);
    robot.type(KeyCode.ESCAPE);
    waitFor(() -> !showing(robot, "#shortcuts-table"));

    robot.interact(() -> settingsAndHelp.showAbout(stage));
    waitFor(() -> showing(robot, "#about-title"));
    assertThat(robot.lookup("#about-test-model-warning").queryAs(Label.class).getText())
        .isEqualTo(ModelDescription.TEST_MODEL_WARNING);
    assertThat(robot.lookup("#about-text").queryAs(Label.class).getText())
        .contains("Folder: " + cachedModel);
    Window about = robot.lookup("#about-title").query().getScene().getWindow();
    robot.interact(about::hide);
  }
}
