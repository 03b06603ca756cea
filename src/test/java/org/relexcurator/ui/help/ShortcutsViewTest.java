package org.relexcurator.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relexcurator.ui.keys.KeyAction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShortcutsViewTest {

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new ShortcutsView(KeyAction.inHelpOrder()).node(), 900, 400));
    stage.show();
  }

  @Test
  void helpShowsEveryRowOfTheKeymapWithItsAreaKeysAndAction(FxRobot robot) {
    @SuppressWarnings("unchecked")
    TableView<KeyAction> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < table.getItems().size(); i++) {
      int row = i;
      robot.interact(() -> table.scrollTo(row));
      robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
          .filter(cell -> cell.getIndex() == row && cell.getItem() != null)
          .forEach(cell -> shown.add(rowText(robot, cell)));
    }

    List<String> expected =
        KeyAction.inHelpOrder().stream()
            .map(a -> a.area().title() + " | " + a.keyText() + " | " + a.description())
            .toList();
    assertThat(shown.stream().distinct().toList()).containsExactlyElementsOf(expected);
  }

  private static String rowText(FxRobot robot, TableRow<?> row) {
    return String.join(
        " | ",
        robot
            .from(row)
            .lookup(".table-cell")
            .queryAllAs(javafx.scene.control.TableCell.class)
            .stream()
            .sorted(java.util.Comparator.comparingDouble(cell -> cell.getLayoutX()))
            .map(cell -> cell.getText())
            .toList());
  }
}
