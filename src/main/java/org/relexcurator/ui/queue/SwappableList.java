package org.relexcurator.ui.queue;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * A read-only view of one observable list at a time, which passes on that list's changes and can be
 * pointed at another list in one change. The table and the listeners keep one list for the life of
 * the window while the lists behind it are built anew, off the UI thread, for each corpus: filling
 * one fixed filtered and sorted list with a large corpus's rows cost the UI thread a pass over
 * every row (docs/performance.md).
 */
final class SwappableList<E> extends ObservableListBase<E> {

  private ObservableList<? extends E> source = FXCollections.emptyObservableList();
  private final ListChangeListener<E> forward = this::forward;

  /** Shows {@code next} instead of the list shown so far; listeners see one replacement. */
  void swap(ObservableList<? extends E> next) {
    ObservableList<? extends E> old = source;
    old.removeListener(forward);
    source = next;
    next.addListener(forward);
    if (old.isEmpty() && next.isEmpty()) {
      return;
    }
    beginChange();
    // Nobody changes a list once it is swapped out, so it can stand for the removed elements
    // (a copy would cost a pass over a large corpus's rows).
    nextReplace(0, next.size(), old);
    endChange();
  }

  private void forward(ListChangeListener.Change<? extends E> change) {
    beginChange();
    while (change.next()) {
      if (change.wasPermutated()) {
        int[] permutation = new int[change.getTo() - change.getFrom()];
        for (int i = change.getFrom(); i < change.getTo(); i++) {
          permutation[i - change.getFrom()] = change.getPermutation(i);
        }
        nextPermutation(change.getFrom(), change.getTo(), permutation);
      } else if (change.wasUpdated()) {
        for (int i = change.getFrom(); i < change.getTo(); i++) {
          nextUpdate(i);
        }
      } else {
        nextReplace(change.getFrom(), change.getTo(), change.getRemoved());
      }
    }
    endChange();
  }

  @Override
  public E get(int index) {
    return source.get(index);
  }

  @Override
  public int size() {
    return source.size();
  }
}
