package org.relexcurator.ui.export;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.relexcurator.curation.export.ExportFormat;

/**
 * The export form: format, "every pair", and a button that asks where to write. Keys: Alt+F format,
 * Alt+E every pair, Alt+X export.
 */
public final class ExportView {

  private final ExportViewModel viewModel;
  private final VBox root = new VBox(10);

  public ExportView(ExportViewModel viewModel) {
    this.viewModel = viewModel;
    root.setPadding(new Insets(12));
    root.getChildren().addAll(formatRow(), everyPair(), exportButton(), outcome());
  }

  public Node node() {
    return root;
  }

  private Node formatRow() {
    ComboBox<ExportFormat> formats = new ComboBox<>();
    formats.setId("export-format");
    formats.getItems().setAll(ExportFormat.values());
    formats.valueProperty().bindBidirectional(viewModel.formatProperty());
    formats.setButtonCell(new FormatCell());
    formats.setCellFactory(list -> new FormatCell());
    Label label = new Label("_Format");
    label.setLabelFor(formats);
    label.setMnemonicParsing(true);
    return new HBox(8, label, formats);
  }

  private Node everyPair() {
    CheckBox box =
        new CheckBox(
            "_Every pair, not only gold ones (for an evaluation weighted by the whole queue)");
    box.setId("export-every-pair");
    box.selectedProperty().bindBidirectional(viewModel.everyPairProperty());
    box.disableProperty().bind(viewModel.everyPairPossibleProperty().not());
    return box;
  }

  private Node exportButton() {
    Button button = new Button("E_xport…");
    button.setId("export-button");
    button.setDefaultButton(true);
    button.disableProperty().bind(viewModel.runningProperty());
    button.setOnAction(event -> chooseTarget(button.getScene().getWindow()));
    return button;
  }

  private Node outcome() {
    Label outcome = new Label();
    outcome.setId("export-outcome");
    outcome.setWrapText(true);
    outcome.textProperty().bind(viewModel.outcomeProperty());
    outcome
        .styleProperty()
        .bind(viewModel.failedProperty().map(failed -> failed ? "-fx-text-fill: #D55E00;" : ""));
    return outcome;
  }

  private void chooseTarget(Window owner) {
    ExportFormat format = viewModel.formatProperty().get();
    File target;
    if (format.writesFolder()) {
      DirectoryChooser chooser = new DirectoryChooser();
      chooser.setTitle("Choose an empty folder for the brat files");
      target = chooser.showDialog(owner);
    } else {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Export as " + format.exportName());
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(format.exportName(), "*." + format.extension()));
      chooser.setInitialFileName("curated-pairs." + format.extension());
      target = chooser.showSaveDialog(owner);
    }
    if (target != null) {
      viewModel.export(target.toPath());
    }
  }

  /** A format by its name and what it holds. */
  private static final class FormatCell extends ListCell<ExportFormat> {
    @Override
    protected void updateItem(ExportFormat format, boolean empty) {
      super.updateItem(format, empty);
      setText(
          empty || format == null
              ? null
              : switch (format) {
                case JSONL -> "jsonl — curated pairs (import, evaluate)";
                case CSV -> "csv — curated pairs for a spreadsheet";
                case BIOC_XML -> "bioc-xml — documents with gold relations";
                case BIOC_JSON -> "bioc-json — documents with gold relations";
                case BRAT -> "brat — .txt and .ann files with notes";
                case PUBTATOR -> "pubtator — documents with gold relations of concept ids";
              });
    }
  }
}
