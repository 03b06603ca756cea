package org.relexcurator.ui.queue;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * One corpus's queue rows, the rows the filters let through, and those in the chosen order. Made
 * off the UI thread when a corpus opens, so that the passes over every row that filtering and
 * sorting take happen there; afterwards the UI thread owns them.
 *
 * <p>The rows list has no extractor: one event per changed row would cost the filtered and sorted
 * lists a pass over all rows each. Changes come in batches (a chunk of predictions, a decision) and
 * the view-model re-filters and re-sorts once per batch, and only when the filters or the order
 * depend on what changed.
 */
record QueueLists(
    ObservableList<QueueRow> rows, FilteredList<QueueRow> filtered, SortedList<QueueRow> sorted) {

  /**
   * @param predicate what a row must pass; {@code null} for every row
   * @param comparator the order; {@code null} for corpus order
   */
  static QueueLists of(
      List<QueueRow> rows, Predicate<QueueRow> predicate, Comparator<QueueRow> comparator) {
    ObservableList<QueueRow> all = FXCollections.observableArrayList(rows);
    FilteredList<QueueRow> filtered = new FilteredList<>(all, predicate);
    return new QueueLists(all, filtered, new SortedList<>(filtered, comparator));
  }

  /**
   * Filters and sorts by these: again only for a predicate or comparator other than the one in use
   * (the same object is taken to mean nothing changed).
   */
  void follow(Predicate<QueueRow> predicate, Comparator<QueueRow> comparator) {
    if (filtered.getPredicate() != predicate) {
      filtered.setPredicate(predicate);
    }
    if (sorted.getComparator() != comparator) {
      sorted.setComparator(comparator);
    }
  }
}
