package org.relexcurator.ui.queue;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;

/**
 * A pair's review status as a symbol and a word, coloured by a pseudo-class per status (a
 * pseudo-class, unlike a style class, does not make the cell look up all its styles again).
 */
final class StatusCell extends TableCell<QueueRow, ReviewStatus> {

  private static final Map<ReviewStatus, PseudoClass> STATES = new EnumMap<>(ReviewStatus.class);

  static {
    for (ReviewStatus status : ReviewStatus.values()) {
      STATES.put(status, PseudoClass.getPseudoClass(status.name().toLowerCase(Locale.ROOT)));
    }
  }

  StatusCell() {
    getStyleClass().add("status-cell");
  }

  @Override
  protected void updateItem(ReviewStatus status, boolean empty) {
    super.updateItem(status, empty);
    boolean shown = !empty && status != null;
    STATES.forEach(
        (which, pseudoClass) -> pseudoClassStateChanged(pseudoClass, shown && which == status));
    setText(shown ? symbol(status) + " " + status : "");
  }

  private static String symbol(ReviewStatus status) {
    return switch (status) {
      case UNREVIEWED -> "○";
      case DECIDED -> "✓";
      case FLAGGED -> "⚑";
      case SKIPPED -> "↷";
    };
  }
}
