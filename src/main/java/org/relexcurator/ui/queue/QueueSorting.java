package org.relexcurator.ui.queue;

import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The queue's order: corpus order, an uncertainty measure, or the table's column sort, and the
 * comparator that sorts the rows so.
 */
public final class QueueSorting {

  private final ObjectProperty<QueueOrder> order =
      new SimpleObjectProperty<>(this, "order", QueueOrder.CORPUS);
  private final ObjectProperty<Comparator<QueueRow>> columnComparator =
      new SimpleObjectProperty<>(this, "columnComparator");

  /** Bumped to make the sorted list sort the rows again. */
  private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");

  /** The order of the rows: {@code null} for corpus order. */
  private final ObjectBinding<Comparator<QueueRow>> comparator;

  QueueSorting() {
    comparator =
        Bindings.createObjectBinding(
            () -> {
              Comparator<QueueRow> chosen =
                  columnComparator.get() != null && order.get() == QueueOrder.COLUMNS
                      ? columnComparator.get()
                      : order.get().comparator();
              // A new comparator each time, even for the same order: the sorted list sorts again
              // only
              // when its comparator is another one, and a revision bump means the scores changed.
              return chosen == null ? null : (a, b) -> chosen.compare(a, b);
            },
            order,
            columnComparator,
            revision);
  }

  /** The order of the rows now: {@code null} for corpus order. */
  ObjectBinding<Comparator<QueueRow>> comparator() {
    return comparator;
  }

  /** Orders the rows by an uncertainty measure or corpus order, dropping a column sort. */
  public void sortBy(QueueOrder newOrder) {
    columnComparator.set(null);
    order.set(newOrder == QueueOrder.COLUMNS ? QueueOrder.CORPUS : newOrder);
  }

  /**
   * Orders the rows as the table's column headers say; {@code null} (no sorted column) returns to
   * corpus order, unless an uncertainty order was chosen meanwhile.
   */
  public void sortByColumns(Comparator<QueueRow> comparator) {
    if (comparator != null) {
      columnComparator.set(comparator.thenComparingInt(QueueRow::index));
      order.set(QueueOrder.COLUMNS);
    } else if (order.get() == QueueOrder.COLUMNS) {
      sortBy(QueueOrder.CORPUS);
    }
  }

  /** Makes the sorted list sort the rows again if what the order looks at may have changed. */
  void resortAfter(RowChange change) {
    boolean depends =
        order.get() == QueueOrder.COLUMNS
            || change == RowChange.PREDICTIONS && order.get() != QueueOrder.CORPUS;
    if (depends) {
      revision.set(revision.get() + 1);
    }
  }

  public ObjectProperty<QueueOrder> orderProperty() {
    return order;
  }
}
