package org.relexcurator.ui.queue;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.relexcurator.inference.DirectionCheck;

/**
 * What the direction check says of a pair, with its reason as the tooltip; a contradiction is
 * marked by a pseudo-class as well as by its symbol and word.
 */
final class DirectionsCell extends TableCell<QueueRow, DirectionStatus> {

  private static final PseudoClass DISAGREE = PseudoClass.getPseudoClass("disagree");

  private final Tooltip reason = new Tooltip();

  DirectionsCell() {
    getStyleClass().add("directions-cell");
    reason.setWrapText(true);
    reason.setMaxWidth(480);
  }

  @Override
  protected void updateItem(DirectionStatus directions, boolean empty) {
    super.updateItem(directions, empty);
    boolean shown = !empty && directions != null;
    pseudoClassStateChanged(DISAGREE, shown && directions == DirectionStatus.DISAGREE);
    setText(shown ? directions.shortText() : "");
    QueueRow row = getTableRow() == null ? null : getTableRow().getItem();
    if (!shown || row == null || directions == DirectionStatus.NOT_PREDICTED) {
      setTooltip(null);
      return;
    }
    DirectionCheck check = row.directionCheckProperty().get();
    reason.setText(
        check == null
            ? "The reverse direction, E2 → E1, has no score yet, so the two directions are not"
                + " checked. Select the pair to score both."
            : directions + ": " + check.reason() + ".");
    setTooltip(reason);
  }
}
