package org.relexcurator.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.task.TaskExecutor;
import org.relexcurator.task.TaskMonitor;
import org.relexcurator.ui.StepwiseTaskExecutor;
import org.relexcurator.ui.TestPairs;
import org.relexcurator.ui.TextScoredClassifier;

class ReviewQueueViewModelTest {

  private static final List<String> LABELS = TextScoredClassifier.LABELS;
  private static final int CAUSES = LABELS.indexOf("causes");
  private static final int NONE = LABELS.indexOf("none");
  private static final int TREATS = LABELS.indexOf("treats");

  /* Four predictions whose three uncertainty measures rank them differently (hand-computed):
  name  top   second  rest (uniform)  1 - top  margin  entropy (nats)
  B     .45   .10     .45 / 14        .55      .35     2.1365
  C     .46   .44     .10 / 14        .54      .02     1.2126
  E     .52   -       .48 / 15        .48      .488    1.9922
  D     .90   -       .10 / 15        .10      .8933   0.5959 */
  private static final Prediction B = prediction(TREATS, .45, CAUSES, .10);
  private static final Prediction C = prediction(CAUSES, .46, TREATS, .44);
  private static final Prediction E = prediction(NONE, .52, -1, 0);
  private static final Prediction D = prediction(TREATS, .90, -1, 0);

  private final AtomicLong clock = new AtomicLong();

  private static Prediction prediction(int top, double topScore, int second, double secondScore) {
    int rest = second < 0 ? LABELS.size() - 1 : LABELS.size() - 2;
    double[] logits = new double[LABELS.size()];
    Arrays.fill(logits, Math.log((1 - topScore - secondScore) / rest));
    logits[top] = Math.log(topScore);
    if (second >= 0) {
      logits[second] = Math.log(secondScore);
    }
    return new Prediction(LABELS, logits);
  }

  /** A queue with no corpus loaded yet, with the standard chunk size and clock. */
  private static ReviewQueueViewModel emptyViewModel(TaskExecutor executor) {
    return new ReviewQueueViewModel(
        executor, CorpusPreparation.standard(MarkerMode.EXACT), EntityTypeMapping.bundled());
  }

  private ReviewQueueViewModel viewModel(TaskExecutor executor, int chunkSize) {
    ReviewQueueViewModel viewModel =
        new ReviewQueueViewModel(
            executor,
            CorpusPreparation.standard(MarkerMode.EXACT),
            EntityTypeMapping.bundled(),
            chunkSize,
            clock::get);
    viewModel.load(TestPairs.corpus());
    if (executor instanceof StepwiseTaskExecutor stepwise) {
      stepwise.pending().forEach(StepwiseTaskExecutor.Pending::complete);
    }
    return viewModel;
  }

  private ReviewQueueViewModel withHandMadePredictions() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 64);
    List<QueueRow> rows = viewModel.allRows();
    viewModel.recordPrediction(rows.get(0).key(), D);
    viewModel.recordPrediction(rows.get(1).key(), E);
    viewModel.recordPrediction(rows.get(2).key(), C);
    viewModel.recordPrediction(rows.get(3).key(), B);
    return viewModel;
  }

  private static List<Integer> order(ReviewQueueViewModel viewModel) {
    return viewModel.visibleRows().stream().map(QueueRow::index).toList();
  }

  @Test
  void theHandComputedMeasuresHold() {
    assertThat(B.margin()).isCloseTo(.35, within(1e-9));
    assertThat(B.entropy()).isCloseTo(2.1365, within(1e-4));
    assertThat(C.entropy()).isCloseTo(1.2126, within(1e-4));
    assertThat(E.margin()).isCloseTo(.52 - .48 / 15, within(1e-9));
    assertThat(E.entropy()).isCloseTo(1.9922, within(1e-4));
    assertThat(D.entropy()).isCloseTo(0.5959, within(1e-4));
  }

  @Test
  void everyPairOfTheCorpusIsARowWithItsMentionsAndMappedTypes() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 64);

    assertThat(viewModel.visibleRows()).hasSize(6);
    QueueRow first = viewModel.visibleRows().get(0);
    assertThat(first.firstText()).isEqualTo("Aspirin");
    assertThat(first.firstType()).isEqualTo("Chemical");
    assertThat(first.secondText()).isEqualTo("headache");
    assertThat(first.secondType()).isEqualTo("Disease");
    assertThat(first.snippet()).isEqualTo(TestPairs.TEXT);
    assertThat(first.statusProperty().get()).isEqualTo(ReviewStatus.UNREVIEWED);
    assertThat(first.scoreProperty().get()).isNull();
    assertThat(viewModel.filters().typePairChoices())
        .extracting(Choice::text)
        .containsExactly(
            "Any type pair",
            "Chemical → Disease",
            "Chemical → Gene",
            "Disease → Chemical",
            "Disease → Disease");
    assertThat(viewModel.summaryProperty().get()).isEqualTo("Showing 6 of 6 pairs · 0 predicted");
  }

  @Test
  void rowsAreBuiltInTheBackgroundAndANewerCorpusWins() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    ReviewQueueViewModel viewModel = emptyViewModel(executor);
    PreparedCorpus older = TestPairs.corpus();
    PreparedCorpus newer =
        new PreparedCorpus(
            "newer",
            "hand-made",
            List.of(TestPairs.OTHER_DOCUMENT),
            List.of(older.pairs().get(5)),
            List.of());

    viewModel.load(older);
    assertThat(viewModel.loadingProperty().get()).isTrue();
    assertThat(viewModel.visibleRows()).isEmpty();
    viewModel.load(newer);
    List<StepwiseTaskExecutor.Pending> loads = executor.pending();
    assertThat(loads.get(0).isCancelled()).isTrue();
    loads.get(1).complete();
    loads.get(0).complete();

    assertThat(viewModel.loadingProperty().get()).isFalse();
    assertThat(viewModel.visibleRows()).extracting(QueueRow::key).containsExactly("doc2|T1|T2");
    assertThat(viewModel.summaryProperty().get()).isEqualTo("Showing 1 of 1 pairs · 0 predicted");
  }

  @Test
  void theOrderAndFiltersChosenBeforeOrDuringALoadApplyToTheNewRowsAndStayLive() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    ReviewQueueViewModel viewModel = emptyViewModel(executor);
    viewModel.sorting().sortByColumns(Comparator.comparing(QueueRow::secondText).reversed());

    viewModel.load(TestPairs.corpus());
    executor.pending().forEach(StepwiseTaskExecutor.Pending::complete);
    assertThat(order(viewModel))
        .as("E2 nausea, nausea, headache, headache, KIT, Aspirin")
        .containsExactly(1, 2, 0, 3, 5, 4);

    viewModel.load(TestPairs.corpus());
    viewModel.filters().textProperty().set("kit");
    executor.pending().forEach(StepwiseTaskExecutor.Pending::complete);
    assertThat(order(viewModel))
        .as("the search typed while the rows were built")
        .containsExactly(5);
    assertThat(viewModel.summaryProperty().get()).isEqualTo("Showing 1 of 6 pairs · 0 predicted");

    viewModel.filters().textProperty().set("");
    assertThat(order(viewModel)).containsExactly(1, 2, 0, 3, 5, 4);
    viewModel.sorting().sortBy(QueueOrder.CORPUS);
    assertThat(order(viewModel)).containsExactly(0, 1, 2, 3, 4, 5);
    viewModel.recordPrediction(viewModel.allRows().get(4).key(), D);
    viewModel.sorting().sortBy(QueueOrder.LEAST_CONFIDENCE);
    viewModel.recordPrediction(viewModel.allRows().get(3).key(), B);
    assertThat(order(viewModel)).as("re-sorted as predictions come").startsWith(3, 4);
  }

  @Test
  void whileANewCorpusLoadsThePreviousRowsStayButCannotBeWorkedOn() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    ReviewQueueViewModel viewModel = emptyViewModel(executor);
    PreparedCorpus older = TestPairs.corpus();
    viewModel.load(older);
    executor.pending().forEach(StepwiseTaskExecutor.Pending::complete);
    QueueRow old = viewModel.visibleRows().get(0);
    viewModel.select(old);
    viewModel.classifierProperty().set(new TextScoredClassifier(true));

    viewModel.load(
        new PreparedCorpus(
            "newer",
            "hand-made",
            List.of(TestPairs.OTHER_DOCUMENT),
            List.of(older.pairs().get(5)),
            List.of()));

    assertThat(viewModel.visibleRows()).hasSize(older.pairs().size());
    assertThat(viewModel.currentRowProperty().get()).isNull();
    assertThat(viewModel.summaryProperty().get()).isEqualTo("Preparing the candidate pairs…");
    viewModel.select(old);
    assertThat(viewModel.currentRowProperty().get()).isNull();
    assertThat(viewModel.nextPair()).isFalse();
    assertThat(viewModel.previousPair()).isFalse();
    viewModel.predictAll();
    assertThat(viewModel.predictingProperty().get()).isFalse();
    assertThat(executor.pending()).hasSize(1);

    executor.pending().get(0).complete();
    assertThat(viewModel.visibleRows()).extracting(QueueRow::key).containsExactly("doc2|T1|T2");
    assertThat(viewModel.nextPair()).isTrue();
  }

  @Test
  void aQueueThatCannotBeBuiltShowsNoRowsOfThePreviousCorpus() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    ReviewQueueViewModel viewModel = emptyViewModel(executor);
    viewModel.load(TestPairs.corpus());
    executor.pending().forEach(StepwiseTaskExecutor.Pending::complete);

    // A pair whose document is not in the corpus cannot become a row.
    viewModel.load(
        new PreparedCorpus(
            "broken",
            "hand-made",
            List.of(),
            List.of(TestPairs.corpus().pairs().get(0)),
            List.of()));
    executor.pending().get(0).complete();

    assertThat(viewModel.loadingProperty().get()).isFalse();
    assertThat(viewModel.visibleRows()).isEmpty();
    assertThat(viewModel.summaryProperty().get()).startsWith("The queue could not be built: ");
  }

  @Test
  void leastConfidenceOrderPutsTheLowestTopScoreFirstAndUnpredictedLast() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();

    viewModel.sorting().sortBy(QueueOrder.LEAST_CONFIDENCE);

    assertThat(order(viewModel)).containsExactly(3, 2, 1, 0, 4, 5);
  }

  @Test
  void marginOrderPutsTheClosestTwoLabelsFirst() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();

    viewModel.sorting().sortBy(QueueOrder.SMALLEST_MARGIN);

    assertThat(order(viewModel)).containsExactly(2, 3, 1, 0, 4, 5);
  }

  @Test
  void entropyOrderPutsTheFlattestDistributionFirst() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();

    viewModel.sorting().sortBy(QueueOrder.HIGHEST_ENTROPY);

    assertThat(order(viewModel)).containsExactly(3, 1, 2, 0, 4, 5);
  }

  @Test
  void aColumnSortReplacesTheUncertaintyOrderAndClearingItReturnsToCorpusOrder() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();
    viewModel.sorting().sortBy(QueueOrder.HIGHEST_ENTROPY);

    viewModel
        .sorting()
        .sortByColumns(Comparator.comparing(QueueRow::secondText, String.CASE_INSENSITIVE_ORDER));
    assertThat(viewModel.sorting().orderProperty().get()).isEqualTo(QueueOrder.COLUMNS);
    // Aspirin, headache (0 and 3: ties keep corpus order), KIT, nausea (1 and 2).
    assertThat(order(viewModel)).containsExactly(4, 0, 3, 5, 1, 2);

    viewModel.sorting().sortBy(QueueOrder.LEAST_CONFIDENCE);
    viewModel.sorting().sortByColumns(null);
    assertThat(viewModel.sorting().orderProperty().get()).isEqualTo(QueueOrder.LEAST_CONFIDENCE);

    viewModel.sorting().sortByColumns(Comparator.comparing(QueueRow::firstText));
    viewModel.sorting().sortByColumns(null);
    assertThat(order(viewModel)).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void predictedLabelAndNotPredictedFiltersSelectByTheTopLabel() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();

    viewModel.filters().labelFilterProperty().set(Choice.of("treats"));
    assertThat(order(viewModel)).containsExactly(0, 3);

    viewModel.filters().labelFilterProperty().set(QueueFilters.NOT_PREDICTED);
    assertThat(order(viewModel)).containsExactly(4, 5);
  }

  @Test
  void aNarrowedScoreRangeKeepsScoresWithinItAndHidesUnpredictedPairs() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();

    viewModel.filters().minScoreProperty().set(0.44);
    viewModel.filters().maxScoreProperty().set(0.5);
    assertThat(order(viewModel)).containsExactly(2, 3);

    viewModel.filters().minScoreProperty().set(0);
    viewModel.filters().maxScoreProperty().set(1);
    assertThat(order(viewModel)).hasSize(6);
  }

  @Test
  void typePairStatusAndTextFiltersCombine() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();
    viewModel.setDecision("doc1|T1|T3", "causes", ReviewStatus.DECIDED);
    viewModel.setDecision("doc1|T2|T3", null, ReviewStatus.FLAGGED);

    viewModel.filters().typePairFilterProperty().set(Choice.of("Chemical → Disease"));
    assertThat(order(viewModel)).containsExactly(0, 1);
    viewModel.filters().statusFilterProperty().set(Choice.of(ReviewStatus.UNREVIEWED));
    assertThat(order(viewModel)).containsExactly(0);

    viewModel.filters().typePairFilterProperty().set(QueueFilters.ANY_TYPE_PAIR);
    viewModel.filters().statusFilterProperty().set(Choice.of(ReviewStatus.FLAGGED));
    assertThat(order(viewModel)).containsExactly(2);

    viewModel.filters().statusFilterProperty().set(QueueFilters.ANY_STATUS);
    viewModel.filters().textProperty().set("  KIT ");
    assertThat(order(viewModel)).containsExactly(5);
    viewModel.filters().textProperty().set("CAUSES");
    assertThat(order(viewModel)).as("curated label or predicted label").containsExactly(1, 2);
    assertThat(viewModel.summaryProperty().get()).isEqualTo("Showing 2 of 6 pairs · 4 predicted");
  }

  @Test
  void aDecisionShowsInTheRowsCuratedLabelAndStatus() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 64);

    viewModel.setDecision("doc2|T1|T2", "inhibits", ReviewStatus.DECIDED);

    QueueRow row = viewModel.allRows().get(5);
    assertThat(row.curatedLabelProperty().get()).isEqualTo("inhibits");
    assertThat(row.statusProperty().get()).isEqualTo(ReviewStatus.DECIDED);
  }

  @Test
  void selectingAndMovingPublishTheCurrentPair() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 64);
    List<QueueRow> rows = viewModel.allRows();

    assertThat(viewModel.nextPair()).isTrue();
    assertThat(viewModel.currentPairProperty().get()).isEqualTo(rows.get(0).pair());
    viewModel.select(rows.get(4));
    assertThat(viewModel.nextPair()).isTrue();
    assertThat(viewModel.currentRowProperty().get()).isSameAs(rows.get(5));
    assertThat(viewModel.nextPair()).isFalse();
    assertThat(viewModel.currentRowProperty().get()).isSameAs(rows.get(5));
    assertThat(viewModel.previousPair()).isTrue();
    assertThat(viewModel.currentPairProperty().get()).isEqualTo(rows.get(4).pair());
  }

  @Test
  void nextPairFollowsTheVisibleOrder() {
    ReviewQueueViewModel viewModel = withHandMadePredictions();
    viewModel.sorting().sortBy(QueueOrder.SMALLEST_MARGIN);
    viewModel.select(viewModel.allRows().get(3));

    viewModel.nextPair();

    assertThat(viewModel.currentRowProperty().get().index()).isEqualTo(1);
  }

  @Test
  void whenADecisionHidesTheCurrentPairNextPairGoesToTheOneThatFollowedIt() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 64);
    viewModel.filters().statusFilterProperty().set(Choice.of(ReviewStatus.UNREVIEWED));
    viewModel.select(viewModel.allRows().get(2));

    viewModel.setDecision(viewModel.allRows().get(2).key(), "none", ReviewStatus.DECIDED);
    assertThat(order(viewModel)).containsExactly(0, 1, 3, 4, 5);
    viewModel.nextPair();

    assertThat(viewModel.currentRowProperty().get().index()).isEqualTo(3);
  }

  @Test
  void predictAllScoresUnpredictedPairsInChunksWithProgressRateAndTimeLeft() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 2);
    TickingClassifier classifier = new TickingClassifier(clock);
    viewModel.classifierProperty().set(classifier);
    viewModel.recordPrediction("doc1|T2|T3", D);
    List<String> texts = new ArrayList<>();
    viewModel.progressTextProperty().addListener((o, old, now) -> texts.add(now));

    viewModel.predictAll();

    assertThat(classifier.calls()).extracting(List::size).containsExactly(2, 2, 1);
    assertThat(classifier.calls().get(0))
        .containsExactly(
            "[E1]Aspirin[/E1] relieves [E2]headache[/E2] but may cause nausea.",
            "[E1]Aspirin[/E1] relieves headache but may cause [E2]nausea[/E2].");
    assertThat(texts)
        .containsSubsequence(
            "0 of 5 pairs · starting…",
            "2 of 5 pairs · 2.0 pairs/s · about 2 s left",
            "4 of 5 pairs · 2.0 pairs/s · about 1 s left",
            "5 of 5 pairs · 1.7 pairs/s · about 0 s left",
            "Predicted 5 pairs in 3 s (1.7 pairs/s).");
    assertThat(viewModel.progressProperty().get()).isEqualTo(1.0);
    assertThat(viewModel.predictingProperty().get()).isFalse();
    for (QueueRow row : viewModel.allRows()) {
      assertThat(row.prediction()).isNotNull();
    }
    QueueRow kit = viewModel.allRows().get(5);
    assertThat(kit.prediction())
        .isEqualTo(TextScoredClassifier.predict("[E1]Imatinib[/E1] inhibits [E2]KIT[/E2]."));
    assertThat(viewModel.allRows().get(2).prediction()).as("kept, not re-scored").isEqualTo(D);
  }

  @Test
  void cancellingStopsBetweenChunksKeepsWhatWasPredictedAndPredictAllResumes() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 2);
    TickingClassifier classifier = new TickingClassifier(clock);
    classifier.onCall(2, viewModel::cancelPredictAll);
    viewModel.classifierProperty().set(classifier);

    viewModel.predictAll();

    assertThat(classifier.calls()).hasSize(2);
    assertThat(viewModel.allRows())
        .filteredOn(row -> row.prediction() != null)
        .extracting(QueueRow::index)
        .containsExactly(0, 1, 2, 3);
    assertThat(viewModel.predictingProperty().get()).isFalse();
    assertThat(viewModel.progressTextProperty().get())
        .isEqualTo("Cancelled after 4 of 6 pairs; their predictions are kept.");

    viewModel.predictAll();

    assertThat(classifier.calls()).hasSize(3);
    assertThat(classifier.calls().get(2)).hasSize(2);
    assertThat(viewModel.progressTextProperty().get()).startsWith("Predicted 2 pairs in ");
  }

  @Test
  void aModelErrorStopsTheRunAndKeepsEarlierChunks() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 4);
    TickingClassifier classifier = new TickingClassifier(clock);
    classifier.failOnCall(2, new ClassificationException("sentence 3 is too long"));
    viewModel.classifierProperty().set(classifier);

    viewModel.predictAll();

    assertThat(viewModel.allRows()).filteredOn(row -> row.prediction() != null).hasSize(4);
    assertThat(viewModel.progressTextProperty().get())
        .isEqualTo(
            "Stopped after 4 of 6 pairs:"
                + " sentence 3 is too long. The predictions made so far are kept.");
    assertThat(viewModel.predictingProperty().get()).isFalse();
  }

  @Test
  void theTableFillsChunkByChunkWhileTheRunGoesOn() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    ReviewQueueViewModel viewModel = viewModel(executor, 4);
    viewModel.classifierProperty().set(new TextScoredClassifier(false));

    viewModel.predictAll();
    assertThat(viewModel.predictingProperty().get()).isTrue();
    executor.pending().get(0).complete();

    assertThat(viewModel.allRows()).filteredOn(row -> row.prediction() != null).hasSize(4);
    assertThat(viewModel.progressProperty().get()).isCloseTo(4 / 6.0, within(1e-9));
    assertThat(executor.pending()).hasSize(1);
    assertThat(viewModel.summaryProperty().get()).isEqualTo("Showing 6 of 6 pairs · 4 predicted");

    viewModel.cancelPredictAll();
    assertThat(executor.pending().get(0).isCancelled())
        .as("the chunk in flight finishes")
        .isFalse();
    assertThat(viewModel.progressTextProperty().get()).startsWith("Cancelling");
    executor.pending().get(0).complete();

    assertThat(viewModel.allRows()).filteredOn(row -> row.prediction() != null).hasSize(6);
    assertThat(viewModel.predictingProperty().get()).isFalse();
    assertThat(executor.pending()).isEmpty();
  }

  @Test
  void anotherModelDropsThePredictionsAndAbandonsTheRun() {
    StepwiseTaskExecutor executor = new StepwiseTaskExecutor();
    ReviewQueueViewModel viewModel = viewModel(executor, 4);
    viewModel.classifierProperty().set(new TextScoredClassifier(false));
    viewModel.recordPrediction("doc2|T1|T2", D);
    viewModel.predictAll();

    viewModel.classifierProperty().set(new TextScoredClassifier(true));
    assertThat(executor.pending().get(0).isCancelled()).isTrue();
    executor.pending().get(0).complete();

    assertThat(viewModel.allRows()).allSatisfy(row -> assertThat(row.prediction()).isNull());
    assertThat(viewModel.predictingProperty().get()).isFalse();
  }

  @Test
  void withoutAModelPredictAllDoesNothingAndTheLabelFilterOffersOnlyAnyAndNotPredicted() {
    ReviewQueueViewModel viewModel = viewModel(new SynchronousTaskExecutor(), 4);

    viewModel.predictAll();

    assertThat(viewModel.predictingProperty().get()).isFalse();
    assertThat(viewModel.filters().labelChoices())
        .extracting(Choice::text)
        .containsExactly("Any predicted label", "Not predicted yet");
    viewModel.classifierProperty().set(new TextScoredClassifier(false));
    assertThat(viewModel.filters().labelChoices()).hasSize(18);
  }

  /** Scores like its parent and advances the test clock by one second per call. */
  private static final class TickingClassifier extends TextScoredClassifier {
    private final AtomicLong clock;
    private int calls;
    private int actionCall;
    private Runnable action;
    private int failCall;
    private ClassificationException failure;

    TickingClassifier(AtomicLong clock) {
      super(false);
      this.clock = clock;
    }

    void onCall(int call, Runnable runnable) {
      actionCall = call;
      action = runnable;
    }

    void failOnCall(int call, ClassificationException exception) {
      failCall = call;
      failure = exception;
    }

    @Override
    public List<Prediction> classify(List<String> sentences, TaskMonitor monitor)
        throws ClassificationException {
      calls++;
      clock.addAndGet(1_000_000_000L);
      if (calls == actionCall) {
        action.run();
      }
      if (calls == failCall) {
        throw failure;
      }
      return super.classify(sentences, monitor);
    }
  }
}
