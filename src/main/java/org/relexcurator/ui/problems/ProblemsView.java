package org.relexcurator.ui.problems;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import org.relexcurator.model.Problem;

/**
 * The problems met while reading the open file, one row each: severity, where in the file,
 * document, annotation and what is wrong (with the expected and found text). Sortable by any
 * column. Double-click or Enter on a problem shows its document and mention in the main window.
 */
public final class ProblemsView {

  static final String HINT =
      "Double-click a problem or press Enter to show its document and mention.";

  /** A column's width at the default font size, which a larger font scales. */
  private static final String BASE_WIDTH = "relex.baseWidth";

  private final ProblemsViewModel model;
  private final TableView<Problem> table = new TableView<>();
  private final BorderPane root = new BorderPane(table);

  public ProblemsView(ProblemsViewModel model) {
    this.model = model;
    table.setItems(model.problems());
    table.setId("problems-table");
    table.getColumns().add(column("Severity", 80, ProblemsView::severity));
    TableColumn<Problem, String> where = column("Where", 170, ProblemsView::where);
    where.setCellFactory(column -> new WrappingCell());
    table.getColumns().add(where);
    table.getColumns().add(column("Document", 90, Problem::documentId));
    table.getColumns().add(column("Annotation", 90, Problem::annotationId));
    TableColumn<Problem, String> what = column("Problem", 520, ProblemsView::what);
    what.setCellFactory(column -> new WrappingCell());
    table.getColumns().add(what);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(view -> severityRow());
    table.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER && selected() != null) {
            model.activate(selected());
            event.consume();
          }
        });
    Label hint = new Label(HINT);
    hint.getStyleClass().add("problems-hint");
    // The widths above are for the default 13 px font; a larger one widens the columns alike, so
    // that headers and ids stay whole.
    hint.fontProperty()
        .addListener(
            (observable, old, font) ->
                table
                    .getColumns()
                    .forEach(
                        c ->
                            c.setPrefWidth(
                                font.getSize() / 13 * (Double) c.getProperties().get(BASE_WIDTH))));
    hint.setWrapText(true);
    Label outcome = new Label();
    outcome.setId("problems-outcome");
    outcome.setWrapText(true);
    outcome.textProperty().bind(model.outcomeProperty());
    root.setTop(hint);
    root.setBottom(outcome);
    BorderPane.setMargin(hint, new Insets(6, 8, 6, 8));
    BorderPane.setMargin(outcome, new Insets(6, 8, 6, 8));
    root.getStyleClass().add("problems-view");
  }

  public Node node() {
    return root;
  }

  /** Gives the list the keyboard focus, with the first problem selected. */
  public void focusList() {
    if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
      table.getSelectionModel().selectFirst();
    }
    table.requestFocus();
  }

  private Problem selected() {
    return table.getSelectionModel().getSelectedItem();
  }

  private TableRow<Problem> severityRow() {
    TableRow<Problem> row =
        new TableRow<>() {
          @Override
          protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (!empty && problem != null) {
              getStyleClass().add("problem-" + severity(problem));
            }
          }
        };
    row.setOnMouseClicked(
        event -> {
          if (event.getButton() == MouseButton.PRIMARY
              && event.getClickCount() == 2
              && !row.isEmpty()) {
            model.activate(row.getItem());
          }
        });
    return row;
  }

  private static String severity(Problem problem) {
    return problem.severity().name().toLowerCase(Locale.ROOT);
  }

  /** The file's name and line: the full path is in the window's title. */
  private static String where(Problem problem) {
    Path name = Path.of(problem.file()).getFileName();
    String file = name == null ? problem.file() : name.toString();
    return problem.line() > 0 ? file + ":" + problem.line() : file;
  }

  private static String what(Problem problem) {
    if (problem.expected() == null && problem.found() == null) {
      return problem.message();
    }
    return problem.message()
        + " (expected "
        + quoted(problem.expected())
        + ", found "
        + quoted(problem.found())
        + ")";
  }

  private static String quoted(String text) {
    return text == null ? "nothing" : "\u201c" + text + "\u201d";
  }

  private static TableColumn<Problem, String> column(
      String title, double width, Function<Problem, String> value) {
    TableColumn<Problem, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.getProperties().put(BASE_WIDTH, width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }

  /**
   * A long text is shown whole, over as many lines as it takes: a wrapped text node as the cell's
   * graphic, since a table cell's own text is cut to one line.
   */
  private static final class WrappingCell extends TableCell<Problem, String> {

    private final Text text = new Text();

    WrappingCell() {
      text.wrappingWidthProperty().bind(widthProperty().subtract(12));
      text.fillProperty().bind(textFillProperty());
      text.fontProperty().bind(fontProperty());
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      text.setText(empty || item == null ? "" : item);
      setGraphic(empty ? null : text);
    }
  }
}
