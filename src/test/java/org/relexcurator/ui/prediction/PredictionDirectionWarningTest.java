package org.relexcurator.ui.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.EntityTypeMapping;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.RelationSpecs;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.ui.ChosenLabelClassifier;
import org.relexcurator.ui.TestPairs;

class PredictionDirectionWarningTest {

  private static final String FORWARD =
      "[E1]Aspirin[/E1] relieves [E2]headache[/E2] but may cause nausea.";
  private static final String REVERSE =
      "[E2]Aspirin[/E2] relieves [E1]headache[/E1] but may cause nausea.";

  private final PredictionViewModel viewModel =
      new PredictionViewModel(
          new SynchronousTaskExecutor(),
          CorpusPreparation.standard(MarkerMode.EXACT),
          RelationSpecs.bundled(),
          EntityTypeMapping.bundled());

  private void score(String forwardLabel, String reverseLabel) {
    viewModel
        .classifierProperty()
        .set(new ChosenLabelClassifier(Map.of(FORWARD, forwardLabel, REVERSE, reverseLabel)));
    viewModel.show(TestPairs.DOCUMENT, TestPairs.pair("T1", "T2"));
  }

  @Test
  void aSymmetricLabelOneWayAndAnotherTheOtherIsAWarningWithItsReason() {
    score("interacts_with", "inhibits");

    assertThat(viewModel.directionWarningProperty().get())
        .isEqualTo(
            "⚠ Directions disagree: the symmetric label interacts_with E1 → E2 but inhibits"
                + " E2 → E1.");
  }

  @Test
  void theSameDirectionalLabelBothWaysIsAWarning() {
    score("treats", "treats");

    assertThat(viewModel.directionWarningProperty().get())
        .isEqualTo("⚠ Directions disagree: the directional label treats both ways.");
  }

  @Test
  void aDirectionalLabelOneWayAndNoneTheOtherIsNoWarning() {
    score("treats", "none");

    assertThat(viewModel.stateProperty().get()).isEqualTo(PredictionState.RESULT);
    assertThat(viewModel.directionWarningProperty().get()).isEmpty();
  }

  @Test
  void theWarningGoesWithTheResultItBelongsTo() {
    score("binds_to", "none");
    assertThat(viewModel.directionWarningProperty().get()).isNotEmpty();

    viewModel.clear();

    assertThat(viewModel.directionWarningProperty().get()).isEmpty();
  }
}
