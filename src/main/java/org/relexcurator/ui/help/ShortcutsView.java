package org.relexcurator.ui.help;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.relexcurator.ui.keys.KeyAction;

/**
 * Help → Keyboard shortcuts: the keymap's rows, as they are bound, in one table. Keyboard: ↑/↓ and
 * Page Up/Down scroll, Esc closes the window it is in.
 */
public final class ShortcutsView {

  private final VBox root;

  public ShortcutsView(List<KeyAction> shortcuts) {
    TableView<KeyAction> table = new TableView<>();
    table.setId("shortcuts-table");
    table.getColumns().add(column("Where", action -> action.area().title(), 220));
    table.getColumns().add(column("Keys", KeyAction::keyText, 200));
    table.getColumns().add(column("What it does", KeyAction::description, 460));
    table.getItems().setAll(shortcuts);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    VBox.setVgrow(table, Priority.ALWAYS);
    Label note = new Label("On a Mac, Cmd takes the place of Ctrl.");
    root = new VBox(8, table, note);
    root.setPadding(new Insets(10));
  }

  public Parent node() {
    return root;
  }

  private static TableColumn<KeyAction, String> column(
      String title, Function<KeyAction, String> value, double width) {
    TableColumn<KeyAction, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }
}
