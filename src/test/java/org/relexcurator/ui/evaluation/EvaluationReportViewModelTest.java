package org.relexcurator.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.evaluation.EvaluationSettings;
import org.relexcurator.curation.evaluation.Weighting;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.task.SynchronousTaskExecutor;

class EvaluationReportViewModelTest {

  @TempDir Path temp;

  private final EvaluationReportViewModel viewModel =
      new EvaluationReportViewModel(
          new SynchronousTaskExecutor(),
          new EvaluationSettings(Weighting.POST_STRATIFIED, 100, 42));

  static Path handChecked() throws URISyntaxException {
    return Path.of(
        EvaluationReportViewModelTest.class
            .getResource("/org/relexcurator/curation/evaluation/hand-checked-gold.jsonl")
            .toURI());
  }

  @Test
  void openingAnExportShowsRowsBesideTheCardTheMatrixAndEce() throws Exception {
    viewModel.open(handChecked());

    assertThat(viewModel.stateProperty().get()).isEqualTo(ReportState.REPORT);
    assertThat(viewModel.rows())
        .extracting(MetricRow::label)
        .containsExactly("causes", "none", "treats", "macro avg", "weighted avg");
    MetricRow causes = viewModel.rows().get(0);
    assertThat(causes.precision()).isEqualTo("0.800");
    assertThat(causes.support()).isEqualTo("7");
    assertThat(causes.cardPrecision()).isEqualTo("0.667");
    assertThat(causes.f1Difference()).isEqualTo("+0.052");
    assertThat(causes.average()).isFalse();
    assertThat(viewModel.rows().get(3).average()).isTrue();
    assertThat(viewModel.eceProperty().get()).isEqualTo("ECE 0.240");
    assertThat(viewModel.confusionProperty().get().cell(1, 1).count()).isEqualTo("6");
    assertThat(viewModel.confusionProperty().get().cell(1, 1).share()).isEqualTo(0.75);
    assertThat(viewModel.confusionProperty().get().cell(1, 1).agreement()).isTrue();
    assertThat(viewModel.bins()).hasSize(10);
    assertThat(viewModel.testModelProperty().get()).isFalse();
  }

  @Test
  void switchingWeightingScoresTheSamePairsAgain() throws Exception {
    Path sample = temp.resolve("sample.jsonl");
    Files.writeString(
        sample,
        Files.readString(handChecked())
            + "{\"label\":null,\"prediction\":{\"label\":\"none\",\"score\":0.93}}\n",
        StandardCharsets.UTF_8);
    viewModel.open(sample);
    String weighted = viewModel.rows().get(1).support();

    viewModel.toggleWeighting();

    assertThat(viewModel.weightingProperty().get()).isEqualTo(Weighting.NONE);
    // The unreviewed pair joins stratum "none | 0.8–1.0" with the six reviewed none → none
    // pairs, which then weigh 7/6 each: gold none's support becomes 7 + 1 + 1.
    assertThat(weighted).isEqualTo("9.0");
    assertThat(viewModel.rows().get(1).support()).isEqualTo("8");
    assertThat(viewModel.summaryProperty().get()).endsWith("weighting: none");
    assertThat(viewModel.notes()).anySatisfy(note -> assertThat(note).startsWith("Plain counts"));
  }

  @Test
  void aFileWithNothingToEvaluateFailsWithTheReason() throws Exception {
    Path nothing = temp.resolve("nothing.jsonl");
    Files.writeString(nothing, "{\"label\":null,\"prediction\":null}\n");

    viewModel.open(nothing);

    assertThat(viewModel.stateProperty().get()).isEqualTo(ReportState.FAILED);
    assertThat(viewModel.errorProperty().get()).contains("nothing to evaluate");
  }

  @Test
  void aTestModelsReportRaisesTheWarning() throws Exception {
    Path testModel = temp.resolve("test-model.jsonl");
    Files.writeString(
        testModel,
        Files.readString(handChecked()).replace("\"test_model\":false", "\"test_model\":true"),
        StandardCharsets.UTF_8);

    viewModel.open(testModel);

    assertThat(viewModel.testModelProperty().get()).isTrue();
    assertThat(viewModel.testModelWarning()).isEqualTo(ModelDescription.TEST_MODEL_WARNING);
    assertThat(viewModel.notes()).doesNotContain(ModelDescription.TEST_MODEL_WARNING);
  }
}
