package org.relexcurator.ui.welcome;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.relexcurator.inference.djl.ModelCheckReport;

/**
 * The welcome screen: the three steps of a first session (open documents, choose the model,
 * review), each with its button, and the report of the model check.
 *
 * <p>Keyboard: Alt+O opens documents, Alt+M chooses a model folder, Enter (wherever the focus is)
 * or Alt+R starts reviewing and closes the screen, Esc closes it too, Alt+W toggles "show at every
 * start"; Tab moves between the buttons and Space presses the focused one.
 */
public final class WelcomeView {

  private static final String STYLESHEET =
      WelcomeView.class.getResource("welcome.css").toExternalForm();

  private final WelcomeViewModel viewModel;
  private final Runnable openDocuments;
  private final BorderPane root = new BorderPane();

  /**
   * @param openDocuments what File → Open does
   */
  public WelcomeView(WelcomeViewModel viewModel, Runnable openDocuments) {
    this.viewModel = viewModel;
    this.openDocuments = openDocuments;
    root.setId("welcome");
    root.getStyleClass().add("welcome");
    root.getStylesheets().add(STYLESHEET);
    Label title = new Label("Welcome to RelEx Curator");
    title.getStyleClass().add("welcome-title");
    title.setWrapText(true);
    Label intro =
        text(
            "RelEx Curator shows what the relation-extraction model predicts for each"
                + " pair of entities in your documents, and records what you decide. Three steps get"
                + " you started.");
    VBox steps = new VBox(16, title, intro, openStep(), modelStep(), reviewStep());
    steps.setPadding(new Insets(20, 12, 12, 24));
    ScrollPane stepsScroll = new ScrollPane(steps);
    stepsScroll.setFitToWidth(true);
    ScrollPane checkScroll = new ScrollPane(checkReport());
    checkScroll.setFitToWidth(true);
    // Fixed shares: the check's long lines would otherwise squeeze the steps out of sight.
    GridPane columns = new GridPane();
    columns.getColumnConstraints().addAll(share(46), share(54));
    RowConstraints fill = new RowConstraints();
    fill.setVgrow(Priority.ALWAYS);
    columns.getRowConstraints().add(fill);
    columns.addRow(0, stepsScroll, checkScroll);
    root.setCenter(columns);
    root.setBottom(footer());
    // Enter starts reviewing wherever the focus is, as Help says; a focused button still answers
    // Space. Left to the buttons, Enter opened a file dialog from the first one.
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ENTER
              && !event.isShortcutDown()
              && !event.isAltDown()
              && !event.isShiftDown()) {
            viewModel.startReviewing();
            event.consume();
          }
        });
  }

  /** The screen's root node. */
  public Parent node() {
    return root;
  }

  private Node openStep() {
    Button open = new Button("_Open documents\u2026");
    open.setId("welcome-open");
    open.setOnAction(event -> openDocuments.run());
    return step(
        "1",
        "Open documents",
        text(
            "PubTator, BioC XML or JSON, brat, tab-separated"
                + " or JSON Lines files with their entity annotations, or plain text. Their sentences"
                + " are split and every pair of entities the relation specs allow becomes a candidate"
                + " pair to review. You can also drop files on the window or use File \u2192 Open."),
        open);
  }

  private Node modelStep() {
    Button choose = new Button("Choose _model folder\u2026");
    choose.setId("welcome-choose-model");
    choose.setOnAction(
        event -> {
          DirectoryChooser chooser = new DirectoryChooser();
          chooser.setTitle("Choose the model folder (config.json, model.safetensors, tokenizer)");
          File folder = chooser.showDialog(root.getScene().getWindow());
          if (folder != null) {
            viewModel.chooseFolder(folder.toPath());
          }
        });
    Label status = text("");
    status.setId("welcome-model-status");
    status.textProperty().bind(viewModel.modelStatusProperty());
    Label verdict = text("");
    verdict.setId("welcome-verdict");
    verdict.textProperty().bind(viewModel.verdictProperty());
    viewModel
        .verdictOutcomeProperty()
        .addListener(
            (o, old, outcome) -> {
              verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
              if (outcome != null) {
                verdict
                    .getStyleClass()
                    .add("verdict-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
              }
            });
    showWhenText(verdict);

    VBox body =
        new VBox(
            8,
            text(
                "RelEx Curator runs Glasgow-AI4BioMed/synthetic_relex, a BERT"
                    + " model that gives one of 16 relation labels to a sentence whose two entities are"
                    + " marked. It runs on this computer; nothing is sent anywhere."),
            status,
            verdict);
    return step("2", "Choose the model", body, choose);
  }

  /** The check's lines, beside the steps: a folder's files, labels, markers, a prediction. */
  private Node checkReport() {
    Label heading = new Label("Model check");
    heading.getStyleClass().add("step-title");
    Label idle =
        text(
            "Each model folder is checked before it is used: its files, its labels,"
                + " its entity markers, and a test prediction on the model card's example.");
    idle.visibleProperty()
        .bind(Bindings.isEmpty(viewModel.report()).and(viewModel.checkingProperty().not()));
    idle.managedProperty().bind(idle.visibleProperty());
    // Why no check is shown, so that this half of the screen is never blank.
    Label state = text("");
    state.setId("welcome-check-state");
    state.textProperty().bind(viewModel.checkStateProperty());
    state.visibleProperty().bind(idle.visibleProperty());
    state.managedProperty().bind(idle.visibleProperty());

    ProgressIndicator spinner = new ProgressIndicator();
    spinner.getStyleClass().add("check-spinner");
    Label progress = text("");
    progress.textProperty().bind(viewModel.progressProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("welcome-cancel-check");
    cancel.setOnAction(event -> viewModel.cancelCheck());
    cancel.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setHgrow(progress, Priority.ALWAYS);
    HBox checking = new HBox(8, spinner, progress, cancel);
    checking.setAlignment(Pos.CENTER_LEFT);
    checking.visibleProperty().bind(viewModel.checkingProperty());
    checking.managedProperty().bind(checking.visibleProperty());

    VBox lines = new VBox(5);
    lines.setId("welcome-report");
    lines.getStyleClass().add("check-report");
    viewModel
        .report()
        .addListener(
            (ListChangeListener<ModelCheckReport.Line>)
                change ->
                    lines
                        .getChildren()
                        .setAll(viewModel.report().stream().map(WelcomeView::line).toList()));

    VBox column = new VBox(10, heading, state, idle, checking, lines);
    column.setPadding(new Insets(20, 24, 12, 12));
    return column;
  }

  private Node reviewStep() {
    Button start = new Button("Start _reviewing");
    start.setId("welcome-start");
    start.setDefaultButton(true);
    start.setCancelButton(true);
    start.setOnAction(event -> viewModel.startReviewing());
    return step(
        "3",
        "Review",
        text(
            "Work through the queue with the keyboard: Enter accepts"
                + " the model's label, 1\u20139 give another, N says there is no relation, S skips, F"
                + " flags for discussion, Ctrl+Z undoes. Every decision is saved at once. Help \u2192"
                + " Keyboard shortcuts lists all keys; Edit \u2192 Settings sets your name, the theme"
                + " and the font size."),
        start);
  }

  private Node footer() {
    CheckBox again = new CheckBox("Show the _welcome screen at every start");
    again.setId("welcome-show-at-start");
    again.selectedProperty().bindBidirectional(viewModel.showAtStartProperty());
    Label later = new Label("Help \u2192 Welcome opens it again.");
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox bar = new HBox(12, again, spring, later);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(8, 24, 12, 24));
    bar.getStyleClass().add("welcome-footer");
    return bar;
  }

  private static ColumnConstraints share(double percent) {
    ColumnConstraints column = new ColumnConstraints();
    column.setPercentWidth(percent);
    column.setFillWidth(true);
    return column;
  }

  private static Node step(String number, String title, Node body, Button action) {
    Label badge = new Label(number);
    badge.getStyleClass().add("step-number");
    badge.setMinWidth(Region.USE_PREF_SIZE);
    Label heading = new Label(title);
    heading.getStyleClass().add("step-title");
    // Beside its button at a large font the title wraps rather than losing its end.
    heading.setWrapText(true);
    action.setMinWidth(Region.USE_PREF_SIZE);
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox top = new HBox(10, badge, heading, spring, action);
    top.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(6, top, body);
    VBox.setMargin(body, new Insets(0, 0, 0, 38));
    box.getStyleClass().add("step");
    return box;
  }

  private static Node line(ModelCheckReport.Line line) {
    Label symbol = new Label(line.outcome().symbol());
    symbol.getStyleClass().add("check-symbol");
    symbol.setMinWidth(Region.USE_PREF_SIZE);
    Label check = new Label(line.check());
    check.getStyleClass().add("check-name");
    check.setMinWidth(Region.USE_PREF_SIZE);
    Label detail = text(line.detail());
    detail.getStyleClass().add("check-detail");
    HBox row = new HBox(6, symbol, check, detail);
    HBox.setHgrow(detail, Priority.ALWAYS);
    row.getStyleClass()
        .addAll("check-line", "check-" + line.outcome().name().toLowerCase(java.util.Locale.ROOT));
    return row;
  }

  private static Label text(String content) {
    Label label = new Label(content);
    label.setWrapText(true);
    label.getStyleClass().add("step-text");
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  private static void showWhenText(Label label) {
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
  }
}
