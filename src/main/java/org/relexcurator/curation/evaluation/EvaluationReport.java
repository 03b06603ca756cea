package org.relexcurator.curation.evaluation;

import java.util.List;
import java.util.Optional;
import org.relexcurator.model.Problem;

/**
 * Everything {@code relex evaluate} and the report view show.
 *
 * @param source the evaluated file
 * @param goldWithoutPrediction reviewed pairs the model never scored, left out
 * @param reviewed how many reviewed pairs stand behind each row, whatever their weights
 * @param intervals bootstrap intervals, or {@code null} when no resamples were asked for
 * @param models the models that made the file's predictions, most predictions first
 * @param testModel true when every prediction comes from a test model
 * @param notes what a reader must know before trusting the numbers, most important first
 * @param problems the lines of the file that were skipped
 * @param preAnnotation the curators' corrections of the file's mentions, when the project was
 *     given; null otherwise
 */
public record EvaluationReport(
    String source,
    EvaluationSettings settings,
    WeightingSummary weighting,
    int goldWithoutPrediction,
    ConfusionMatrix matrix,
    ClassificationReport classification,
    ReviewedCounts reviewed,
    BootstrapIntervals intervals,
    ReliabilityDiagram reliability,
    CardComparison card,
    List<ModelUse> models,
    boolean testModel,
    List<String> notes,
    List<Problem> problems,
    PreAnnotation preAnnotation) {

  public EvaluationReport {
    models = List.copyOf(models);
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
  }

  /** This report with a pre-annotation section. */
  public EvaluationReport withPreAnnotation(PreAnnotation section) {
    return new EvaluationReport(
        source,
        settings,
        weighting,
        goldWithoutPrediction,
        matrix,
        classification,
        reviewed,
        intervals,
        reliability,
        card,
        models,
        testModel,
        notes,
        problems,
        section);
  }

  public Optional<PreAnnotation> preAnnotationSection() {
    return Optional.ofNullable(preAnnotation);
  }

  public Optional<BootstrapIntervals> bootstrap() {
    return Optional.ofNullable(intervals);
  }

  /**
   * The intervals of a report row (a label, {@code macro avg} or {@code weighted avg}), or empty
   * when the bootstrap was switched off or the row has too few reviewed pairs to estimate.
   */
  public Optional<MetricIntervals> intervals(String row) {
    return reviewed.tooFewToEstimate(row) ? Optional.empty() : bootstrap().map(b -> b.row(row));
  }

  /** The accuracy's interval, or empty as for {@link #intervals(String)}. */
  public Optional<ConfidenceInterval> accuracyInterval() {
    return reviewed.total() < ReviewedCounts.MINIMUM_PER_LABEL
        ? Optional.empty()
        : bootstrap().map(BootstrapIntervals::accuracy);
  }

  /** True when every reviewed pair weighs 1, so supports are whole counts. */
  public boolean plainCounts() {
    return weighting.weighting() == Weighting.NONE || !weighting.isSample();
  }
}
