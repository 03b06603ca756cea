package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores a model's stored predictions against curated gold labels. */
public final class Evaluation {

  private Evaluation() {}

  /**
   * The report of a curated-pairs export.
   *
   * @throws IllegalArgumentException when no pair has both a gold label and a prediction
   */
  public static EvaluationReport of(CuratedPairs input, EvaluationSettings settings) {
    return of(input, settings, ModelCardTable.bundled());
  }

  static EvaluationReport of(
      CuratedPairs input, EvaluationSettings settings, ModelCardTable cardTable) {
    WeightedSample sample = SampleWeighting.weigh(input.pairs(), settings.weighting());
    if (sample.pairs().isEmpty()) {
      throw new IllegalArgumentException(
          input.source()
              + ": no pair has both a gold label and a prediction, so there is nothing to evaluate"
              + " (export the project's curated pairs with their predictions)");
    }
    ConfusionMatrix matrix = ConfusionMatrix.of(sample.pairs(), input.modelLabels());
    ClassificationReport classification = ClassificationReport.of(matrix);
    ReviewedCounts reviewed = ReviewedCounts.of(sample.pairs());
    BootstrapIntervals intervals =
        settings.resamples() == 0
            ? null
            : new Bootstrap(settings.resamples(), settings.seed())
                .intervals(sample.pairs(), matrix.labels());
    int goldWithoutPrediction =
        (int)
            input.pairs().stream().filter(p -> p.gold() != null && p.prediction() == null).count();
    List<ModelUse> models = models(input.pairs());
    boolean testModel =
        ReportNotes.fromTestModels(models) > 0
            && ReportNotes.fromTestModels(models) == ReportNotes.predictions(models);
    List<String> notes =
        ReportNotes.of(input, sample.summary(), matrix, reviewed, models, goldWithoutPrediction);
    return new EvaluationReport(
        input.source(),
        settings,
        sample.summary(),
        goldWithoutPrediction,
        matrix,
        classification,
        reviewed,
        intervals,
        ReliabilityDiagram.of(sample.pairs()),
        CardComparison.of(classification, cardTable),
        models,
        testModel,
        notes,
        input.problems(),
        null);
  }

  private static List<ModelUse> models(List<CuratedPair> pairs) {
    Map<PredictingModel, Integer> counts = new LinkedHashMap<>();
    for (CuratedPair pair : pairs) {
      if (pair.prediction() != null && pair.prediction().model() != null) {
        counts.merge(pair.prediction().model(), 1, Integer::sum);
      }
    }
    List<ModelUse> uses = new ArrayList<>();
    counts.forEach((model, count) -> uses.add(new ModelUse(model, count)));
    uses.sort(Comparator.comparingInt(ModelUse::predictions).reversed());
    return uses;
  }
}
