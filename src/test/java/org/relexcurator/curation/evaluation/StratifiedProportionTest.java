package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.sampling.ScoreBands;
import org.relexcurator.curation.sampling.Stratum;

class StratifiedProportionTest {

  @Test
  void eachStratumsShareCountsByTheStratumsSizeAndItsVarianceHasTheFinitePopulationFactor() {
    // 5 of 10 right in a stratum of 100, 9 of 10 in one of 900.
    StratifiedProportion share = new StratifiedProportion().add(100, 10, 5).add(900, 10, 9);

    assertThat(share.total()).isCloseTo(860, within(1e-9));
    assertThat(share.share()).isCloseTo(0.86, within(1e-12));
    // 100² · 0.9 · (0.25 · 10/9) / 10 + 900² · (1 − 10/900) · (0.09 · 10/9) / 10
    assertThat(share.totalVariance()).isCloseTo(250 + 8010, within(1e-6));
    // Wilson with the effective size 0.86 · 0.14 / 0.00826 = 14.58 pairs
    ConfidenceInterval interval = share.shareInterval();
    assertThat(interval.lower()).isCloseTo(0.6095557252, within(1e-9));
    assertThat(interval.upper()).isCloseTo(0.9602710260, within(1e-9));
  }

  @Test
  void whenEveryReviewedPairIsRightTheIntervalStillReachesBelowOne() {
    StratifiedProportion share = new StratifiedProportion().add(5_000, 20, 20);

    assertThat(share.share()).isEqualTo(1.0);
    assertThat(share.shareInterval().upper()).isEqualTo(1.0);
    // Wilson's lower end for 20 of 20: n / (n + z²)
    assertThat(share.shareInterval().lower()).isCloseTo(0.8388748419, within(1e-9));
  }

  @Test
  void aStratumWithoutReviewedPairsIsNotCoveredAndAddsNothing() {
    StratifiedProportion share = new StratifiedProportion().add(100, 4, 2).add(900, 0, 0);

    assertThat(share.covered()).isEqualTo(100);
    assertThat(share.share()).isEqualTo(0.5);
  }

  @Test
  void populationEstimatesNameTheThinStrataAndThePairsNoEstimateSpeaksFor() {
    Stratum sure = new Stratum("Bind", 3);
    Stratum unsure = new Stratum("Bind", 0);
    Stratum unseen = new Stratum("Association", 2);

    PopulationEstimates estimates =
        PopulationEstimation.estimate(
            ScoreBands.STANDARD,
            Map.of(sure, 1_000L, unsure, 3L, unseen, 50L),
            Map.of(
                sure,
                List.of("Bind", "Bind", "Bind", "None", "Bind"),
                unsure,
                List.of("None", "Bind", "Association")),
            4);

    assertThat(estimates.uncovered()).isEqualTo(50);
    // The unsure stratum is reviewed whole, so it is not thin although it has 3 < 4.
    assertThat(estimates.thin()).containsExactly(new ThinStratum(unseen, 50, 0));
    LabelPrecision bind =
        estimates.precision().stream().filter(p -> p.label().equals("Bind")).findFirst().get();
    assertThat(bind.predicted()).isEqualTo(1_003);
    assertThat(bind.precision()).isCloseTo((1_000 * 0.8 + 1) / 1_003, within(1e-12));
    assertThat(bind.unweighted()).isCloseTo(5 / 8.0, within(1e-12));
    TrueRelations association =
        estimates.trueRelations().stream()
            .filter(t -> t.label().equals("Association"))
            .findFirst()
            .get();
    assertThat(association.reviewed()).isEqualTo(1);
    assertThat(association.estimate()).isCloseTo(1.0, within(1e-12));
  }
}
