package org.relexcurator.ui.evaluation;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/**
 * The confusion matrix as a grid of labelled cells: gold labels down the side, predictions across
 * the top. A cell's shade (white to Okabe–Ito blue) is its share of the gold label's pairs; its
 * count is always written in it, and agreement cells have a heavy border, so the grid reads without
 * telling shades apart.
 */
final class ConfusionMatrixGrid extends GridPane {

  private static final Color WHITE = Color.WHITE;
  private static final Color BLUE = Color.web("#0072B2");

  ConfusionMatrixGrid() {
    getStyleClass().add("confusion-grid");
  }

  void show(ConfusionGrid grid) {
    getChildren().clear();
    Label corner = new Label("gold ↓  predicted →");
    corner.getStyleClass().add("caption");
    add(corner, 0, 0);
    for (int i = 0; i < grid.labels().size(); i++) {
      Label column = new Label(grid.labels().get(i));
      column.getStyleClass().add("column-label");
      column.setRotate(-90);
      Group turned = new Group(column);
      add(turned, i + 1, 0);
      GridPane.setHalignment(turned, javafx.geometry.HPos.CENTER);
      GridPane.setValignment(turned, javafx.geometry.VPos.BOTTOM);
      Label row = new Label(grid.labels().get(i));
      row.getStyleClass().add("row-label");
      add(row, 0, i + 1);
      GridPane.setHalignment(row, javafx.geometry.HPos.RIGHT);
    }
    for (ConfusionCell cell : grid.cells()) {
      add(
          cell(cell),
          grid.labels().indexOf(cell.predicted()) + 1,
          grid.labels().indexOf(cell.gold()) + 1);
    }
  }

  private static Label cell(ConfusionCell cell) {
    Label label = new Label(cell.count());
    label.getStyleClass().add("confusion-cell");
    if (cell.agreement()) {
      label.getStyleClass().add("agreement");
    }
    label.setAlignment(Pos.CENTER);
    Color shade = WHITE.interpolate(BLUE, cell.share());
    label.setStyle(
        "-fx-background-color: "
            + web(shade)
            + "; -fx-text-fill: "
            + (cell.share() > 0.8 ? "white" : "black")
            + ";");
    label.setTooltip(
        new Tooltip(
            String.format(
                Locale.ROOT,
                "gold %s, predicted %s: %s (%.0f%% of" + " gold %s)",
                cell.gold(),
                cell.predicted(),
                cell.count(),
                100 * cell.share(),
                cell.gold())));
    return label;
  }

  private static String web(Color color) {
    return String.format(
        Locale.ROOT,
        "#%02X%02X%02X",
        Math.round(color.getRed() * 255),
        Math.round(color.getGreen() * 255),
        Math.round(color.getBlue() * 255));
  }
}
