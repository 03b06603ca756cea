package org.relexcurator.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.evaluation.CuratedPairs;
import org.relexcurator.curation.evaluation.CuratedPairsReader;
import org.relexcurator.curation.evaluation.EvaluationSettings;
import org.relexcurator.curation.evaluation.ReportFormat;
import org.relexcurator.curation.evaluation.ReviewedCounts;
import org.relexcurator.curation.evaluation.Weighting;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.ui.StepwiseTaskExecutor;

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
    String weighted = viewModel.rows().get(1).estimatedSupport();

    viewModel.toggleWeighting();

    assertThat(viewModel.weightingProperty().get()).isEqualTo(Weighting.NONE);
    // The unreviewed pair joins stratum "none | 0.8–1.0" with the six reviewed none → none
    // pairs, which then weigh 7/6 each: gold none's support becomes 7 + 1 + 1.
    assertThat(weighted).isEqualTo("9.0");
    assertThat(viewModel.rows().get(1).support()).isEqualTo("8");
    assertThat(viewModel.rows().get(1).estimatedSupport()).isEqualTo("–");
    assertThat(viewModel.estimatesProperty().get()).isFalse();
    assertThat(viewModel.summaryProperty().get()).endsWith("weighting: none");
    assertThat(viewModel.notes()).anySatisfy(note -> assertThat(note).startsWith("Plain counts"));
  }

  @Test
  void rowsBelowTheMinimumSayTooFewToEstimateInsteadOfAnInterval() throws Exception {
    viewModel.evaluate(twoReviewedOf201("project.relex"));

    assertThat(viewModel.rows())
        .extracting(MetricRow::label, MetricRow::intervals)
        .containsExactly(
            tuple("causes", "too few to estimate (1 reviewed)"),
            tuple("none", "too few to estimate (1 reviewed)"),
            tuple("macro avg", "too few to estimate (2 reviewed)"),
            tuple("weighted avg", "too few to estimate (2 reviewed)"));
    assertThat(viewModel.accuracyProperty().get())
        .isEqualTo("Accuracy 0.500; interval: too few to estimate (2 reviewed).");
    assertThat(viewModel.notes().get(0)).startsWith("Small sample: 2 reviewed pairs for 2 labels");
    assertThat(viewModel.summaryProperty().get()).startsWith("project.relex · 2 reviewed of 201");
  }

  @Test
  void aLabelWithTheMinimumOfReviewedPairsShowsItsThreeIntervals() throws Exception {
    StringBuilder lines = new StringBuilder();
    lines.append(line("causes", "causes", 0.9).repeat(ReviewedCounts.MINIMUM_PER_LABEL - 1));
    lines.append(line("causes", "none", 0.6));
    lines.append(line("none", "none", 0.9).repeat(ReviewedCounts.MINIMUM_PER_LABEL - 1));
    viewModel.evaluate(read("minimum.jsonl", lines.toString()));

    assertThat(viewModel.rows().get(0).support()).isEqualTo("10");
    assertThat(viewModel.rows().get(0).intervals())
        .matches(
            "\\d\\.\\d{3}–\\d\\.\\d{3}  ·  \\d\\.\\d{3}–\\d\\.\\d{3}  ·  \\d\\.\\d{3}–\\d\\.\\d{3}");
    assertThat(viewModel.rows().get(1).intervals()).isEqualTo("too few to estimate (9 reviewed)");
    assertThat(viewModel.accuracyProperty().get()).startsWith("Accuracy 0.947 (95% CI ");
  }

  @Test
  void supportsAreCountsOfReviewedPairsAndWeightedOnesAreEstimates() throws Exception {
    viewModel.evaluate(twoReviewedOf201("project.relex"));

    MetricRow causes = viewModel.rows().get(0);
    assertThat(causes.support()).isEqualTo("1");
    assertThat(causes.estimatedSupport()).isEqualTo("100.5");
    assertThat(viewModel.estimatesProperty().get()).isTrue();
    assertThat(viewModel.rows()).extracting(MetricRow::support).containsOnly("1", "2");
  }

  @Test
  void savingWritesEachFormatThroughTheExecutorToTheChosenFile() throws Exception {
    StepwiseTaskExecutor stepwise = new StepwiseTaskExecutor();
    EvaluationReportViewModel saving =
        new EvaluationReportViewModel(
            stepwise, new EvaluationSettings(Weighting.POST_STRATIFIED, 50, 42));
    saving.evaluate(twoReviewedOf201("project.relex"));
    stepwise.pending().get(0).complete();
    Deque<ReportFile> choices = new ArrayDeque<>();
    for (ReportFormat format : ReportFormat.values()) {
      choices.add(new ReportFile(temp.resolve("saved." + format.extension()), format));
    }
    saving.setFileChoice(suggested -> Optional.ofNullable(choices.poll()));

    for (int i = 0; i < ReportFormat.values().length; i++) {
      saving.saveAs();
      assertThat(saving.savingProperty().get()).isTrue();
      stepwise.pending().get(stepwise.pending().size() - 1).complete();
      assertThat(saving.savingProperty().get()).isFalse();
    }

    assertThat(Files.readString(temp.resolve("saved.html")))
        .startsWith("<!DOCTYPE html>")
        .contains("too few to estimate (1 reviewed)");
    assertThat(Files.readString(temp.resolve("saved.md")))
        .startsWith("# Evaluation of")
        .contains("Small sample");
    assertThat(Files.readString(temp.resolve("saved.csv")))
        .startsWith("label,precision,recall,f1,support,estimated_support,");
    assertThat(saving.savedProperty().get()).isEqualTo("Saved " + temp.resolve("saved.csv"));
    try (var files = Files.list(temp)) {
      assertThat(files).as("no temporary files left").hasSize(3);
    }
  }

  @Test
  void aCancelledChoiceWritesNothingAndAFailedWriteSaysWhy() throws Exception {
    viewModel.evaluate(twoReviewedOf201("project.relex"));
    viewModel.setFileChoice(suggested -> Optional.empty());

    viewModel.saveAs();

    assertThat(viewModel.savedProperty().get()).isEmpty();
    Path notAFolder = Files.writeString(temp.resolve("file"), "x");
    viewModel.setFileChoice(
        suggested ->
            Optional.of(new ReportFile(notAFolder.resolve("report.md"), ReportFormat.MARKDOWN)));

    viewModel.saveAs();

    assertThat(viewModel.savedProperty().get())
        .startsWith("Could not save " + notAFolder.resolve("report.md") + ": ");
    assertThat(viewModel.savingProperty().get()).isFalse();
  }

  /**
   * Two reviewed pairs among 201 predicted in one stratum, each standing for 100.5 pairs: the case
   * issue 13 saw reported with intervals and a support of "100.5".
   */
  static CuratedPairs twoReviewedOf201(String source) throws IOException {
    StringBuilder lines = new StringBuilder();
    lines.append(line("causes", "causes", 0.9));
    lines.append(line("none", "causes", 0.9));
    lines.append(line(null, "causes", 0.9).repeat(199));
    return read(source, lines.toString());
  }

  private static String line(String gold, String predicted, double score) {
    String label = gold == null ? "null" : "\"" + gold + "\"";
    double rest = (1 - score) / 2;
    return String.format(
        Locale.ROOT,
        "{\"label\":%s,\"prediction\":{\"label\":\"%s\",\"score\":%s,"
            + "\"scores\":{\"causes\":%s,\"none\":%s,\"treats\":%s}}}%n",
        label,
        predicted,
        score,
        predicted.equals("causes") ? score : rest,
        predicted.equals("none") ? score : rest,
        rest);
  }

  private static CuratedPairs read(String source, String lines) throws IOException {
    return CuratedPairsReader.read(
        source, new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
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
