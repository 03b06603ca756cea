package org.relexcurator.ui.evaluation;

import java.io.File;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.relexcurator.curation.evaluation.ReliabilityBin;
import org.relexcurator.curation.evaluation.ReportFormat;
import org.relexcurator.curation.evaluation.ReportText;
import org.relexcurator.curation.evaluation.Weighting;
import org.relexcurator.ui.keys.KeyAction;
import org.relexcurator.ui.keys.KeyArea;
import org.relexcurator.ui.keys.KeyBindings;

/**
 * The evaluation report: per-label metrics with 95% intervals beside the model card's numbers, what
 * to know before trusting them, the confusion matrix and the reliability diagram with ECE.
 *
 * <p>Keyboard: the {@link KeyArea#EVALUATION} rows of the keymap (save the report, switch the
 * weighting, stop a running evaluation); the table takes focus with Tab and its rows move with the
 * arrow keys.
 */
public final class EvaluationReportView {

  private static final String STYLESHEET =
      EvaluationReportView.class.getResource("evaluation.css").toExternalForm();
  private static final double ROW_HEIGHT = 26;

  private final EvaluationReportViewModel viewModel;
  private final VBox content = new VBox();
  private final ScrollPane root = new ScrollPane(content);

  public EvaluationReportView(EvaluationReportViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStylesheets().add(STYLESHEET);
    root.getStyleClass().add("evaluation-report");
    root.setFitToWidth(true);
    content.getStyleClass().add("report-content");
    content.getChildren().addAll(banner(), header(), status(), notes(), table(), caveat(), plots());
    viewModel.setFileChoice(this::chooseFile);
    KeyBindings.on(root)
        .bind(KeyAction.SAVE_REPORT, viewModel::saveAs)
        .bind(KeyAction.SWITCH_WEIGHTING, viewModel::toggleWeighting)
        .bindWhile(
            KeyAction.STOP_EVALUATION,
            () -> viewModel.stateProperty().get() == ReportState.EVALUATING,
            viewModel::cancel);
  }

  public Node node() {
    return root;
  }

  private Optional<ReportFile> chooseFile(String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the evaluation report");
    for (ReportFormat format : ReportFormat.values()) {
      chooser
          .getExtensionFilters()
          .add(
              new FileChooser.ExtensionFilter(
                  format.description() + " (*." + format.extension() + ")",
                  "*." + format.extension()));
    }
    chooser.setInitialFileName(suggestedName + "." + ReportFormat.HTML.extension());
    File chosen = chooser.showSaveDialog(root.getScene().getWindow());
    if (chosen == null) {
      return Optional.empty();
    }
    ReportFormat filter =
        ReportFormat.values()[
            chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter())];
    return Optional.of(ReportFile.chosen(chosen.toPath(), filter));
  }

  private Node banner() {
    Label banner = new Label(viewModel.testModelWarning());
    banner.getStyleClass().add("test-model-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setMinHeight(Region.USE_PREF_SIZE);
    showWhen(banner, viewModel.testModelProperty());
    return banner;
  }

  private Node header() {
    Label title = new Label();
    title.getStyleClass().add("panel-title");
    title.textProperty().bind(viewModel.titleProperty());
    title.setWrapText(true);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    // Alt+W is bound with the view's keys, not as a mnemonic: a mnemonic would only move
    // focus to the choice box.
    Label caption = new Label("Weighting (" + KeyAction.SWITCH_WEIGHTING.firstKeyText() + ")");
    ChoiceBox<Weighting> weighting = new ChoiceBox<>();
    weighting.getItems().setAll(Weighting.values());
    weighting.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Weighting value) {
            return value == null ? "" : value.optionName();
          }

          @Override
          public Weighting fromString(String text) {
            return Weighting.byName(text).orElse(null);
          }
        });
    weighting.valueProperty().bindBidirectional(viewModel.weightingProperty());
    weighting.getStyleClass().add("weighting-choice");
    caption.setLabelFor(weighting);
    Button save = new Button("Save…");
    save.getStyleClass().add("save-report");
    save.setTooltip(new Tooltip("Save the report as HTML, Markdown or CSV (Ctrl+S)"));
    save.setOnAction(event -> viewModel.saveAs());
    save.disableProperty()
        .bind(
            viewModel
                .stateProperty()
                .isNotEqualTo(ReportState.REPORT)
                .or(viewModel.savingProperty()));
    HBox top = new HBox(8, title, gap, caption, weighting, save);
    top.setAlignment(Pos.CENTER_LEFT);
    Label summary = new Label();
    summary.getStyleClass().add("summary");
    summary.textProperty().bind(viewModel.summaryProperty());
    summary.setWrapText(true);
    Label saved = new Label();
    saved.getStyleClass().add("saved");
    saved.setWrapText(true);
    saved.textProperty().bind(viewModel.savedProperty());
    showWhen(saved, viewModel.savedProperty().isNotEmpty());
    return new VBox(4, top, summary, saved);
  }

  private Node status() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    HBox evaluating = new HBox(8, spinner, new Label("Evaluating… (Esc stops)"));
    evaluating.getStyleClass().add("evaluating");
    showWhen(evaluating, viewModel.stateProperty().isEqualTo(ReportState.EVALUATING));
    Label error = new Label();
    error.getStyleClass().add("error");
    error.setWrapText(true);
    error.textProperty().bind(Bindings.concat("Could not evaluate: ", viewModel.errorProperty()));
    showWhen(error, viewModel.stateProperty().isEqualTo(ReportState.FAILED));
    Label empty = new Label("No evaluation yet: open a curated-pairs export.");
    empty.getStyleClass().add("caption");
    showWhen(empty, viewModel.stateProperty().isEqualTo(ReportState.EMPTY));
    return new VBox(4, evaluating, error, empty);
  }

  private Node notes() {
    VBox box = new VBox(2);
    box.getStyleClass().add("notes");
    Runnable fill =
        () ->
            box.getChildren()
                .setAll(
                    viewModel.notes().stream()
                        .map(
                            note -> {
                              Label label = new Label("• " + note);
                              label.getStyleClass().add("note");
                              label.setWrapText(true);
                              label.setMinHeight(Region.USE_PREF_SIZE);
                              return label;
                            })
                        .toList());
    viewModel.notes().addListener((ListChangeListener<String>) change -> fill.run());
    fill.run();
    return box;
  }

  private Node table() {
    TableView<MetricRow> table = new TableView<>(viewModel.rows());
    table.getStyleClass().add("metrics-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("label", MetricRow::label, 170));
    table.getColumns().add(column("precision", MetricRow::precision, 80));
    table.getColumns().add(column("recall", MetricRow::recall, 70));
    table.getColumns().add(column("F1", MetricRow::f1, 60));
    table.getColumns().add(column("support", MetricRow::support, 70));
    TableColumn<MetricRow, String> estimated =
        // Two lines, so that the heading that says what the figures are is never cut short.
        column(ReportText.ESTIMATED_SUPPORT.replace(" (", "\n("), MetricRow::estimatedSupport, 150);
    estimated.visibleProperty().bind(viewModel.estimatesProperty());
    table.getColumns().add(estimated);
    table.getColumns().add(column("95% CI: precision · recall · F1", MetricRow::intervals, 270));
    table.getColumns().add(column("card\nprecision", MetricRow::cardPrecision, 80));
    table.getColumns().add(column("card\nrecall", MetricRow::cardRecall, 70));
    table.getColumns().add(column("card F1", MetricRow::cardF1, 70));
    table.getColumns().add(column("Δ F1", MetricRow::f1Difference, 70));
    table.setRowFactory(
        view ->
            new TableRow<>() {
              @Override
              protected void updateItem(MetricRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("average-row");
                if (!empty && row != null && row.average()) {
                  getStyleClass().add("average-row");
                }
              }
            });
    table.setFixedCellSize(ROW_HEIGHT);
    // The rows and a heading of two lines.
    table.prefHeightProperty().bind(Bindings.size(viewModel.rows()).add(2.1).multiply(ROW_HEIGHT));
    table.setMinHeight(Region.USE_PREF_SIZE);
    showWhen(table, viewModel.stateProperty().isEqualTo(ReportState.REPORT));
    Label accuracy = new Label();
    accuracy.textProperty().bind(viewModel.accuracyProperty());
    accuracy.getStyleClass().add("accuracy");
    showWhen(accuracy, viewModel.stateProperty().isEqualTo(ReportState.REPORT));
    return new VBox(4, table, accuracy);
  }

  private static TableColumn<MetricRow, String> column(
      String name, Function<MetricRow, String> value, double width) {
    TableColumn<MetricRow, String> column = new TableColumn<>(name);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    column.getStyleClass().add(name.equals("label") ? "label-column" : "number-column");
    return column;
  }

  private Node caveat() {
    Label caveat = new Label("Card: " + viewModel.cardCaveat());
    caveat.getStyleClass().add("caption");
    caveat.setWrapText(true);
    caveat.setMinHeight(Region.USE_PREF_SIZE);
    showWhen(caveat, viewModel.stateProperty().isEqualTo(ReportState.REPORT));
    return caveat;
  }

  private Node plots() {
    ConfusionMatrixGrid grid = new ConfusionMatrixGrid();
    viewModel.confusionProperty().addListener((observable, old, now) -> grid.show(now));
    grid.show(viewModel.confusionProperty().get());
    Label gridTitle = new Label();
    gridTitle
        .textProperty()
        .bind(
            Bindings.when(viewModel.estimatesProperty())
                .then(
                    "Confusion matrix: estimated counts over all predicted pairs (weighted)"
                        + " (shade: share of the gold label; heavy border: agreement)")
                .otherwise(
                    "Confusion matrix (shade: share of the gold label; heavy border:"
                        + " agreement)"));
    gridTitle.getStyleClass().add("section-title");
    gridTitle.setWrapText(true);
    ReliabilityPlot plot = new ReliabilityPlot();
    viewModel
        .bins()
        .addListener((ListChangeListener<ReliabilityBin>) change -> plot.draw(viewModel.bins()));
    plot.draw(viewModel.bins());
    Label plotTitle = new Label("Reliability (bars: accuracy; ◆ mean score; dashed: perfect)");
    plotTitle.getStyleClass().add("section-title");
    plotTitle.setWrapText(true);
    plotTitle.setMaxWidth(plot.getPrefWidth());
    plotTitle.setMinHeight(Region.USE_PREF_SIZE);
    Label ece = new Label();
    ece.getStyleClass().add("ece");
    ece.textProperty().bind(viewModel.eceProperty());
    HBox plots = new HBox(32, new VBox(6, gridTitle, grid), new VBox(6, plotTitle, ece, plot));
    showWhen(plots, viewModel.stateProperty().isEqualTo(ReportState.REPORT));
    return plots;
  }

  private static void showWhen(Node node, ObservableBooleanValue condition) {
    node.visibleProperty().bind(condition);
    node.managedProperty().bind(condition);
  }
}
