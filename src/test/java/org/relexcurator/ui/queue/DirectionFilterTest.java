package org.relexcurator.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relexcurator.ui.ChosenLabelClassifier.withTopLabel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.ui.TestPairs;
import org.relexcurator.ui.TextScoredClassifier;

/**
 * The queue's direction filter on the six pairs of {@link TestPairs#corpus()}: rows 0 (doc1 T1→T2)
 * and 4 (T2→T1) are each other's reverse, and so are rows 2 (T2→T3) and 3 (T3→T2); rows 1 (T1→T3)
 * and 5 (doc2 T1→T2) have no reverse row.
 */
class DirectionFilterTest {

  private final ReviewQueueViewModel viewModel =
      new ReviewQueueViewModel(
          new SynchronousTaskExecutor(),
          CorpusPreparation.standard(MarkerMode.EXACT),
          EntityTypeMapping.bundled());

  DirectionFilterTest() {
    viewModel.load(TestPairs.corpus());
  }

  private String key(int row) {
    return viewModel.allRows().get(row).key();
  }

  private List<Integer> visible() {
    return viewModel.visibleRows().stream().map(QueueRow::index).toList();
  }

  private void show(DirectionStatus directions) {
    viewModel.filters().directionsFilterProperty().set(Choice.of(directions));
  }

  @Test
  void theFilterShowsPairsWhoseDirectionsDisagreeAgreeOrAreNotBothScored() {
    viewModel.recordPrediction(key(2), withTopLabel("interacts_with"));
    viewModel.recordPrediction(key(3), withTopLabel("none"));
    viewModel.recordPrediction(key(0), withTopLabel("treats"));
    viewModel.recordPrediction(key(4), withTopLabel("none"));
    viewModel.recordPrediction(key(1), withTopLabel("treats"));

    show(DirectionStatus.DISAGREE);
    assertThat(visible()).containsExactly(2, 3);
    assertThat(viewModel.allRows().get(3).directionCheckProperty().get().reason())
        .isEqualTo("the symmetric label interacts_with E2 → E1 but none E1 → E2");
    assertThat(viewModel.summaryProperty().get())
        .isEqualTo("Showing 2 of 6 pairs · 5 predicted · 4 both ways");

    show(DirectionStatus.AGREE);
    assertThat(visible()).containsExactly(0, 4);

    show(DirectionStatus.REVERSE_NOT_SCORED);
    assertThat(visible()).containsExactly(1);

    show(DirectionStatus.NOT_PREDICTED);
    assertThat(visible()).containsExactly(5);

    viewModel.filters().directionsFilterProperty().set(QueueFilters.ANY_DIRECTIONS);
    assertThat(visible()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(viewModel.summaryProperty().get()).isEqualTo("Showing 6 of 6 pairs · 5 predicted");
  }

  @Test
  void aPairThatBecomesContradictoryJoinsTheFilteredRowsAsItsReverseIsScored() {
    show(DirectionStatus.DISAGREE);
    viewModel.recordPrediction(key(2), withTopLabel("inhibits"));
    assertThat(visible()).isEmpty();

    viewModel.recordPrediction(key(3), withTopLabel("inhibits"));

    assertThat(visible()).containsExactly(2, 3);
    assertThat(viewModel.allRows().get(2).directionCheckProperty().get().reason())
        .isEqualTo("the directional label inhibits both ways");
  }

  @Test
  void thePanelsReverseScoreIsKeptForAPairWithoutAReverseRowAndNeitherShownNorSaved() {
    Map<String, Prediction> saved = new HashMap<>();
    viewModel.onPredicted((model, made) -> saved.putAll(made));
    show(DirectionStatus.DISAGREE);
    viewModel.recordPrediction(key(1), withTopLabel("treats"));

    viewModel.recordReversePrediction(key(1), withTopLabel("treats"));

    assertThat(visible()).containsExactly(1);
    assertThat(viewModel.allRows()).filteredOn(row -> row.prediction() != null).hasSize(1);
    assertThat(saved).containsOnlyKeys(key(1));
  }

  @Test
  void thePanelsReverseScoreBecomesThePredictionOfTheReverseRowAndIsSaved() {
    Map<String, Prediction> saved = new HashMap<>();
    viewModel.onPredicted((model, made) -> saved.putAll(made));
    viewModel.recordPrediction(key(0), withTopLabel("treats"));

    viewModel.recordReversePrediction(key(0), withTopLabel("interacts_with"));

    QueueRow reverse = viewModel.allRows().get(4);
    assertThat(reverse.predictedLabelProperty().get()).isEqualTo("interacts_with");
    assertThat(reverse.directionsProperty().get()).isEqualTo(DirectionStatus.DISAGREE);
    assertThat(viewModel.allRows().get(0).directionsProperty().get())
        .isEqualTo(DirectionStatus.DISAGREE);
    assertThat(saved).containsOnlyKeys(key(0), key(4));
  }

  @Test
  void predictAllChecksThePairsWhoseReverseIsARowAndLeavesTheOthersReverseNotScored() {
    viewModel.classifierProperty().set(new TextScoredClassifier(false));

    viewModel.predictAll();

    assertThat(viewModel.allRows()).allSatisfy(row -> assertThat(row.prediction()).isNotNull());
    show(DirectionStatus.REVERSE_NOT_SCORED);
    assertThat(visible()).containsExactly(1, 5);
  }

  @Test
  void anotherModelForgetsBothDirections() {
    viewModel.recordPrediction(key(1), withTopLabel("binds_to"));
    viewModel.recordReversePrediction(key(1), withTopLabel("none"));
    viewModel.recordPrediction(key(2), withTopLabel("binds_to"));
    viewModel.recordPrediction(key(3), withTopLabel("none"));

    viewModel.classifierProperty().set(new TextScoredClassifier(false));

    assertThat(viewModel.allRows())
        .allSatisfy(
            row -> {
              assertThat(row.directionsProperty().get()).isEqualTo(DirectionStatus.NOT_PREDICTED);
              assertThat(row.reversePrediction()).isNull();
            });
  }
}
