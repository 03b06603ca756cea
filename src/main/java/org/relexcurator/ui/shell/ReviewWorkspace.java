package org.relexcurator.ui.shell;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.HandPickedPair;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Document;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.RunningTask;
import org.relexcurator.task.TaskCallbacks;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.ui.corpus.CorpusViewModel;
import org.relexcurator.ui.corpus.DocumentEntry;
import org.relexcurator.ui.corpus.DocumentListing;
import org.relexcurator.ui.curation.CurationView;
import org.relexcurator.ui.curation.CurationViewModel;
import org.relexcurator.ui.curation.LabelChoices;
import org.relexcurator.ui.curation.PairNavigation;
import org.relexcurator.ui.document.DocumentView;
import org.relexcurator.ui.document.DocumentViewModel;
import org.relexcurator.ui.document.RepairedMentions;
import org.relexcurator.ui.document.ShownDocument;
import org.relexcurator.ui.keys.KeyBindings;
import org.relexcurator.ui.prediction.PairPrediction;
import org.relexcurator.ui.prediction.PredictionView;
import org.relexcurator.ui.prediction.PredictionViewModel;
import org.relexcurator.ui.problems.ProblemNavigation;
import org.relexcurator.ui.queue.QueueRow;
import org.relexcurator.ui.queue.ReviewQueueView;
import org.relexcurator.ui.queue.ReviewQueueViewModel;
import org.relexcurator.ui.queue.ReviewStatus;

/**
 * The four review panes and how they talk: the queue's current pair is shown in the document,
 * scored in the prediction panel and decided in the curation pane; a pair picked by clicking
 * mentions is scored and decided the same way; every stored decision updates the queue and the
 * corpus panel's progress.
 */
public final class ReviewWorkspace {

  /** Frames between the document list of a new corpus and its first document. */
  private static final int DOCUMENT_AFTER_LIST_FRAMES = 3;

  private final CurationStore store;
  private final CorpusViewModel corpus;
  private final DocumentViewModel document;
  private final ReviewQueueViewModel queue;
  private final PredictionViewModel prediction;
  private final CurationViewModel curation;
  private final DocumentView documentView;
  private final ReviewQueueView queueView;
  private final PredictionView predictionView;
  private final CurationView curationView;
  private final Map<String, Set<String>> decidedPerDocument = new HashMap<>();
  private final TaskExecutor work;

  /** The corpus last opened; its list follows its queue, unless another corpus came first. */
  private PreparedCorpus opening;

  /**
   * The corpus whose documents the corpus panel lists. While another is being opened, the list is
   * still this one's, and choosing a document in it shows nothing.
   */
  private PreparedCorpus listed;

  /** The document list of the corpus being opened, once built and until shown. */
  private DocumentListing listing;

  private RunningTask listingTask;

  /** True while the document list of a newly opened corpus is put in. */
  private boolean listingShowing;

  /** True while the problems pane selects a document, to show one of its mentions. */
  private boolean problemShowing;

  /**
   * The one pair the prediction panel scores and the deciding pane decides, and its document; null
   * for none. Every change goes through {@link #present}, and the deciding pane records a decision
   * only about this very pair ({@link PairNavigation#onScreen()}).
   */
  private CandidatePair onScreen;

  /**
   * The document the workspace last asked the document view for; null right after a corpus is
   * opened, until the new corpus's first document is asked for.
   */
  private Document requested;

  /**
   * What the document view showed when {@link #requested} was asked for. Until another document
   * replaces it, a pick in it is not a pick in the requested document (it may be one of the
   * previous corpus) and is ignored.
   */
  private ShownDocument outgoing;

  /**
   * @param work runs inference and store writes (at least two threads, so that scoring one pair
   *     does not wait behind a "predict all" chunk)
   * @param highlighting computes document styles
   */
  public ReviewWorkspace(
      TaskExecutor work,
      TaskExecutor highlighting,
      CorpusPreparation preparation,
      CurationStore store,
      String curator,
      Clock clock,
      CorpusViewModel corpus,
      ModelViewModel model) {
    this(
        work,
        highlighting,
        preparation,
        RelationSpecs.bundled(),
        store,
        curator,
        clock,
        corpus,
        model);
  }

  /**
   * @param specs the relation specs {@code preparation} pairs with, for the prediction panel's and
   *     the deciding pane's "allowed" labels
   */
  public ReviewWorkspace(
      TaskExecutor work,
      TaskExecutor highlighting,
      CorpusPreparation preparation,
      RelationSpecs specs,
      CurationStore store,
      String curator,
      Clock clock,
      CorpusViewModel corpus,
      ModelViewModel model) {
    this.work = work;
    this.store = store;
    this.corpus = corpus;
    EntityTypeMapping types = EntityTypeMapping.bundled();
    document = DocumentViewModel.standard(highlighting);
    queue = new ReviewQueueViewModel(work, preparation, types);
    prediction = new PredictionViewModel(work, preparation, specs, types);
    curation =
        new CurationViewModel(
            store, work, curator, new LabelChoices(specs, types), clock, new QueueNavigation());
    documentView = new DocumentView(document);
    queueView = new ReviewQueueView(queue);
    predictionView = new PredictionView(prediction);
    curationView = new CurationView(curation);
    wire(model);
  }

  private void wire(ModelViewModel model) {
    model.classifierProperty().addListener((observable, old, now) -> useModel(now));
    useModel(model.classifierProperty().get());
    queue.currentRowProperty().addListener((observable, old, row) -> showRow(row));
    document.pickedPairProperty().addListener((observable, old, picked) -> picked(picked));
    corpus
        .selectedProperty()
        .addListener(
            (observable, old, entry) -> {
              if (entry == null) {
                return;
              }
              if (listingShowing) {
                // The list's first document, chosen as the list of a new corpus is shown: laid out
                // in
                // the same frame as the list, the two made the longest frame of an open.
                LaterFrame.run(
                    DOCUMENT_AFTER_LIST_FRAMES,
                    () -> {
                      if (corpus.selectedProperty().get() == entry) {
                        showDocument(entry);
                      }
                    });
              } else if (problemShowing) {
                showDocument(entry);
              } else {
                followDocument(entry);
              }
            });
    prediction
        .resultProperty()
        .addListener(
            (observable, old, result) -> {
              // A late score of a pair no longer on screen must not bring it back.
              if (result != null && result.pair().equals(onScreen)) {
                queue.recordPrediction(result.pair().key(), result.forward());
                queue.recordReversePrediction(result.pair().key(), result.reverse());
                curation.show(result.pair(), result.forward());
              }
            });
    store.addListener(this::decided);
    queue
        .loadingProperty()
        .addListener(
            (observable, was, loading) -> {
              if (!loading) {
                showListingWhenReady();
              }
            });
  }

  private void showDocument(DocumentEntry entry) {
    if (listed != opening) {
      // A document of the list still shown, chosen or come due after another corpus was opened.
      return;
    }
    QueueRow row = queue.currentRowProperty().get();
    if (row == null || !row.document().id().equals(entry.id())) {
      present(null, null, null);
      requestDocument(entry.document(), null);
    }
  }

  private void requestDocument(Document next, CandidatePair pair) {
    requested = next;
    outgoing = document.shownDocumentProperty().get();
    document.show(next, pair);
  }

  /**
   * E1 and E2 as the curator picked them in the text (or as the queue's pair was shown there): a
   * complete pair is put on screen, a cleared or half-picked one takes the pair off.
   */
  private void picked(HandPickedPair picked) {
    ShownDocument shown = document.shownDocumentProperty().get();
    if (requested == null
        || shown == null
        || shown == outgoing
        || !shown.document().id().equals(requested.id())) {
      return;
    }
    if (picked == null) {
      present(null, null, null);
      return;
    }
    QueueRow row = queue.currentRowProperty().get();
    if (row != null && row.document() == requested && row.key().equals(picked.pair().key())) {
      present(requested, row.pair(), row.prediction());
      return;
    }
    Optional<QueueRow> inQueue = queue.row(picked.pair().key());
    if (inQueue.isPresent() && inQueue.get().document() == requested) {
      // The queue follows the text: its row becomes current (and comes back here), the text stays.
      queue.select(inQueue.get());
    } else {
      present(requested, picked.pair(), null);
    }
  }

  /**
   * Puts a pair on screen in the prediction panel and the deciding pane, or takes it off with null;
   * the same pair again changes nothing.
   *
   * @param known the pair's prediction if the queue has one already
   */
  private void present(Document pairDocument, CandidatePair pair, Prediction known) {
    if (Objects.equals(pair, onScreen)) {
      return;
    }
    onScreen = pair;
    if (pair == null) {
      prediction.clear();
      curation.clear();
    } else {
      prediction.show(pairDocument, pair);
      curation.show(pair, known);
    }
  }

  /**
   * A document the curator chose in the corpus list: the queue goes to its first undecided pair,
   * which the text then shows; a document with no pair in the queue as filtered shows alone.
   */
  private void followDocument(DocumentEntry entry) {
    if (listed != opening) {
      // A document of the old list, chosen (or filtered to) while another corpus opens.
      return;
    }
    QueueRow row = queue.currentRowProperty().get();
    if (row != null && row.document().id().equals(entry.id())) {
      return;
    }
    if (!queue.selectFirstOf(entry.id())) {
      queue.select(null);
      present(null, null, null);
      requestDocument(entry.document(), null);
    }
  }

  /** Once both the queue and the document list are built, shows the list a few frames later. */
  private void showListingWhenReady() {
    if (listing == null || queue.loadingProperty().get()) {
      return;
    }
    PreparedCorpus loaded = opening;
    DocumentListing ready = listing;
    listing = null;
    LaterFrame.run(
        4,
        () -> {
          if (opening == loaded) {
            listed = loaded;
            listingShowing = true;
            try {
              corpus.show(ready);
            } finally {
              listingShowing = false;
            }
            showStoredDecisions();
          }
        });
  }

  /**
   * Shows the decisions of the store as it is now, in place of those shown so far: after the window
   * switched to another project file.
   */
  public void reloadDecisions() {
    for (QueueRow row : queue.allRows()) {
      if (row.statusProperty().get() != ReviewStatus.UNREVIEWED) {
        queue.setDecision(row.key(), null, ReviewStatus.UNREVIEWED);
      }
    }
    decidedPerDocument.keySet().forEach(documentId -> corpus.setReviewed(documentId, 0));
    decidedPerDocument.clear();
    showStoredDecisions();
    // The pair stays on screen, but as a pair of another project: its decision and the undo
    // history are read from that project's store.
    CandidatePair shown = onScreen;
    if (shown != null) {
      PairPrediction scored = prediction.resultProperty().get();
      curation.clear();
      curation.show(shown, scored != null && scored.pair().equals(shown) ? scored.forward() : null);
    }
  }

  /** Decisions already in the store (an earlier session's) for the pairs now in the queue. */
  private void showStoredDecisions() {
    Map<String, Decision> current;
    try {
      current = store.current();
    } catch (CurationStoreException e) {
      return;
    }
    current.forEach(
        (pairKey, decision) -> {
          if (queue.documentOf(pairKey).isPresent()) {
            showDecision(pairKey, Optional.of(decision));
          }
        });
  }

  private void useModel(RelationClassifier classifier) {
    queue.classifierProperty().set(classifier);
    prediction.classifierProperty().set(classifier);
    if (classifier != null) {
      curation.setModel(classifier.description());
    }
  }

  private void showRow(QueueRow row) {
    if (row == null) {
      present(null, null, null);
      return;
    }
    corpus.select(row.document().id());
    requestDocument(row.document(), row.pair());
    present(row.document(), row.pair(), row.prediction());
  }

  /** A stored decision, on the thread that stored it: read the pair's state, show it on the UI. */
  private void decided(Decision decision) {
    String pairKey = decision.pairKey();
    Optional<Decision> current;
    try {
      current = store.current(pairKey);
    } catch (CurationStoreException e) {
      return;
    }
    Platform.runLater(() -> showDecision(pairKey, current));
  }

  private void showDecision(String pairKey, Optional<Decision> current) {
    ReviewStatus status = current.map(ReviewWorkspace::statusOf).orElse(ReviewStatus.UNREVIEWED);
    queue.setDecision(pairKey, current.map(Decision::label).orElse(null), status);
    String documentId = queue.documentOf(pairKey).orElse(null);
    if (documentId != null) {
      Set<String> decided = decidedPerDocument.computeIfAbsent(documentId, d -> new HashSet<>());
      if (status == ReviewStatus.DECIDED) {
        decided.add(pairKey);
      } else {
        decided.remove(pairKey);
      }
      corpus.setReviewed(documentId, decided.size());
    }
  }

  private static ReviewStatus statusOf(Decision decision) {
    return switch (decision.action()) {
      case FLAGGED -> ReviewStatus.FLAGGED;
      case SKIPPED -> ReviewStatus.SKIPPED;
      default -> ReviewStatus.DECIDED;
    };
  }

  /**
   * Shows a newly opened corpus in stages, each laid out in a frame of its own: on a large corpus
   * each takes tens of milliseconds, and together in one frame they would freeze the window for
   * their sum. First the queue, whose rows are built in the background; then, a few frames after
   * the queue, once it has been laid out and drawn, the document list (also built in the
   * background) and the decisions already stored; a few frames later the first document. Until then
   * the window shows the previous corpus.
   */
  public void open(PreparedCorpus opened) {
    decidedPerDocument.clear();
    opening = opened;
    document.useRepairs(RepairedMentions.of(opened.problems()));
    listing = null;
    // Nothing of the previous corpus stays decidable, nor hides the new corpus's documents or
    // pairs.
    requested = null;
    present(null, null, null);
    corpus.clearFilters();
    queue.filters().clear();
    queue.load(opened);
    if (listingTask != null) {
      listingTask.cancel();
    }
    listingTask =
        work.submit(
            "List the documents",
            monitor -> DocumentListing.of(opened),
            TaskCallbacks.of(
                made -> {
                  if (opening == opened) {
                    listing = made;
                    showListingWhenReady();
                  }
                },
                failure -> {
                  // Cancelled: a later corpus came. Otherwise the executor refused the work (it
                  // does
                  // while the window closes); the list is made here then, so that the window never
                  // goes on showing the previous corpus's.
                  if (opening == opened && !(failure instanceof CancelledException)) {
                    listing = DocumentListing.of(opened);
                    showListingWhenReady();
                  }
                }));
  }

  /**
   * Shows a document of the open corpus and focuses one of its mentions, as the problems pane asks.
   */
  public ProblemNavigation.Destination show(String documentId, String annotationId) {
    Optional<DocumentEntry> entry = corpus.entry(documentId);
    if (entry.isEmpty()) {
      return ProblemNavigation.Destination.NOWHERE;
    }
    problemShowing = true;
    try {
      corpus.select(documentId);
    } finally {
      problemShowing = false;
    }
    if (annotationId == null || entry.get().document().entity(annotationId).isEmpty()) {
      return ProblemNavigation.Destination.DOCUMENT;
    }
    document.showMention(documentId, annotationId);
    return ProblemNavigation.Destination.MENTION;
  }

  /** The name later decisions are recorded under. */
  public void setCurator(String curator) {
    curation.setCurator(curator);
  }

  /** Binds the keys of the text, the queue and the deciding pane for the whole window. */
  public void bindKeys(KeyBindings window) {
    documentView.bindKeys(window);
    queueView.bindKeys(window);
    curationView.bindKeys(window);
  }

  /** Edit → Undo: the curator's latest decision still in force, as Ctrl+Z undoes it. */
  public void undo() {
    curation.undo();
  }

  /** Edit → Redo: the decision undone last, as Ctrl+Shift+Z restores it. */
  public void redo() {
    curation.redo();
  }

  public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
    return curation.canUndoProperty();
  }

  public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
    return curation.canRedoProperty();
  }

  public Node documentNode() {
    return documentView.node();
  }

  public Node queueNode() {
    return queueView.node();
  }

  public Node predictionNode() {
    return predictionView.node();
  }

  /** The one TEST MODEL banner, for the top of the column that holds both panes. */
  public Node testModelBannerNode() {
    return predictionView.banner();
  }

  public Node curationNode() {
    return curationView.node();
  }

  /** The review queue, for tests and benchmarks that drive it as a curator would. */
  public ReviewQueueViewModel queue() {
    return queue;
  }

  /** The document view's state, for tests that pick pairs in the text as a curator would. */
  public DocumentViewModel document() {
    return document;
  }

  /** The deciding pane's state, for tests that check what it would decide. */
  public CurationViewModel curation() {
    return curation;
  }

  /** The queue, as the curation pane sees it. */
  private final class QueueNavigation implements PairNavigation {

    @Override
    public void next(CandidatePair decided) {
      queue.nextUndecided(decided);
    }

    @Override
    public CandidatePair onScreen() {
      return onScreen;
    }

    @Override
    public void revisit(String pairKey) {
      queue.row(pairKey).ifPresent(queue::select);
    }
  }
}
