package org.relexcurator.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.ui.corpus.CorpusView;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyBindings;
import org.relexcurator.ui.problems.ProblemsView;

/**
 * The main window: menu, corpus panel, the selected document, and a status bar with background
 * work, its cancel button and the problems of the open file. Files open from the File menu
 * (Ctrl+O), the recent-files list, drag and drop, and the command line.
 *
 * <p>Keys: the menus take their accelerators from {@link KeyAction}; the panes' keys are bound for
 * the whole window on its scene.
 */
public final class MainWindow {

  private final MainViewModel viewModel;
  private final ModelViewModel model;
  private final CorpusViewModel corpus;
  private final ReviewWorkspace workspace;
  private final List<Path> initialFiles;
  private final java.util.prefs.Preferences layoutStore;
  private ProjectViewModel projects;
  private ProjectWindows projectWindows;
  private final SettingsAndHelp settingsAndHelp;

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
    BorderPane root = new BorderPane();
    root.setTop(menu(stage));
    CorpusView corpusView = new CorpusView(corpus);
    corpusView.setPrefWidth(240);
    SplitPane middle = new SplitPane(workspace.documentNode(), workspace.queueNode());
    middle.setOrientation(Orientation.VERTICAL);
    // The deciding pane stays in view below the prediction, which scrolls: a curator must never
    // have to scroll to reach the buttons that record a decision.
    ScrollPane predictionScroll = new ScrollPane(workspace.predictionNode());
    predictionScroll.setFitToWidth(true);
    predictionScroll.setPadding(new Insets(4));
    BorderPane rightPane = new BorderPane(predictionScroll);
    BorderPane.setMargin(workspace.curationNode(), new Insets(4));
    rightPane.setBottom(workspace.curationNode());
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
    WindowLayout layout =
        layoutStore == null ? WindowLayout.DEFAULT : WindowLayout.load(layoutStore);
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

  private MenuBar menu(Stage stage) {
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
      file.getItems().addAll(new SeparatorMenuItem(), newProject, openProject, export);
    }
    file.getItems().addAll(new SeparatorMenuItem(), quit);
    MenuItem openModel = new MenuItem("Open Model Folder…");
    openModel.setAccelerator(KeyAction.OPEN_MODEL.key());
    openModel.setOnAction(event -> chooseModel(stage));
    Menu modelMenu = new Menu("_Model", null, openModel);
    MenuBar bar = new MenuBar(file, modelMenu);
    if (settingsAndHelp != null) {
      bar.getMenus().add(1, settingsAndHelp.editMenu(stage));
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

  private HBox statusBar(Stage stage) {
    Label status = new Label();
    status.setId("status");
    status.textProperty().bind(viewModel.statusProperty());
    status.setMinWidth(120);
    javafx.scene.control.Tooltip statusTip = new javafx.scene.control.Tooltip();
    statusTip.textProperty().bind(viewModel.statusProperty());
    status.setTooltip(statusTip);
    ProgressBar progress = new ProgressBar();
    progress.progressProperty().bind(viewModel.progressProperty());
    progress.visibleProperty().bind(viewModel.busyProperty());
    Button cancel = new Button("Cancel");
    cancel.visibleProperty().bind(viewModel.busyProperty());
    cancel.setOnAction(event -> viewModel.cancel());
    Button problems = new Button();
    problems.setId("problems-button");
    problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.problems()));
    problems
        .textProperty()
        .bind(javafx.beans.binding.Bindings.size(viewModel.problems()).asString("%d problems"));
    problems.setOnAction(event -> showProblems(stage));
    Label error = new Label();
    error.setId("error");
    error.getStyleClass().add("error-message");
    error.textProperty().bind(viewModel.errorProperty());
    Button details = new Button("Details…");
    details.visibleProperty().bind(viewModel.errorProperty().isNotNull());
    details.setOnAction(event -> showErrorDetail(stage));
    Label modelStatus = new Label();
    modelStatus.setId("model-status");
    modelStatus.setMinWidth(Region.USE_PREF_SIZE);
    modelStatus.textProperty().bind(model.statusProperty());
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
    HBox bar = new HBox(8, status, error, details, spring, problems, modelStatus, progress, cancel);
    bar.getStyleClass().add("status-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 4, 8));
    return bar;
  }

  private void showProblems(Stage owner) {
    Stage dialog = new Stage();
    dialog.initOwner(owner);
    dialog.setTitle("Problems in the open file");
    dialog.setScene(new Scene(new ProblemsView(viewModel.problems()), 1000, 400));
    dialog.show();
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
