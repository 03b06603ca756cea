package org.relexcurator.ui.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.task.TaskMonitor;

/**
 * The review queue: every candidate pair of a corpus with its prediction and review state, filtered
 * and ordered as the curator asks, and the current pair that the other panels follow.
 *
 * <p>"Predict all" scores the pairs that have no prediction yet in chunks, one background task per
 * chunk, so that the table fills as chunks finish and a cancel stops the run after the chunk in
 * flight without losing what came before.
 */
public final class ReviewQueueViewModel {

  /** Pairs per background task when predicting all. */
  public static final int DEFAULT_CHUNK_SIZE = 64;

  static final Choice<String> ANY_LABEL = Choice.any("Any predicted label");
  static final Choice<String> NOT_PREDICTED = new Choice<>("", "Not predicted yet");
  static final Choice<String> ANY_TYPE_PAIR = Choice.any("Any type pair");
  static final Choice<ReviewStatus> ANY_STATUS = Choice.any("Any status");
  static final Choice<DirectionStatus> ANY_DIRECTIONS = Choice.any("Any direction check");

  private static final int SNIPPET_CONTEXT = 20;

  private final CorpusPreparation preparation;
  private final EntityTypeMapping types;
  private final PredictAll predictAll;

  private final ObjectProperty<RelationClassifier> classifier =
      new SimpleObjectProperty<>(this, "classifier");

  /** The rows of the corpus shown, filtered and sorted; built anew for each corpus. */
  private QueueLists lists = QueueLists.of(List.of(), null, null);

  private final SwappableList<QueueRow> allRows = new SwappableList<>();
  private final SwappableList<QueueRow> visible = new SwappableList<>();
  private final ReadOnlyObjectWrapper<ObservableList<QueueRow>> visibleRowsList =
      new ReadOnlyObjectWrapper<>(this, "visibleRowsList", lists.sorted());
  private Map<String, QueueRow> byKey = Map.of();

  /** Each document's place in the corpus, as the corpus list shows them. */
  private Map<String, Integer> documentOrder = Map.of();

  private final ObjectProperty<Choice<String>> labelFilter =
      new SimpleObjectProperty<>(this, "labelFilter", ANY_LABEL);
  private final ObjectProperty<Choice<String>> typePairFilter =
      new SimpleObjectProperty<>(this, "typePairFilter", ANY_TYPE_PAIR);
  private final ObjectProperty<Choice<ReviewStatus>> statusFilter =
      new SimpleObjectProperty<>(this, "statusFilter", ANY_STATUS);
  private final ObjectProperty<Choice<DirectionStatus>> directionsFilter =
      new SimpleObjectProperty<>(this, "directionsFilter", ANY_DIRECTIONS);
  private final DoubleProperty minScore = new SimpleDoubleProperty(this, "minScore", 0);
  private final DoubleProperty maxScore = new SimpleDoubleProperty(this, "maxScore", 1);
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ObservableList<Choice<String>> labelChoices = FXCollections.observableArrayList();
  private final ObservableList<Choice<String>> typePairChoices =
      FXCollections.observableArrayList();
  private final ObservableList<Choice<ReviewStatus>> statusChoices =
      FXCollections.observableArrayList();
  private final ObservableList<Choice<DirectionStatus>> directionsChoices =
      FXCollections.observableArrayList();

  private final ObjectProperty<QueueOrder> order =
      new SimpleObjectProperty<>(this, "order", QueueOrder.CORPUS);
  private final ObjectProperty<Comparator<QueueRow>> columnComparator =
      new SimpleObjectProperty<>(this, "columnComparator");

  private final ReadOnlyObjectWrapper<QueueRow> currentRow =
      new ReadOnlyObjectWrapper<>(this, "currentRow");
  private final ReadOnlyObjectWrapper<CandidatePair> currentPair =
      new ReadOnlyObjectWrapper<>(this, "currentPair");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

  /** Bumped to make the filtered list test the rows again. */
  private final IntegerProperty filterRevision = new SimpleIntegerProperty(this, "filterRevision");

  /** Bumped to make the sorted list sort the rows again. */
  private final IntegerProperty orderRevision = new SimpleIntegerProperty(this, "orderRevision");

  /** What the rows must pass: {@code null} when the filters let every row through. */
  private final ObjectBinding<Predicate<QueueRow>> predicate;

  /** The order of the rows: {@code null} for corpus order. */
  private final ObjectBinding<Comparator<QueueRow>> comparator;

  private final TaskExecutor executor;
  private BiConsumer<RelationClassifier, Map<String, Prediction>> predicted = (model, made) -> {};
  private RunningTask loadTask;

  /** Counts loads; rows built for an older load are dropped. */
  private long loadGeneration;

  /** How many rows have a prediction. */
  private long predictedCount;

  /** How many rows have a prediction in both directions. */
  private long checkedCount;

  /** Where the current row last was among the visible rows, for when a filter hides it. */
  private int lastVisibleIndex = -1;

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
              refresh(Change.PREDICTIONS);
              predicted.accept(classifier.get(), made);
            });
    // No predicate when the filter lets every row through: a large corpus's rows then reach the
    // table without a test each.
    predicate =
        Bindings.createObjectBinding(
            () -> {
              QueueFilter filter =
                  new QueueFilter(
                      labelFilter.get(),
                      typePairFilter.get(),
                      statusFilter.get(),
                      directionsFilter.get(),
                      minScore.get(),
                      maxScore.get(),
                      text.get());
              return filter.acceptsAll() ? null : filter;
            },
            labelFilter,
            typePairFilter,
            statusFilter,
            directionsFilter,
            minScore,
            maxScore,
            text,
            filterRevision);
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
            orderRevision);
    // Set, not bound: binding the lists' properties would re-filter and re-sort each new
    // corpus's lists on the UI thread although they were built with these very values.
    InvalidationListener follow = observable -> lists.follow(predicate.get(), comparator.get());
    predicate.addListener(follow);
    comparator.addListener(follow);
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
    visible.addListener((ListChangeListener<QueueRow>) change -> updateSummary());
    classifier.addListener((observable, old, now) -> modelChanged());
    directionsFilter.addListener(observable -> updateSummary());
    statusChoices.add(ANY_STATUS);
    for (ReviewStatus status : ReviewStatus.values()) {
      statusChoices.add(Choice.of(status));
    }
    directionsChoices.add(ANY_DIRECTIONS);
    for (DirectionStatus directions : DirectionStatus.values()) {
      directionsChoices.add(Choice.of(directions));
    }
    updateLabelChoices();
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
    select(null);
    lastVisibleIndex = -1;
    byKey = Map.of();
    documentOrder = Map.of();
    predictedCount = 0;
    checkedCount = 0;
    // A new corpus starts with every type pair: its own are not known yet.
    typePairFilter.set(ANY_TYPE_PAIR);
    loading.set(true);
    updateSummary();
    long request = ++loadGeneration;
    Predicate<QueueRow> filter = predicate.get();
    Comparator<QueueRow> sorting = comparator.get();
    RunningTask task =
        executor.submit(
            "Build the review queue",
            monitor -> rowsOf(corpus, filter, sorting, monitor),
            TaskCallbacks.of(
                loaded -> {
                  if (request == loadGeneration) {
                    show(loaded);
                  }
                },
                failure -> {
                  if (request == loadGeneration) {
                    use(QueueLists.of(List.of(), predicate.get(), comparator.get()));
                    loading.set(false);
                    summary.set("The queue could not be built: " + failure.getMessage());
                  }
                }));
    loadTask = task.isDone() ? null : task;
  }

  /**
   * Lets every pair through again: the searched text, labels, status, type pair and score range
   * were chosen for another corpus. The order stays, as it hides no pair.
   */
  public void clearFilters() {
    text.set("");
    labelFilter.set(ANY_LABEL);
    typePairFilter.set(ANY_TYPE_PAIR);
    statusFilter.set(ANY_STATUS);
    minScore.set(0);
    maxScore.set(1);
  }

  /**
   * A corpus's rows, in corpus order and as filtered and sorted when the load began, the same rows
   * by pair key, each document's place in the corpus, and the rows' type pairs sorted.
   */
  private record LoadedRows(
      QueueLists lists,
      Map<String, QueueRow> byKey,
      Map<String, Integer> documentOrder,
      Set<String> typePairs) {}

  /** Runs in the background: the rows are the UI's only once {@link #show} has them. */
  private LoadedRows rowsOf(
      PreparedCorpus corpus,
      Predicate<QueueRow> filter,
      Comparator<QueueRow> sorting,
      TaskMonitor monitor) {
    Map<String, Document> documents = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
    corpus.documents().forEach(d -> order.putIfAbsent(d.id(), order.size()));
    List<QueueRow> loaded = new ArrayList<>(corpus.pairs().size());
    for (CandidatePair pair : corpus.pairs()) {
      if (loaded.size() % 4096 == 0) {
        monitor.checkCancelled();
      }
      Document document = documents.get(pair.documentId());
      loaded.add(
          new QueueRow(
              loaded.size(),
              document,
              pair,
              SentenceSnippet.of(document, pair, SNIPPET_CONTEXT),
              typeOf(pair.first()),
              typeOf(pair.second())));
    }
    Map<String, QueueRow> keyed = new HashMap<>(loaded.size() * 2);
    loaded.forEach(row -> keyed.putIfAbsent(row.key(), row));
    for (QueueRow row : loaded) {
      QueueRow reverse = keyed.get(row.pair().reversed().key());
      if (reverse != null && row.index() < reverse.index()) {
        QueueRow.pairReversed(row, reverse);
      }
    }
    TreeSet<String> typePairs = new TreeSet<>();
    loaded.forEach(row -> typePairs.add(row.typePair()));
    monitor.checkCancelled();
    return new LoadedRows(QueueLists.of(loaded, filter, sorting), keyed, order, typePairs);
  }

  private void show(LoadedRows loadedRows) {
    loadTask = null;
    byKey = loadedRows.byKey();
    documentOrder = loadedRows.documentOrder();
    List<Choice<String>> typePairs = new ArrayList<>();
    typePairs.add(ANY_TYPE_PAIR);
    loadedRows.typePairs().forEach(pair -> typePairs.add(Choice.of(pair)));
    typePairChoices.setAll(typePairs);
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
    next.follow(predicate.get(), comparator.get());
    // The table first: it must take in each change of the new list before the listeners of
    // visibleRows() act on its selection.
    visibleRowsList.set(next.sorted());
    allRows.swap(next.rows());
    visible.swap(next.sorted());
  }

  /** What changed in a batch of rows, to decide whether filters or order must look again. */
  private enum Change {
    PREDICTIONS,
    DECISIONS
  }

  private void refresh(Change change) {
    boolean searching = !text.get().isBlank();
    boolean filterDepends =
        switch (change) {
          case PREDICTIONS ->
              searching
                  || !labelFilter.get().isAny()
                  || !directionsFilter.get().isAny()
                  || minScore.get() > 0
                  || maxScore.get() < 1;
          case DECISIONS -> searching || !statusFilter.get().isAny();
        };
    boolean orderDepends =
        order.get() == QueueOrder.COLUMNS
            || change == Change.PREDICTIONS && order.get() != QueueOrder.CORPUS;
    if (filterDepends) {
      filterRevision.set(filterRevision.get() + 1);
    }
    if (orderDepends) {
      orderRevision.set(orderRevision.get() + 1);
    }
    if (change == Change.PREDICTIONS) {
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

  private String typeOf(Entity entity) {
    return types.map(entity).orElse(entity.type());
  }

  private String marked(QueueRow row) {
    return preparation.mark(row.document(), row.pair()).text();
  }

  private void modelChanged() {
    // Predictions belong to the model that made them; a different model starts afresh.
    predictAll.abandon();
    lists.rows().forEach(row -> row.setPrediction(null));
    refresh(Change.PREDICTIONS);
    updateLabelChoices();
  }

  private void updateLabelChoices() {
    Choice<String> chosen = labelFilter.get();
    List<Choice<String>> choices = new ArrayList<>(List.of(ANY_LABEL, NOT_PREDICTED));
    if (classifier.get() != null) {
      classifier.get().description().labels().forEach(label -> choices.add(Choice.of(label)));
    }
    // Only the model's labels change; "any" and "not predicted" stay, so a drop-down showing
    // one of them keeps it.
    labelChoices.retainAll(choices);
    for (int i = 0; i < choices.size(); i++) {
      if (i >= labelChoices.size() || !labelChoices.get(i).equals(choices.get(i))) {
        labelChoices.add(i, choices.get(i));
      }
    }
    labelFilter.set(choices.contains(chosen) ? chosen : ANY_LABEL);
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
            + (directionsFilter.get().isAny()
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
      refresh(Change.PREDICTIONS);
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
      refresh(Change.PREDICTIONS);
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
      refresh(Change.DECISIONS);
    }
  }

  /**
   * Makes a row the current one; {@code null} for none. No row while the queue is loading. A row
   * the filters hide (a pair picked in the text) may be current too; the queue then has no place
   * among the visible rows until one is current again.
   */
  public void select(QueueRow row) {
    if (row != null && loading.get()) {
      return;
    }
    currentRow.set(row);
    currentPair.set(row == null ? null : row.pair());
    lastVisibleIndex = visible.indexOf(row);
  }

  /** The row of the pair with this key; empty for a pair the queue does not have. */
  public Optional<QueueRow> row(String pairKey) {
    return Optional.ofNullable(byKey.get(pairKey));
  }

  /**
   * After a decision on {@code decided}, makes current the next undecided visible row of the same
   * document in the queue's order (wrapping around within the document); when that document has
   * none left, the first visible undecided row of the next document in corpus order that has one
   * (wrapping around to the corpus's first). The curator stays in the document they are reading.
   *
   * @return false when no other visible row is undecided; the current row then stays
   */
  public boolean nextUndecided(CandidatePair decided) {
    if (visible.isEmpty() || loading.get()) {
      return false;
    }
    String document = decided.documentId();
    QueueRow decidedRow = byKey.get(decided.key());
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
  public boolean selectFirstOf(String documentId) {
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
  public boolean nextPair() {
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
  public boolean previousPair() {
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

  public ObjectProperty<QueueOrder> orderProperty() {
    return order;
  }

  public ObjectProperty<Choice<String>> labelFilterProperty() {
    return labelFilter;
  }

  public ObservableList<Choice<String>> labelChoices() {
    return labelChoices;
  }

  public ObjectProperty<Choice<String>> typePairFilterProperty() {
    return typePairFilter;
  }

  public ObservableList<Choice<String>> typePairChoices() {
    return typePairChoices;
  }

  public ObjectProperty<Choice<ReviewStatus>> statusFilterProperty() {
    return statusFilter;
  }

  public ObservableList<Choice<ReviewStatus>> statusChoices() {
    return statusChoices;
  }

  /** Which pairs show by what the direction check says of them. */
  public ObjectProperty<Choice<DirectionStatus>> directionsFilterProperty() {
    return directionsFilter;
  }

  public ObservableList<Choice<DirectionStatus>> directionsChoices() {
    return directionsChoices;
  }

  public DoubleProperty minScoreProperty() {
    return minScore;
  }

  public DoubleProperty maxScoreProperty() {
    return maxScore;
  }

  public StringProperty textProperty() {
    return text;
  }

  public ReadOnlyObjectProperty<QueueRow> currentRowProperty() {
    return currentRow.getReadOnlyProperty();
  }

  /** The pair the other panels show; changes on selection, arrow keys and {@link #nextPair()}. */
  public ReadOnlyObjectProperty<CandidatePair> currentPairProperty() {
    return currentPair.getReadOnlyProperty();
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
