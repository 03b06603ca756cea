package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Below {@link ReviewedCounts#MINIMUM_PER_LABEL} reviewed pairs a row says "too few to estimate"
 * instead of giving an interval, in every rendering; supports are counts of reviewed pairs, and
 * weighted figures sit in a column named as the estimate it is.
 */
class SmallSampleReportTest {

  private static final EvaluationSettings WEIGHTED =
      new EvaluationSettings(Weighting.POST_STRATIFIED, 200, 42);

  /**
   * Two reviewed pairs in one stratum of 201 predicted ones: each stands for 100.5 pairs, the
   * figure that issue 13 saw shown as a "support".
   */
  private static EvaluationReport twoReviewedOf201() {
    return Evaluation.of(
        new Pairs()
            .add(1, "causes", "causes", 0.9)
            .add(1, "none", "causes", 0.9)
            .add(199, null, "causes", 0.9)
            .file(),
        WEIGHTED);
  }

  /** The minimum of {@code causes} pairs, and one fewer of {@code none}. */
  private static EvaluationReport atTheMinimum() {
    int minimum = ReviewedCounts.MINIMUM_PER_LABEL;
    return Evaluation.of(
        new Pairs()
            .add(minimum - 2, "causes", "causes", 0.9)
            .add(2, "causes", "none", 0.7)
            .add(minimum - 2, "none", "none", 0.9)
            .add(1, "none", "causes", 0.3)
            .file(),
        WEIGHTED);
  }

  @Test
  void rowsCountTheirReviewedPairsWhateverTheWeights() {
    EvaluationReport report = twoReviewedOf201();

    assertThat(report.reviewed().of("causes")).isEqualTo(1);
    assertThat(report.reviewed().of("none")).isEqualTo(1);
    assertThat(report.reviewed().of(ClassificationReport.MACRO)).isEqualTo(2);
    assertThat(report.classification().label("causes").orElseThrow().support()).isEqualTo(100.5);
  }

  @Test
  void aLabelAtTheMinimumGetsItsIntervalAndOneBelowDoesNot() {
    EvaluationReport report = atTheMinimum();

    assertThat(report.intervals("causes")).isPresent();
    assertThat(report.intervals("none")).isEmpty();
    assertThat(report.bootstrap().orElseThrow().row("none")).as("still computed").isNotNull();
    assertThat(ReportText.interval(report, "none", MetricIntervals::f1))
        .isEqualTo("too few to estimate (9 reviewed)");
    assertThat(report.accuracyInterval()).isPresent();
  }

  @Test
  void markdownSaysTooFewToEstimateAndLabelsWeightedSupportsAsEstimates() {
    String markdown = MarkdownReport.render(twoReviewedOf201());

    assertThat(markdown)
        .contains(
            "| label | precision | recall | F1 | support | estimated support (weighted) |"
                + " precision 95% CI | recall 95% CI | F1 95% CI |")
        .contains(
            "| causes | 0.500 | 1.000 | 0.667 | 1 | 100.5 | too few to estimate (1 reviewed) |  |  |")
        .contains(
            "| macro avg | 0.250 | 0.500 | 0.333 | 2 | 201.0 | too few to estimate (2 reviewed) |")
        .contains("Accuracy 0.500; interval: too few to estimate (2 reviewed).")
        .contains("| causes | 0.500 | 0.667 | −0.167 |")
        .contains("estimated support (weighted) |\n")
        .contains("cells are estimated counts over all predicted pairs (weighted)")
        .doesNotContain("(95% CI");
    assertThat(markdown.lines().filter(line -> line.matches(".*\\d\\.\\d{3}–\\d\\.\\d{3}.*")))
        .as("no interval anywhere")
        .isEmpty();
  }

  @Test
  void aSmallSampleIsWarnedOfAboveTheNumbersAndLabelsBelowTheMinimumAreNamed() {
    List<String> notes = twoReviewedOf201().notes();

    assertThat(notes.get(0))
        .startsWith("Small sample: 2 reviewed pairs for 2 labels, where a label needs at least 10");
    assertThat(notes)
        .contains(
            "2 of 2 labels have fewer than 10 reviewed pairs (causes 1, none 1): their rows say"
                + " \"too few to estimate\" instead of giving an interval.");
    assertThat(atTheMinimum().notes())
        .as("19 pairs for 2 labels is still small; only none is below the minimum")
        .anySatisfy(note -> assertThat(note).startsWith("Small sample: 19 reviewed pairs"))
        .anySatisfy(note -> assertThat(note).startsWith("1 of 2 labels").contains("(none 9)"));
  }

  @Test
  void aSampleWithEnoughPairsForEveryLabelCarriesNoSmallSampleWarning() {
    EvaluationReport report =
        Evaluation.of(
            new Pairs().add(12, "causes", "causes", 0.9).add(10, "none", "none", 0.9).file(),
            WEIGHTED);

    assertThat(report.notes())
        .noneSatisfy(note -> assertThat(note).startsWith("Small sample"))
        .noneSatisfy(note -> assertThat(note).contains("too few to estimate"));
    assertThat(MarkdownReport.render(report))
        .contains("| causes | 1.000 | 1.000 | 1.000 | 12 | 1.000–1.000 | 1.000–1.000 |")
        .doesNotContain("estimated support");
  }

  @Test
  void csvGivesCountsAsSupportTheWeightedFigureApartAndNoIntervalBelowTheMinimum() {
    String csv = CsvReport.render(twoReviewedOf201());

    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("label,precision,recall,f1,support,estimated_support,precision_ci_low,");
    assertThat(csv)
        .contains("\ncauses,0.5,1,0.6666666666666666,1,100.5,,,,,,,")
        .contains("\naccuracy,,,0.5,2,201,,,,,,,");
  }

  @Test
  void htmlSpansTheThreeIntervalColumnsWithOneTooFewCell() {
    String html = HtmlReport.render(twoReviewedOf201());

    assertThat(html)
        .contains("<th scope=\"col\">estimated support (weighted)</th>")
        .contains(
            "<td class=\"n\">1</td><td class=\"n\">100.5</td>"
                + "<td colspan=\"3\">too few to estimate (1 reviewed)</td></tr>");
  }
}
