package org.relexcurator.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.ui.TestPairs;
import org.relexcurator.ui.TextScoredClassifier;

/**
 * Where the queue goes after a decision: on in the same document, in the queue's order and through
 * its filters, and only then to the next document of the corpus; and where it goes when the curator
 * chooses a document.
 */
class NextUndecidedPairTest {

  private static final List<String> LABELS = TextScoredClassifier.LABELS;

  private static final String THIRD_TEXT = "Metformin lowers glucose in diabetes.";

  /** Third in the corpus; its one pair is Chemical → Disease, as doc1's first two are. */
  private static final Document THIRD_DOCUMENT =
      TestPairs.document(
          "doc3",
          THIRD_TEXT,
          TestPairs.mention(THIRD_TEXT, "T1", "ChemicalEntity", 0, 9),
          TestPairs.mention(THIRD_TEXT, "T2", "DiseaseOrPhenotypicFeature", 28, 36));

  private final ReviewQueueViewModel queue =
      new ReviewQueueViewModel(
          new SynchronousTaskExecutor(),
          CorpusPreparation.standard(MarkerMode.EXACT),
          EntityTypeMapping.bundled());

  /**
   * Rows 0-4 are doc1's (T1→T2, T1→T3, T2→T3, T3→T2, T2→T1), row 5 is doc3's and row 6 doc2's: the
   * corpus lists the documents as doc1, doc2, doc3, but doc3's pair comes first in the pairs.
   */
  private List<QueueRow> load() {
    PreparedCorpus corpus = TestPairs.corpus();
    List<CandidatePair> pairs = new ArrayList<>(corpus.pairs().subList(0, 5));
    pairs.add(TestPairs.pair(THIRD_DOCUMENT, "T1", "T2"));
    pairs.add(corpus.pairs().get(5));
    queue.load(
        new PreparedCorpus(
            "test",
            "hand-made",
            List.of(TestPairs.DOCUMENT, TestPairs.OTHER_DOCUMENT, THIRD_DOCUMENT),
            pairs,
            List.of()));
    return queue.allRows();
  }

  /** A prediction whose top label has this score, so that a margin order can be set by hand. */
  private static Prediction topScore(double score) {
    double[] logits = new double[LABELS.size()];
    Arrays.fill(logits, Math.log((1 - score) / (LABELS.size() - 1)));
    logits[0] = Math.log(score);
    return new Prediction(LABELS, logits);
  }

  private void decide(QueueRow row) {
    queue.setDecision(row.key(), "none", ReviewStatus.DECIDED);
  }

  private String current() {
    QueueRow row = queue.currentRowProperty().get();
    return row == null ? null : row.key();
  }

  @Test
  void theNextPairIsTheSameDocumentsNextUndecidedOneInTheQueuesOrderNotTheNextRow() {
    List<QueueRow> rows = load();
    // Smallest margin first: row 0, then doc2's pair, then row 2, then row 1; the rest follow.
    queue.recordPrediction(rows.get(0).key(), topScore(.30));
    queue.recordPrediction(rows.get(6).key(), topScore(.50));
    queue.recordPrediction(rows.get(2).key(), topScore(.70));
    queue.recordPrediction(rows.get(1).key(), topScore(.90));
    queue.sorting().sortBy(QueueOrder.SMALLEST_MARGIN);
    assertThat(queue.visibleRows().subList(0, 4))
        .containsExactly(rows.get(0), rows.get(6), rows.get(2), rows.get(1));
    queue.select(rows.get(0));

    decide(rows.get(0));
    assertThat(queue.nextUndecided(rows.get(0).pair())).isTrue();

    assertThat(current()).isEqualTo(rows.get(2).key());
  }

  @Test
  void theSameDocumentsUndecidedPairsAboveTheDecidedOneComeBeforeAnotherDocument() {
    List<QueueRow> rows = load();
    decide(rows.get(0));
    decide(rows.get(2));
    queue.select(rows.get(4));

    decide(rows.get(4));
    queue.nextUndecided(rows.get(4).pair());

    assertThat(current()).isEqualTo(rows.get(1).key());
  }

  @Test
  void aPairPickedInTheTextGoesOnFromItsOwnPlaceNotFromTheQueuesCurrentRow() {
    List<QueueRow> rows = load();
    queue.select(rows.get(6));

    queue.nextUndecided(rows.get(2).pair());

    assertThat(current()).isEqualTo(rows.get(3).key());
  }

  @Test
  void theDecidedPairIsPassedOverEvenBeforeItsDecisionReachesItsRow() {
    List<QueueRow> rows = load();
    decide(rows.get(1));
    decide(rows.get(2));
    decide(rows.get(3));
    decide(rows.get(4));
    queue.select(rows.get(0));

    queue.nextUndecided(rows.get(0).pair());

    assertThat(current()).isEqualTo(rows.get(6).key());
  }

  @Test
  void aDocumentDoneGoesToTheNextDocumentOfTheCorpusNotTheNextInThePairs() {
    List<QueueRow> rows = load();
    rows.subList(0, 4).forEach(this::decide);
    queue.select(rows.get(4));

    decide(rows.get(4));
    queue.nextUndecided(rows.get(4).pair());

    assertThat(current()).isEqualTo(rows.get(6).key()).startsWith("doc2|");
  }

  @Test
  void afterTheCorpusLastDocumentTheFirstWithAnUndecidedPairComesNext() {
    List<QueueRow> rows = load();
    rows.subList(0, 4).forEach(this::decide);
    decide(rows.get(6));
    queue.select(rows.get(5));

    decide(rows.get(5));
    queue.nextUndecided(rows.get(5).pair());

    assertThat(current()).isEqualTo(rows.get(4).key());
  }

  @Test
  void pairsTheFiltersHideAreNeverChosen() {
    List<QueueRow> rows = load();
    queue.filters().typePairFilterProperty().set(Choice.of("Chemical → Disease"));
    assertThat(queue.visibleRows()).containsExactly(rows.get(0), rows.get(1), rows.get(5));
    queue.select(rows.get(1));

    decide(rows.get(1));
    queue.nextUndecided(rows.get(1).pair());
    assertThat(current()).isEqualTo(rows.get(0).key());

    decide(rows.get(0));
    queue.nextUndecided(rows.get(0).pair());
    // doc1's other pairs and doc2's are hidden: doc3 is the next document with a visible one.
    assertThat(current()).isEqualTo(rows.get(5).key());
  }

  @Test
  void whenADecisionHidesThePairTheSameDocumentsFollowingPairComesNext() {
    List<QueueRow> rows = load();
    queue.filters().statusFilterProperty().set(Choice.of(ReviewStatus.UNREVIEWED));
    queue.select(rows.get(2));

    decide(rows.get(2));
    assertThat(queue.visibleRows()).doesNotContain(rows.get(2));
    queue.nextUndecided(rows.get(2).pair());

    assertThat(current()).isEqualTo(rows.get(3).key());
  }

  @Test
  void withNothingLeftToDecideTheDecidedPairStaysCurrent() {
    List<QueueRow> rows = load();
    rows.forEach(this::decide);
    queue.select(rows.get(3));

    assertThat(queue.nextUndecided(rows.get(3).pair())).isFalse();

    assertThat(current()).isEqualTo(rows.get(3).key());
  }

  @Test
  void choosingADocumentSelectsItsFirstUndecidedPairInTheQueuesOrder() {
    List<QueueRow> rows = load();
    decide(rows.get(0));
    queue.recordPrediction(rows.get(3).key(), topScore(.30));
    queue.sorting().sortBy(QueueOrder.SMALLEST_MARGIN);
    queue.select(rows.get(6));

    assertThat(queue.selectFirstOf("doc1")).isTrue();

    assertThat(current()).isEqualTo(rows.get(3).key());
  }

  @Test
  void choosingADocumentWhosePairsAreAllDecidedSelectsItsFirstPair() {
    List<QueueRow> rows = load();
    decide(rows.get(5));

    assertThat(queue.selectFirstOf("doc3")).isTrue();

    assertThat(current()).isEqualTo(rows.get(5).key());
  }

  @Test
  void choosingADocumentWithNoVisiblePairLeavesTheCurrentRow() {
    List<QueueRow> rows = load();
    queue.filters().typePairFilterProperty().set(Choice.of("Chemical → Disease"));
    queue.select(rows.get(0));

    assertThat(queue.selectFirstOf("doc2")).isFalse();

    assertThat(current()).isEqualTo(rows.get(0).key());
  }
}
