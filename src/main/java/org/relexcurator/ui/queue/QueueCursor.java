package org.relexcurator.ui.queue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.relexcurator.model.CandidatePair;

/**
 * The queue's current row and the moves from it: to the next or previous visible row, to the next
 * undecided pair after a decision, and to a document's first undecided pair. It keeps the current
 * row's last place among the visible rows, so that a move still knows where to go on when a filter
 * has hidden the current row.
 */
final class QueueCursor {

  private final ObservableList<QueueRow> visible;
  private final Function<String, QueueRow> rowByKey;
  private final ReadOnlyBooleanProperty loading;

  private final ReadOnlyObjectWrapper<QueueRow> currentRow =
      new ReadOnlyObjectWrapper<>(this, "currentRow");
  private final ReadOnlyObjectWrapper<CandidatePair> currentPair =
      new ReadOnlyObjectWrapper<>(this, "currentPair");

  /** Each document's place in the corpus, as the corpus list shows them. */
  private Map<String, Integer> documentOrder = Map.of();

  /** Where the current row last was among the visible rows, for when a filter hides it. */
  private int lastVisibleIndex = -1;

  /**
   * @param visible the rows the filters let through, in the queue's order
   * @param rowByKey the row of a pair key; {@code null} for a pair the queue does not have
   * @param loading true while a corpus's rows are built: no row can be current then
   */
  QueueCursor(
      ObservableList<QueueRow> visible,
      Function<String, QueueRow> rowByKey,
      ReadOnlyBooleanProperty loading) {
    this.visible = visible;
    this.rowByKey = rowByKey;
    this.loading = loading;
    visible.addListener(
        (ListChangeListener<QueueRow>)
            change -> {
              if (currentRow.get() == null) {
                return;
              }
              int at = visible.indexOf(currentRow.get());
              if (at >= 0) {
                lastVisibleIndex = at;
              }
            });
  }

  /** The documents' places in the corpus: next documents are looked for in this order. */
  void useDocumentOrder(Map<String, Integer> documentOrder) {
    this.documentOrder = documentOrder;
  }

  /**
   * Makes a row the current one; {@code null} for none. No row while the queue is loading. A row
   * the filters hide (a pair picked in the text) may be current too; the queue then has no place
   * among the visible rows until one is current again.
   */
  void select(QueueRow row) {
    if (row != null && loading.get()) {
      return;
    }
    currentRow.set(row);
    currentPair.set(row == null ? null : row.pair());
    lastVisibleIndex = visible.indexOf(row);
  }

  /**
   * After a decision on {@code decided}, makes current the next undecided visible row of the same
   * document in the queue's order (wrapping around within the document); when that document has
   * none left, the first visible undecided row of the next document in corpus order that has one
   * (wrapping around to the corpus's first). The curator stays in the document they are reading.
   *
   * @return false when no other visible row is undecided; the current row then stays
   */
  boolean nextUndecided(CandidatePair decided) {
    if (visible.isEmpty() || loading.get()) {
      return false;
    }
    String document = decided.documentId();
    QueueRow decidedRow = rowByKey.apply(decided.key());
    int at = visible.indexOf(decidedRow);
    // Hidden by a filter once decided: the row that followed it took its place.
    int start =
        at >= 0 ? at + 1 : decidedRow == currentRow.get() ? Math.max(lastVisibleIndex, 0) : 0;
    int count = visible.size();
    for (int i = 0; i < count; i++) {
      QueueRow row = visible.get((start + i) % count);
      if (row.document().id().equals(document) && isUndecidedOther(row, decided)) {
        select(row);
        return true;
      }
    }
    Optional<QueueRow> nextDocument = firstUndecidedAfter(document, decided);
    nextDocument.ifPresent(this::select);
    return nextDocument.isPresent();
  }

  private Optional<QueueRow> firstUndecidedAfter(String document, CandidatePair decided) {
    int documents = documentOrder.size();
    int from = documentOrder.getOrDefault(document, -1);
    QueueRow best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (QueueRow row : visible) {
      Integer place = documentOrder.get(row.document().id());
      if (place == null || place == from || !isUndecidedOther(row, decided)) {
        continue;
      }
      int distance = place > from ? place - from : place - from + documents + 1;
      if (distance < bestDistance) {
        best = row;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Undecided and not the pair just decided, whose decision may not have reached its row yet. */
  private static boolean isUndecidedOther(QueueRow row, CandidatePair decided) {
    return row.statusProperty().get() == ReviewStatus.UNREVIEWED
        && !row.key().equals(decided.key());
  }

  /**
   * Makes current the first visible undecided row of a document in the queue's order, or its first
   * visible row when all are decided: the queue follows a document chosen in the corpus list.
   *
   * @return false when no visible row belongs to that document; the current row then stays
   */
  boolean selectFirstOf(String documentId) {
    if (loading.get()) {
      return false;
    }
    QueueRow first = null;
    for (QueueRow row : visible) {
      if (row.document().id().equals(documentId)) {
        if (row.statusProperty().get() == ReviewStatus.UNREVIEWED) {
          select(row);
          return true;
        }
        if (first == null) {
          first = row;
        }
      }
    }
    if (first != null) {
      select(first);
    }
    return first != null;
  }

  /**
   * Moves to the next visible row. If the current row was hidden by a filter (a decided pair when
   * only unreviewed ones show), the row that followed it becomes current.
   *
   * @return false at the end of the queue
   */
  boolean nextPair() {
    if (visible.isEmpty() || loading.get()) {
      return false;
    }
    int at = visible.indexOf(currentRow.get());
    int next;
    if (at >= 0) {
      next = at + 1;
    } else if (currentRow.get() == null || lastVisibleIndex < 0) {
      next = 0;
    } else {
      next = lastVisibleIndex;
    }
    if (next >= visible.size()) {
      return false;
    }
    select(visible.get(next));
    return true;
  }

  /** Moves to the previous visible row; false at the start. */
  boolean previousPair() {
    if (loading.get()) {
      return false;
    }
    int at = visible.indexOf(currentRow.get());
    int previous = at >= 0 ? at - 1 : Math.min(lastVisibleIndex, visible.size()) - 1;
    if (previous < 0) {
      return false;
    }
    select(visible.get(previous));
    return true;
  }

  ReadOnlyObjectProperty<QueueRow> currentRowProperty() {
    return currentRow.getReadOnlyProperty();
  }

  ReadOnlyObjectProperty<CandidatePair> currentPairProperty() {
    return currentPair.getReadOnlyProperty();
  }
}
