package org.relexcurator.ui.problems;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.relexcurator.model.Problem;

/**
 * The problems met while reading a file, one row each: severity, document, line, annotation,
 * message, expected and found text. Sortable by any column.
 */
public final class ProblemsView extends TableView<Problem> {

  public ProblemsView(List<Problem> problems) {
    super(FXCollections.observableArrayList(problems));
    setId("problems-table");
    getColumns().add(column("Severity", 70, p -> p.severity().name().toLowerCase(Locale.ROOT)));
    getColumns().add(column("File", 140, Problem::file));
    getColumns().add(column("Document", 90, Problem::documentId));
    TableColumn<Problem, Integer> line = new TableColumn<>("Line");
    line.setPrefWidth(50);
    line.setCellValueFactory(
        cell ->
            new ReadOnlyObjectWrapper<>(
                cell.getValue().line() > 0 ? cell.getValue().line() : null));
    getColumns().add(line);
    getColumns().add(column("Annotation", 80, Problem::annotationId));
    getColumns().add(column("Problem", 320, Problem::message));
    getColumns().add(column("Expected", 120, Problem::expected));
    getColumns().add(column("Found", 120, Problem::found));
    setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
  }

  private static TableColumn<Problem, String> column(
      String title, double width, java.util.function.Function<Problem, String> value) {
    TableColumn<Problem, String> column = new TableColumn<>(title);
    column.setPrefWidth(width);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    return column;
  }
}
