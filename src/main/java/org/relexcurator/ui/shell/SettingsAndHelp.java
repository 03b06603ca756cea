package org.relexcurator.ui.shell;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.relexcurator.inference.djl.CachedModel;
import org.relexcurator.inference.djl.ModelFolderCheck;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.help.AboutInfo;
import org.relexcurator.ui.help.AboutView;
import org.relexcurator.ui.help.ShortcutsView;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.settings.Appearance;
import org.relexcurator.ui.settings.Settings;
import org.relexcurator.ui.settings.SettingsView;
import org.relexcurator.ui.settings.SettingsViewModel;
import org.relexcurator.ui.welcome.WelcomeView;
import org.relexcurator.ui.welcome.WelcomeViewModel;

/**
 * What the main window offers besides reviewing: Edit → Settings… (Ctrl+,), the View menu's zoom
 * (Ctrl+=, Ctrl+−, Ctrl+0), the Help menu (Welcome, Keyboard shortcuts with F1, About), the welcome
 * screen on a first run and for Model → Check Model. It puts applied settings into effect: the
 * theme and font size on every window it opens, the curator name on the next decision, device,
 * threads and batch size on the next model load.
 */
public final class SettingsAndHelp {

  private static final String STYLESHEET =
      SettingsAndHelp.class.getResource("/org/relexcurator/ui/relex.css").toExternalForm();

  private final SettingsViewModel settings;
  private final Supplier<WelcomeViewModel> welcomes;
  private final ModelViewModel model;
  private final boolean welcomeAtStart;
  private Stage welcome;
  private WelcomeViewModel welcomeModel;

  /**
   * @param welcomes makes the welcome screen's view-model each time it opens
   * @param welcomeAtStart whether the welcome screen opens with the window (first run, or the
   *     curator asked for it)
   */
  public SettingsAndHelp(
      SettingsViewModel settings,
      Supplier<WelcomeViewModel> welcomes,
      ModelViewModel model,
      ReviewWorkspace workspace,
      boolean welcomeAtStart) {
    this.settings = settings;
    this.welcomes = welcomes;
    this.model = model;
    this.welcomeAtStart = welcomeAtStart;
    settings
        .currentProperty()
        .addListener(
            (observable, old, now) -> {
              workspace.setCurator(now.curatorName());
              model.useSettings(now.classifierSettings());
            });
  }

  /**
   * The app's welcome screen: looks for synthetic_relex in the Hugging Face cache, checks folders
   * with the device and threads in the settings, and loads a chosen folder that passes.
   */
  public static SettingsAndHelp standard(
      SettingsViewModel settings,
      ModelViewModel model,
      ReviewWorkspace workspace,
      TaskExecutor executor,
      boolean welcomeAtStart) {
    return new SettingsAndHelp(
        settings,
        () ->
            new WelcomeViewModel(
                executor,
                () -> CachedModel.find(ModelViewModel.TARGET_MODEL),
                (folder, monitor) ->
                    new ModelFolderCheck(settings.current().classifierSettings())
                        .check(folder, monitor),
                folder -> model.load(folder.toString()),
                settings),
        model,
        workspace,
        welcomeAtStart);
  }

  /**
   * Keeps the window's theme and font size as the settings say, now and after each change, and lets
   * the keys beside the View menu's zoom the font too: Ctrl++ as typed on most layouts (Shift+=)
   * and the number pad's +, − and 0.
   */
  public void follow(Scene scene) {
    Appearance.follow(scene, settings.currentProperty());
    Map<KeyCombination, Runnable> keys = scene.getAccelerators();
    alsoOn(keys, KeyAction.ZOOM_IN, settings::zoomIn);
    alsoOn(keys, KeyAction.ZOOM_OUT, settings::zoomOut);
    alsoOn(keys, KeyAction.ZOOM_RESET, settings::resetZoom);
  }

  /** The keys of a View menu row after the one its menu item shows. */
  private static void alsoOn(Map<KeyCombination, Runnable> keys, KeyAction row, Runnable zoom) {
    row.keys().stream().skip(1).forEach(key -> keys.put(key, zoom));
  }

  /** Zoom In (Ctrl+=), Zoom Out (Ctrl+−) and Actual Size (Ctrl+0): the font size setting. */
  public Menu viewMenu() {
    MenuItem in = new MenuItem("Zoom In");
    in.setId("menu-zoom-in");
    in.setAccelerator(KeyAction.ZOOM_IN.key());
    in.setOnAction(event -> settings.zoomIn());
    MenuItem out = new MenuItem("Zoom Out");
    out.setId("menu-zoom-out");
    out.setAccelerator(KeyAction.ZOOM_OUT.key());
    out.setOnAction(event -> settings.zoomOut());
    MenuItem reset = new MenuItem("Actual Size");
    reset.setId("menu-zoom-reset");
    reset.setAccelerator(KeyAction.ZOOM_RESET.key());
    reset.setOnAction(event -> settings.resetZoom());
    return new Menu("_View", null, in, out, reset);
  }

  public Menu editMenu(Window owner) {
    MenuItem open = new MenuItem("Settings\u2026");
    open.setId("menu-settings");
    open.setAccelerator(KeyAction.SETTINGS.key());
    open.setOnAction(event -> showSettings(owner));
    return new Menu("_Edit", null, open);
  }

  /**
   * @param openDocuments what File → Open does, for the welcome screen's first step
   */
  public Menu helpMenu(Stage owner, Runnable openDocuments) {
    MenuItem welcomeItem = new MenuItem("Welcome");
    welcomeItem.setOnAction(event -> showWelcome(owner, openDocuments));
    MenuItem shortcuts = new MenuItem("Keyboard Shortcuts");
    shortcuts.setAccelerator(KeyAction.SHOW_SHORTCUTS.key());
    shortcuts.setOnAction(event -> showShortcuts(owner));
    MenuItem about = new MenuItem("About RelEx Curator");
    about.setOnAction(event -> showAbout(owner));
    return new Menu("_Help", null, welcomeItem, shortcuts, about);
  }

  /** Opens the welcome screen if this is a first run or the curator wants it at every start. */
  public void showWelcomeIfDue(Stage owner, Runnable openDocuments) {
    if (welcomeAtStart) {
      showWelcome(owner, openDocuments);
    }
  }

  public void showSettings(Window owner) {
    Dialog<ButtonType> dialog = new SettingsView(settings).dialog(owner);
    // A font size applied with the dialog open changes the size of what it holds: the dialog
    // follows, once the new size has been styled, so that nothing in it is cut short.
    ChangeListener<Settings> refit =
        (observable, old, now) ->
            Platform.runLater(
                () -> {
                  // OK applies the settings and closes the dialog before this runs.
                  if (dialog.isShowing()) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                  }
                });
    settings.currentProperty().addListener(refit);
    dialog.setOnHidden(event -> settings.currentProperty().removeListener(refit));
    dialog.show();
  }

  /** Opens the welcome screen, or brings it to the front if it is open. */
  public void showWelcome(Stage owner, Runnable openDocuments) {
    if (welcome != null) {
      welcome.toFront();
      return;
    }
    WelcomeViewModel viewModel = welcomes.get();
    welcomeModel = viewModel;
    Stage stage = window(owner, "Welcome to RelEx Curator");
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setScene(scene(new WelcomeView(viewModel, openDocuments).node(), 1180, 740));
    viewModel
        .closedProperty()
        .addListener(
            (o, was, closed) -> {
              if (closed) {
                stage.close();
              }
            });
    stage.setOnHidden(
        event -> {
          viewModel.startReviewing();
          welcome = null;
          welcomeModel = null;
        });
    welcome = stage;
    stage.show();
    viewModel.start();
  }

  /**
   * Model → Check Model: checks a model folder on the welcome screen, whose right half shows each
   * check as it runs; the model in use stays as it is whatever the check finds.
   */
  public void checkModel(Stage owner, Runnable openDocuments, Path folder) {
    showWelcome(owner, openDocuments);
    welcome.toFront();
    welcomeModel.check(folder);
  }

  public void showShortcuts(Window owner) {
    Stage stage = window(owner, "Keyboard shortcuts");
    stage.setScene(scene(new ShortcutsView(KeyAction.inHelpOrder()).node(), 1040, 640));
    EscapeCloses.window(stage);
    stage.show();
  }

  public void showAbout(Window owner) {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("About RelEx Curator");
    dialog.getDialogPane().getStylesheets().add(STYLESHEET);
    dialog
        .getDialogPane()
        .setContent(
            new AboutView(
                    AboutInfo.current(
                        model.classifierProperty().get() == null
                            ? null
                            : model.classifierProperty().get().description()))
                .node());
    dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
    Appearance.follow(dialog.getDialogPane().getScene(), settings.currentProperty());
    dialog.show();
  }

  private static Stage window(Window owner, String title) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle(title);
    return stage;
  }

  private Scene scene(Parent root, double width, double height) {
    Scene scene = new Scene(root, width, height);
    scene.getStylesheets().add(STYLESHEET);
    Appearance.follow(scene, settings.currentProperty());
    return scene;
  }
}
