package org.relexcurator.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.ui.corpus.CorpusView;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyBindings;
import org.relexcurator.ui.problems.ProblemsView;
import org.relexcurator.ui.problems.ProblemsViewModel;

/**
 * The main window: menu, corpus panel, the selected document, and a status bar with background
 * work, its cancel button and the problems of the open file. Files open from the File menu
 * (Ctrl+O), the recent-files list, drag and drop, and the command line.
 *
 * <p>Keys: the menus take their accelerators from {@link KeyAction}; the panes' keys are bound for
 * the whole window on its scene.
 */
public final class MainWindow {

  /** Room left above the scene for a desktop's title bar when the window is fitted to a screen. */
  private static final double TITLE_BAR_HEIGHT = 40;

  private final MainViewModel viewModel;
  private final ModelViewModel model;
  private final CorpusViewModel corpus;
  private final ReviewWorkspace workspace;
  private final List<Path> initialFiles;
  private final java.util.prefs.Preferences layoutStore;
  private ProjectViewModel projects;
  private ProjectWindows projectWindows;
  private final SettingsAndHelp settingsAndHelp;
  private final ProblemsViewModel problems;
  private Stage problemsWindow;

  /** A window whose layout is not remembered (tests, benchmarks). */
  public MainWindow(
      MainViewModel viewModel,
      ModelViewModel model,
      CorpusViewModel corpus,
      ReviewWorkspace workspace,
      List<Path> initialFiles) {
    this(viewModel, model, corpus, workspace, initialFiles, null);
  }

  /** A window without settings, welcome screen or Help menu. */
  public MainWindow(
      MainViewModel viewModel,
      ModelViewModel model,
      CorpusViewModel corpus,
      ReviewWorkspace workspace,
      List<Path> initialFiles,
      java.util.prefs.Preferences layoutStore) {
    this(viewModel, model, corpus, workspace, initialFiles, layoutStore, null);
  }

  /**
   * @param layoutStore where the window's size and split positions are kept between runs
   * @param settingsAndHelp the Settings and Help menus, the welcome screen and the theme; null for
   *     none
   */
  public MainWindow(
      MainViewModel viewModel,
      ModelViewModel model,
      CorpusViewModel corpus,
      ReviewWorkspace workspace,
      List<Path> initialFiles,
      java.util.prefs.Preferences layoutStore,
      SettingsAndHelp settingsAndHelp) {
    this.layoutStore = layoutStore;
    this.settingsAndHelp = settingsAndHelp;
    this.viewModel = viewModel;
    this.model = model;
    this.corpus = corpus;
    this.workspace = workspace;
    this.initialFiles = List.copyOf(initialFiles);
    this.problems = new ProblemsViewModel(viewModel.problems(), workspace::show);
    viewModel
        .corpusProperty()
        .addListener(
            (observable, old, now) -> {
              if (now != null) {
                workspace.open(now);
              }
            });
  }

  /**
   * Lets the curator create and switch project files from the File menu, and work on the whole
   * project from the Review menu.
   */
  MainWindow withProjects(ProjectViewModel projectFiles, ProjectWindows windows) {
    this.projects = projectFiles;
    this.projectWindows = windows;
    return this;
  }

  public void show(Stage stage) {
    CorpusView corpusView = new CorpusView(corpus);
    corpusView.setPrefWidth(240);
    BorderPane root = new BorderPane();
    root.setTop(menu(stage, corpusView));
    SplitPane middle = new SplitPane(workspace.documentNode(), workspace.queueNode());
    middle.setOrientation(Orientation.VERTICAL);
    // One column: the TEST MODEL banner over both panes, the prediction at its full height (so
    // that all 16 bars show at 1280x720) and the deciding pane below it, which takes the rest. The
    // column scrolls as a whole only when even that does not fit (a large font on a small screen).
    VBox panes = new VBox(workspace.predictionNode(), workspace.curationNode());
    VBox.setVgrow(workspace.curationNode(), Priority.ALWAYS);
    if (workspace.predictionNode() instanceof Region prediction) {
      prediction.setMinHeight(Region.USE_PREF_SIZE);
    }
    ScrollPane panesScroll = new ScrollPane(panes);
    panesScroll.setFitToWidth(true);
    panesScroll.setFitToHeight(true);
    panesScroll.getStyleClass().add("right-panes");
    // When the deciding pane's label list unfolds (L) in a short window, the column scrolls down to
    // it; whatever else grows or shrinks the column puts the bars back in view.
    panes
        .heightProperty()
        .addListener(
            (observable, old, now) ->
                panesScroll.setVvalue(
                    now.doubleValue() > old.doubleValue()
                            && focusWithin(panes.getScene(), workspace.curationNode())
                        ? panesScroll.getVmax()
                        : panesScroll.getVmin()));
    VBox rightPane = new VBox(workspace.testModelBannerNode(), panesScroll);
    VBox.setVgrow(panesScroll, Priority.ALWAYS);
    rightPane.getStyleClass().add("right-pane");
    // Explicit minimum widths: the queue's filters and the legend would otherwise claim so much
    // width that the side panes collapse on a 1280-pixel screen.
    corpusView.setMinWidth(200);
    middle.setMinWidth(320);
    for (Node pane : List.of(workspace.documentNode(), workspace.queueNode())) {
      if (pane instanceof Region region) {
        region.setMinWidth(0);
      }
    }
    rightPane.setMinWidth(360);
    SplitPane split = new SplitPane(corpusView, middle, rightPane);
    Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    WindowLayout layout =
        (layoutStore == null ? WindowLayout.DEFAULT : WindowLayout.load(layoutStore))
            .fittedTo(screen.getWidth(), screen.getHeight(), TITLE_BAR_HEIGHT);
    split.setDividerPositions(layout.mainDividers());
    middle.setDividerPositions(layout.middleDividers());
    SplitPane.setResizableWithParent(corpusView, false);
    SplitPane.setResizableWithParent(rightPane, false);
    root.setCenter(split);
    root.setBottom(statusBar(stage));
    Scene scene = new Scene(root, layout.width(), layout.height());
    KeyBindings keys = KeyBindings.on(scene);
    keys.bind(KeyAction.FIND_DOCUMENT, corpusView::focusSearch);
    workspace.bindKeys(keys);
    scene
        .getStylesheets()
        .add(MainWindow.class.getResource("/org/relexcurator/ui/relex.css").toExternalForm());
    if (settingsAndHelp != null) {
      settingsAndHelp.follow(scene);
    }
    acceptDroppedFiles(scene);
    // The stage may have shown another window before (tests reuse theirs).
    stage.titleProperty().unbind();
    if (projects == null) {
      stage.setTitle("RelEx Curator");
    } else {
      stage.titleProperty().bind(projects.titleProperty().map(name -> "RelEx Curator — " + name));
    }
    stage.setScene(scene);
    if (!Double.isNaN(layout.x()) && onSomeScreen(layout)) {
      stage.setX(layout.x());
      stage.setY(layout.y());
    }
    if (layout.maximized()) {
      stage.setMaximized(true);
    }
    if (layoutStore != null) {
      stage.setOnHidden(
          event ->
              new WindowLayout(
                      stage.getX(),
                      stage.getY(),
                      scene.getWidth(),
                      scene.getHeight(),
                      stage.isMaximized(),
                      split.getDividerPositions(),
                      middle.getDividerPositions())
                  .save(layoutStore));
    }
    stage.show();
    initialFiles.forEach(viewModel::open);
    if (settingsAndHelp != null) {
      settingsAndHelp.showWelcomeIfDue(stage, () -> chooseFiles(stage));
    }
  }

  private static boolean onSomeScreen(WindowLayout layout) {
    return !javafx.stage.Screen.getScreensForRectangle(layout.x(), layout.y(), 100, 100).isEmpty();
  }

  private MenuBar menu(Stage stage, CorpusView corpusView) {
    MenuItem open = new MenuItem("Open…");
    open.setAccelerator(KeyAction.OPEN_DOCUMENTS.key());
    open.setOnAction(event -> chooseFiles(stage));
    Menu recent = new Menu("Open Recent");
    Runnable fillRecent =
        () -> {
          recent
              .getItems()
              .setAll(
                  viewModel.recentFiles().stream()
                      .map(
                          path -> {
                            MenuItem item = new MenuItem(path.toString());
                            item.setMnemonicParsing(false);
                            item.setOnAction(event -> viewModel.open(path));
                            return item;
                          })
                      .toList());
          recent.setDisable(recent.getItems().isEmpty());
        };
    fillRecent.run();
    viewModel.recent().files().addListener((ListChangeListener<Path>) change -> fillRecent.run());
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(KeyAction.QUIT.key());
    quit.setOnAction(event -> stage.close());
    Menu file = new Menu("_File", null, open, recent);
    if (projects != null) {
      MenuItem newProject = new MenuItem("New Project…");
      newProject.setOnAction(event -> chooseProject(stage, true));
      MenuItem openProject = new MenuItem("Open Project…");
      openProject.setAccelerator(KeyAction.OPEN_PROJECT.key());
      openProject.setOnAction(event -> chooseProject(stage, false));
      MenuItem export = new MenuItem("Export Curated Pairs…");
      export.setAccelerator(KeyAction.EXPORT.key());
      export.setOnAction(event -> projectWindows.showExport(stage));
      MenuItem merge = new MenuItem("Merge Projects…");
      merge.setOnAction(event -> chooseMerge(stage));
      file.getItems().addAll(new SeparatorMenuItem(), newProject, openProject, merge, export);
    }
    file.getItems().addAll(new SeparatorMenuItem(), quit);
    Menu modelMenu =
        ModelMenu.of(
            model,
            () -> chooseModel(stage),
            settingsAndHelp == null
                ? null
                : folder -> settingsAndHelp.checkModel(stage, () -> chooseFiles(stage), folder));
    MenuBar bar = new MenuBar(file, editMenu(stage, corpusView), modelMenu);
    if (settingsAndHelp != null) {
      bar.getMenus().add(2, settingsAndHelp.viewMenu());
      bar.getMenus().add(settingsAndHelp.helpMenu(stage, () -> chooseFiles(stage)));
    }
    if (projectWindows != null) {
      MenuItem adjudicate = new MenuItem("Adjudicate Disputed Pairs…");
      adjudicate.setAccelerator(KeyAction.ADJUDICATE.key());
      adjudicate.setOnAction(event -> projectWindows.showAdjudication(stage));
      MenuItem evaluateProject = new MenuItem("Evaluation Report of This Project");
      evaluateProject.setAccelerator(KeyAction.EVALUATE_PROJECT.key());
      evaluateProject.setOnAction(event -> projectWindows.showProjectEvaluation(stage));
      MenuItem evaluate = new MenuItem("Evaluation Report of an Export…");
      evaluate.setOnAction(event -> chooseEvaluation(stage));
      // Before Help, which stays last.
      int at = bar.getMenus().size() - (settingsAndHelp == null ? 0 : 1);
      bar.getMenus().add(at, new Menu("_Review", null, adjudicate, evaluateProject, evaluate));
    }
    return bar;
  }

  /** Undo, Redo and Find, then Settings… when the window has settings. */
  private Menu editMenu(Stage stage, CorpusView corpusView) {
    MenuItem undo = new MenuItem("Undo Decision");
    undo.setId("menu-undo");
    undo.setAccelerator(KeyAction.UNDO.key());
    undo.setOnAction(event -> workspace.undo());
    undo.disableProperty().bind(workspace.canUndoProperty().not());
    MenuItem redo = new MenuItem("Redo Decision");
    redo.setId("menu-redo");
    redo.setAccelerator(KeyAction.REDO.key());
    redo.setOnAction(event -> workspace.redo());
    redo.disableProperty().bind(workspace.canRedoProperty().not());
    // In the queue, Ctrl+F reaches the queue's own search first (ReviewQueueView).
    MenuItem find = new MenuItem("Find Documents");
    find.setId("menu-find");
    find.setAccelerator(KeyAction.FIND_DOCUMENT.key());
    find.setOnAction(event -> corpusView.focusSearch());
    Menu edit = settingsAndHelp == null ? new Menu("_Edit") : settingsAndHelp.editMenu(stage);
    edit.getItems().addAll(0, List.of(undo, redo, new SeparatorMenuItem(), find));
    if (edit.getItems().size() > 4) {
      edit.getItems().add(4, new SeparatorMenuItem());
    }
    return edit;
  }

  /** The curators' projects to merge, then the team project to merge them into. */
  private void chooseMerge(Stage stage) {
    FileChooser.ExtensionFilter projectFiles =
        new FileChooser.ExtensionFilter(
            "RelEx Curator projects",
            "*" + org.relexcurator.curation.project.ProjectDatabase.EXTENSION);
    FileChooser curators = new FileChooser();
    curators.setTitle("Choose the curators' projects to merge");
    curators.getExtensionFilters().add(projectFiles);
    List<File> chosen = curators.showOpenMultipleDialog(stage);
    if (chosen == null || chosen.isEmpty()) {
      return;
    }
    FileChooser team = new FileChooser();
    team.setTitle("Merge into the team project (a new or an existing one)");
    team.getExtensionFilters().add(projectFiles);
    File target = team.showSaveDialog(stage);
    if (target != null) {
      projects.merge(chosen.stream().map(File::toPath).toList(), target.toPath());
    }
  }

  private void chooseProject(Stage stage, boolean create) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(create ? "Create a project file" : "Open a project file");
    chooser
        .getExtensionFilters()
        .add(
            new FileChooser.ExtensionFilter(
                "RelEx Curator projects",
                "*" + org.relexcurator.curation.project.ProjectDatabase.EXTENSION));
    File chosen = create ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
    if (chosen != null) {
      if (create) {
        projects.create(chosen.toPath());
      } else {
        projects.open(chosen.toPath());
      }
    }
  }

  private void chooseEvaluation(Stage stage) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Choose a curated-pairs export (relex export --all)");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Curated pairs (JSON Lines)", "*.jsonl"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File chosen = chooser.showOpenDialog(stage);
    if (chosen != null) {
      projectWindows.showEvaluation(stage, chosen.toPath());
    }
  }

  private void chooseModel(Stage stage) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Choose the model folder (config.json, model.safetensors, tokenizer.json)");
    File folder = chooser.showDialog(stage);
    if (folder != null) {
      model.load(folder.getPath());
    }
  }

  private void chooseFiles(Stage stage) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a corpus");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                "Corpus files",
                "*.pubtator",
                "*.txt",
                "*.xml",
                "*.json",
                "*.jsonl",
                "*.csv",
                "*.tsv",
                "*.ann"),
            new FileChooser.ExtensionFilter("All files", "*"));
    List<File> chosen = chooser.showOpenMultipleDialog(stage);
    if (chosen != null) {
      chosen.forEach(f -> viewModel.open(f.toPath()));
    }
  }

  /** A dropped project file becomes the project in use; any other file is a corpus. */
  private void openDropped(Path file) {
    if (projects != null && ProjectViewModel.isProjectFile(file)) {
      projects.open(file);
    } else {
      viewModel.open(file);
    }
  }

  private void acceptDroppedFiles(Scene scene) {
    scene.setOnDragOver(
        event -> {
          if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
          }
          event.consume();
        });
    scene.setOnDragDropped(
        event -> {
          boolean accepted = event.getDragboard().hasFiles();
          if (accepted) {
            event.getDragboard().getFiles().forEach(f -> openDropped(f.toPath()));
          }
          event.setDropCompleted(accepted);
          event.consume();
        });
  }

  private static boolean focusWithin(Scene scene, Node pane) {
    for (Node node = scene == null ? null : scene.getFocusOwner();
        node != null;
        node = node.getParent()) {
      if (node == pane) {
        return true;
      }
    }
    return false;
  }

  /**
   * A part of the status bar that gives its width to the status text while hidden but stays
   * managed, so that the bar keeps its height: a bar growing and shrinking as work starts and ends
   * laid the whole window out again, which doubled the longest stall of opening BioRED Train (relex
   * bench-ui: 23-28 ms with the parts always managed, 46-53 ms with managed toggled).
   */
  private static void takesRoomOnlyWhenShown(Region part) {
    part.minWidthProperty()
        .bind(Bindings.when(part.visibleProperty()).then(Region.USE_PREF_SIZE).otherwise(0.0));
    part.prefWidthProperty()
        .bind(Bindings.when(part.visibleProperty()).then(Region.USE_COMPUTED_SIZE).otherwise(0.0));
  }

  private HBox statusBar(Stage stage) {
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(viewModel.statusProperty());
    status.setMinWidth(120);
    // A long status goes on to a second line of the bar rather than being cut short.
    status.setWrapText(true);
    javafx.scene.control.Tooltip statusTip = new javafx.scene.control.Tooltip();
    statusTip.textProperty().bind(viewModel.statusProperty());
    status.setTooltip(statusTip);
    ProgressBar progress = new ProgressBar();
    progress.progressProperty().bind(viewModel.progressProperty());
    progress.visibleProperty().bind(viewModel.busyProperty());
    takesRoomOnlyWhenShown(progress);
    Button cancel = new Button("Cancel");
    cancel.visibleProperty().bind(viewModel.busyProperty());
    takesRoomOnlyWhenShown(cancel);
    cancel.setOnAction(event -> viewModel.cancel());
    Button problems = problemsButton(stage);
    Label error = new Label();
    error.setId("error");
    error.getStyleClass().add("error-message");
    error.textProperty().bind(viewModel.errorProperty());
    Button details = new Button("Details…");
    details.visibleProperty().bind(viewModel.errorProperty().isNotNull());
    takesRoomOnlyWhenShown(details);
    details.setOnAction(event -> showErrorDetail(stage));
    Button modelFailure = new Button("Model not loaded\u2026");
    modelFailure.setId("model-failure");
    modelFailure.getStyleClass().add("model-failure");
    modelFailure.setMinWidth(Region.USE_PREF_SIZE);
    modelFailure.visibleProperty().bind(model.loadFailureProperty().isNotEmpty());
    modelFailure.managedProperty().bind(modelFailure.visibleProperty());
    javafx.scene.control.Tooltip failureTip = new javafx.scene.control.Tooltip();
    failureTip.textProperty().bind(model.loadFailureProperty());
    modelFailure.setTooltip(failureTip);
    modelFailure.setOnAction(event -> showModelFailure(stage));
    Label modelStatus = new Label();
    modelStatus.setId("model-status");
    modelStatus.setMinWidth(Region.USE_PREF_SIZE);
    // The banner over the scores says in full what a test model's scores are worth; here a short
    // form leaves the corpus status its room at 1280 pixels, and the tooltip gives the whole line.
    modelStatus
        .textProperty()
        .bind(
            model
                .statusProperty()
                .map(
                    text ->
                        text.replace(
                            ModelDescription.TEST_MODEL_WARNING,
                            "TEST MODEL, scores mean nothing")));
    javafx.scene.control.Tooltip modelTip = new javafx.scene.control.Tooltip();
    modelTip.textProperty().bind(model.statusProperty());
    modelStatus.setTooltip(modelTip);
    model
        .statusProperty()
        .addListener(
            (observable, old, now) ->
                modelStatus
                    .getStyleClass()
                    .setAll(
                        now.contains(ModelDescription.TEST_MODEL_WARNING)
                            ? List.of("label", "test-model-warning")
                            : List.of("label")));
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox bar =
        new HBox(
            8,
            status,
            error,
            details,
            spring,
            problems,
            modelFailure,
            modelStatus,
            progress,
            cancel);
    bar.getStyleClass().add("status-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    return bar;
  }

  /**
   * The count of the open file's problems, coloured by the worst; hidden when there is none. It
   * opens the problems pane.
   */
  private Button problemsButton(Stage stage) {
    Button button = new Button();
    button.setId("problems-button");
    button.getStyleClass().add("problems-button");
    button.textProperty().bind(problems.countProperty());
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.visibleProperty().bind(problems.countProperty().isNotEmpty());
    button.managedProperty().bind(button.visibleProperty());
    button.setTooltip(
        new javafx.scene.control.Tooltip(
            "Problems met reading the open file: list them, and go to each one's document"));
    Runnable severity =
        () -> {
          boolean errors = problems.hasErrorsProperty().get();
          button.getStyleClass().removeAll("has-errors", "has-warnings");
          button.getStyleClass().add(errors ? "has-errors" : "has-warnings");
        };
    problems.hasErrorsProperty().addListener((observable, old, now) -> severity.run());
    severity.run();
    button.setOnAction(event -> showProblems(stage));
    return button;
  }

  /**
   * The problems pane: a window of its own beside the main one, so that the document a problem
   * leads to stays in view. One at a time; it follows the file that is open.
   */
  private void showProblems(Stage owner) {
    if (problemsWindow == null) {
      ProblemsView view = new ProblemsView(problems);
      problemsWindow = new Stage();
      problemsWindow.initOwner(owner);
      problemsWindow
          .titleProperty()
          .bind(
              javafx.beans.binding.Bindings.createStringBinding(
                  () ->
                      problems.problems().isEmpty()
                          ? "Problems"
                          : "Problems met reading " + problems.problems().get(0).file(),
                  problems.problems()));
      Scene scene =
          new Scene(
              (javafx.scene.Parent) view.node(),
              Math.min(1000, owner.getWidth()),
              Math.min(320, owner.getHeight() / 2));
      scene
          .getStylesheets()
          .add(MainWindow.class.getResource("/org/relexcurator/ui/relex.css").toExternalForm());
      if (settingsAndHelp != null) {
        settingsAndHelp.follow(scene);
      }
      EscapeCloses.window(problemsWindow).setScene(scene);
      // Over the lower part of the main window, where the queue is: the document stays visible.
      problemsWindow.setX(owner.getX() + (owner.getWidth() - scene.getWidth()) / 2);
      problemsWindow.setY(owner.getY() + owner.getHeight() - scene.getHeight() - 40);
      problemsWindow.setOnShown(event -> view.focusList());
    }
    problemsWindow.show();
    problemsWindow.toFront();
  }

  private void showModelFailure(Stage owner) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setHeaderText("The model was not loaded");
    alert.setContentText(
        model.loadFailureProperty().get()
            + (model.classifierProperty().get() == null
                ? ""
                : "\n\nPairs are still scored with the model loaded before: "
                    + model.statusProperty().get()));
    alert.show();
  }

  private void showErrorDetail(Stage owner) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setHeaderText(viewModel.errorProperty().get());
    TextArea detail = new TextArea(viewModel.errorDetailProperty().get());
    detail.setEditable(false);
    alert.getDialogPane().setExpandableContent(detail);
    alert.show();
  }
}
