package org.relexcurator.ui.queue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;

/**
 * The review queue: every candidate pair of a corpus with its prediction and review state, filtered
 * ({@link QueueFilters}) and ordered ({@link QueueSorting}) as the curator asks, and the current
 * pair that the other panels follow ({@link QueueCursor}).
 *
 * <p>"Predict all" scores the pairs that have no prediction yet in chunks, one background task per
 * chunk, so that the table fills as chunks finish and a cancel stops the run after the chunk in
 * flight without losing what came before.
 */
public final class ReviewQueueViewModel {

  /** Pairs per background task when predicting all. */
  public static final int DEFAULT_CHUNK_SIZE = 64;

  private final CorpusPreparation preparation;
  private final EntityTypeMapping types;
  private final PredictAll predictAll;
  private final QueueFilters filters = new QueueFilters();
  private final QueueSorting sorting = new QueueSorting();
  private final QueueCursor cursor;

  private final ObjectProperty<RelationClassifier> classifier =
      new SimpleObjectProperty<>(this, "classifier");

  /** The rows of the corpus shown, filtered and sorted; built anew for each corpus. */
  private QueueLists lists = QueueLists.of(List.of(), null, null);

  private final SwappableList<QueueRow> allRows = new SwappableList<>();
  private final SwappableList<QueueRow> visible = new SwappableList<>();
  private final ReadOnlyObjectWrapper<ObservableList<QueueRow>> visibleRowsList =
      new ReadOnlyObjectWrapper<>(this, "visibleRowsList", lists.sorted());
  private Map<String, QueueRow> byKey = Map.of();

  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  private final TaskExecutor executor;
  private BiConsumer<RelationClassifier, Map<String, Prediction>> predicted = (model, made) -> {};
  private RunningTask loadTask;

  /** Counts loads; rows built for an older load are dropped. */
  private long loadGeneration;

  /** How many rows have a prediction. */
  private long predictedCount;

  /** How many rows have a prediction in both directions. */
  private long checkedCount;

  public ReviewQueueViewModel(
      TaskExecutor executor, CorpusPreparation preparation, EntityTypeMapping types) {
    this(executor, preparation, types, DEFAULT_CHUNK_SIZE, System::nanoTime);
  }

  /**
   * @param chunkSize pairs per background task when predicting all
   * @param nanoClock the clock for pairs per second and time left
   */
  public ReviewQueueViewModel(
      TaskExecutor executor,
      CorpusPreparation preparation,
      EntityTypeMapping types,
      int chunkSize,
      LongSupplier nanoClock) {
    this.executor = executor;
    this.preparation = preparation;
    this.types = types;
    this.predictAll =
        new PredictAll(
            executor,
            chunkSize,
            nanoClock,
            this::marked,
            made -> {
              refresh(RowChange.PREDICTIONS);
              predicted.accept(classifier.get(), made);
            });
    // Set, not bound: binding the lists' properties would re-filter and re-sort each new
    // corpus's lists on the UI thread although they were built with these very values.
    InvalidationListener follow =
        observable -> lists.follow(filters.predicate().get(), sorting.comparator().get());
    filters.predicate().addListener(follow);
    sorting.comparator().addListener(follow);
    cursor = new QueueCursor(visible, key -> byKey.get(key), loading.getReadOnlyProperty());
    visible.addListener((ListChangeListener<QueueRow>) change -> updateSummary());
    classifier.addListener((observable, old, now) -> modelChanged());
    filters.directionsFilterProperty().addListener(observable -> updateSummary());
  }

  /**
   * Shows the pairs of a corpus, none predicted or reviewed, and stops a run in progress. The rows
   * are built in the background (a large corpus has a hundred thousand pairs); until then {@link
   * #loadingProperty()} is true and the previous corpus's rows stay in the list, inert: none can be
   * selected, walked or predicted. Emptying the table when the load starts and filling it when the
   * rows come made two heavy frames instead of one, and froze the window longer (measured in
   * docs/performance.md).
   */
  public void load(PreparedCorpus corpus) {
    predictAll.abandon();
    if (loadTask != null) {
      loadTask.cancel();
    }
    cursor.select(null);
    byKey = Map.of();
    cursor.useDocumentOrder(Map.of());
    predictedCount = 0;
    checkedCount = 0;
    filters.forgetTypePair();
    loading.set(true);
    updateSummary();
    long request = ++loadGeneration;
    Predicate<QueueRow> filter = filters.predicate().get();
    Comparator<QueueRow> order = sorting.comparator().get();
    RunningTask task =
        executor.submit(
            "Build the review queue",
            monitor -> CorpusRows.of(corpus, types, filter, order, monitor),
            TaskCallbacks.of(
                loaded -> {
                  if (request == loadGeneration) {
                    show(loaded);
                  }
                },
                failure -> {
                  if (request == loadGeneration) {
                    use(
                        QueueLists.of(
                            List.of(), filters.predicate().get(), sorting.comparator().get()));
                    loading.set(false);
                    summary.set("The queue could not be built: " + failure.getMessage());
                  }
                }));
    loadTask = task.isDone() ? null : task;
  }

  private void show(CorpusRows loadedRows) {
    loadTask = null;
    byKey = loadedRows.byKey();
    cursor.useDocumentOrder(loadedRows.documentOrder());
    filters.offerTypePairs(loadedRows.typePairs());
    predictedCount = 0;
    checkedCount = 0;
    // The previous corpus's rows go in the same event as the new ones come, so the table
    // redraws in one frame.
    use(loadedRows.lists());
    loading.set(false);
    updateSummary();
  }

  /** Shows these lists in place of the current ones, with the filters and order chosen now. */
  private void use(QueueLists next) {
    lists = next;
    // Already filtered and sorted this way unless the curator changed either during the load.
    next.follow(filters.predicate().get(), sorting.comparator().get());
    // The table first: it must take in each change of the new list before the listeners of
    // visibleRows() act on its selection.
    visibleRowsList.set(next.sorted());
    allRows.swap(next.rows());
    visible.swap(next.sorted());
  }

  private void refresh(RowChange change) {
    filters.retestAfter(change);
    sorting.resortAfter(change);
    if (change == RowChange.PREDICTIONS) {
      countPredicted();
    }
    updateSummary();
  }

  /** Counted when predictions change, not each time the filter shows other rows. */
  private void countPredicted() {
    predictedCount = lists.rows().stream().filter(row -> row.prediction() != null).count();
    checkedCount =
        lists.rows().stream().filter(row -> row.directionCheckProperty().get() != null).count();
  }

  private String marked(QueueRow row) {
    return preparation.mark(row.document(), row.pair()).text();
  }

  private void modelChanged() {
    // Predictions belong to the model that made them; a different model starts afresh.
    predictAll.abandon();
    lists.rows().forEach(row -> row.setPrediction(null));
    refresh(RowChange.PREDICTIONS);
    filters.offerLabelsOf(classifier.get());
  }

  private void updateSummary() {
    if (loading.get()) {
      summary.set("Preparing the candidate pairs…");
      return;
    }
    summary.set(
        "Showing "
            + Throughput.count(visible.size())
            + " of "
            + Throughput.count(allRows.size())
            + " pairs · "
            + Throughput.count(predictedCount)
            + " predicted"
            + (filters.directionsFilterProperty().get().isAny()
                ? ""
                : " · " + Throughput.count(checkedCount) + " both ways"));
  }

  /** Scores every pair without a prediction, in corpus order, chunk by chunk. */
  public void predictAll() {
    RelationClassifier model = classifier.get();
    if (model == null || predictAll.isRunning() || loading.get()) {
      return;
    }
    List<QueueRow> todo = lists.rows().stream().filter(row -> row.prediction() == null).toList();
    predictAll.start(model, todo);
  }

  /** Stops "predict all" after the chunk in flight; predictions made so far stay. */
  public void cancelPredictAll() {
    predictAll.cancel();
  }

  /** The document of a pair in the queue; empty for a pair the queue does not have. */
  public Optional<String> documentOf(String pairKey) {
    return Optional.ofNullable(byKey.get(pairKey)).map(row -> row.document().id());
  }

  /** Stores a prediction made elsewhere (the prediction panel) for the pair with this key. */
  public void recordPrediction(String pairKey, Prediction prediction) {
    QueueRow row = byKey.get(pairKey);
    if (row != null) {
      row.setPrediction(prediction);
      refresh(RowChange.PREDICTIONS);
      predicted.accept(classifier.get(), Map.of(pairKey, prediction));
    }
  }

  /**
   * Stores the prediction panel's score of the reverse direction (E2 → E1) of the pair with this
   * key: as the prediction of the reverse pair's row, or, when the queue has no such row, for the
   * pair's direction check only (it is then neither shown as a row nor saved).
   */
  public void recordReversePrediction(String pairKey, Prediction reverse) {
    QueueRow row = byKey.get(pairKey);
    if (row == null) {
      return;
    }
    if (row.reverseRow() != null) {
      recordPrediction(row.reverseRow().key(), reverse);
    } else {
      row.setReverseWithoutRow(reverse);
      refresh(RowChange.PREDICTIONS);
    }
  }

  /**
   * Tells {@code listener} of every prediction the queue receives, with the model that made it:
   * each "predict all" chunk, and each pair scored in the prediction panel. Called on the UI
   * thread; a listener that writes them to disk does so in the background.
   */
  public void onPredicted(BiConsumer<RelationClassifier, Map<String, Prediction>> listener) {
    predicted = listener;
  }

  /**
   * Shows the curator's decision on a pair; the curation store calls this.
   *
   * @param label the curated label, or {@code null} for none
   */
  public void setDecision(String pairKey, String label, ReviewStatus status) {
    QueueRow row = byKey.get(pairKey);
    if (row != null) {
      row.setDecision(label, status);
      refresh(RowChange.DECISIONS);
    }
  }

  /** The row of the pair with this key; empty for a pair the queue does not have. */
  public Optional<QueueRow> row(String pairKey) {
    return Optional.ofNullable(byKey.get(pairKey));
  }

  /** Makes a row the current one; {@code null} for none. See {@link QueueCursor#select}. */
  public void select(QueueRow row) {
    cursor.select(row);
  }

  /**
   * After a decision, makes the next undecided pair of the same document current, then the next
   * document's; see {@link QueueCursor#nextUndecided}.
   *
   * @return false when no other visible row is undecided; the current row then stays
   */
  public boolean nextUndecided(CandidatePair decided) {
    return cursor.nextUndecided(decided);
  }

  /**
   * Makes a document's first visible undecided row current; see {@link QueueCursor#selectFirstOf}.
   *
   * @return false when no visible row belongs to that document; the current row then stays
   */
  public boolean selectFirstOf(String documentId) {
    return cursor.selectFirstOf(documentId);
  }

  /** Moves to the next visible row; false at the end of the queue. */
  public boolean nextPair() {
    return cursor.nextPair();
  }

  /** Moves to the previous visible row; false at the start. */
  public boolean previousPair() {
    return cursor.previousPair();
  }

  /** The filters the curator sets and the choices they offer. */
  public QueueFilters filters() {
    return filters;
  }

  /** The order of the rows. */
  public QueueSorting sorting() {
    return sorting;
  }

  /** The model that predicts; a different one drops the predictions of the last. */
  public ObjectProperty<RelationClassifier> classifierProperty() {
    return classifier;
  }

  /** All rows in corpus order; read-only. */
  public ObservableList<QueueRow> allRows() {
    return allRows;
  }

  /** The rows the filters let through, in the chosen order: the table's items; read-only. */
  public ObservableList<QueueRow> visibleRows() {
    return visible;
  }

  /**
   * The visible rows as the list that holds them now, another one for each corpus: for a table's
   * items. A table given a new list reuses its rows' cells as they are, where a list that replaces
   * all its rows makes it empty and refill every cell, which took the UI thread twice as long after
   * an open (docs/performance.md). Listeners that should hear of every change, across corpora,
   * listen to {@link #visibleRows()}.
   */
  public ReadOnlyObjectProperty<ObservableList<QueueRow>> visibleRowsListProperty() {
    return visibleRowsList.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<QueueRow> currentRowProperty() {
    return cursor.currentRowProperty();
  }

  /** The pair the other panels show; changes on selection, arrow keys and {@link #nextPair()}. */
  public ReadOnlyObjectProperty<CandidatePair> currentPairProperty() {
    return cursor.currentPairProperty();
  }

  /**
   * {@code Showing 120 of 5,000 pairs · 3,000 predicted}, and {@code · 2,000 both ways} (pairs
   * whose two directions are scored) while the direction filter is set.
   */
  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** True while the rows of a newly loaded corpus are being built. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty predictingProperty() {
    return predictAll.runningProperty();
  }

  /** The run's progress from 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return predictAll.progressProperty();
  }

  /** Pairs done, pairs per second and time left while running; the outcome afterwards. */
  public ReadOnlyStringProperty progressTextProperty() {
    return predictAll.progressTextProperty();
  }
}
