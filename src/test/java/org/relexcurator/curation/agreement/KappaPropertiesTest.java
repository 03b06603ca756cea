package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Kappa from the cross table, in whole-number counts, checked against independent formulas on
 * random label lists: the textbook (p_o − p_e) / (1 − p_e) in floating point straight from the
 * lists, and the closed form for two-by-two tables, 2(ad − bc) / ((a + b)(b + d) + (a + c)(c + d)).
 */
class KappaPropertiesTest {

  private static final List<String> LABELS = List.of("causes", "inhibits", "none", "treats");

  record Ratings(List<String> first, List<String> second) {}

  @Provide
  Arbitrary<Ratings> ratings() {
    Arbitrary<String> label = Arbitraries.of(LABELS);
    return Arbitraries.integers()
        .between(0, 60)
        .flatMap(
            size ->
                label
                    .list()
                    .ofSize(size)
                    .flatMap(
                        first ->
                            label.list().ofSize(size).map(second -> new Ratings(first, second))));
  }

  private static double textbookKappa(List<String> first, List<String> second) {
    int n = first.size();
    double observed = 0;
    for (int i = 0; i < n; i++) {
      observed += first.get(i).equals(second.get(i)) ? 1.0 / n : 0;
    }
    Map<String, Double> firstShare = new HashMap<>();
    Map<String, Double> secondShare = new HashMap<>();
    first.forEach(label -> firstShare.merge(label, 1.0 / n, Double::sum));
    second.forEach(label -> secondShare.merge(label, 1.0 / n, Double::sum));
    double expected = 0;
    for (String label : LABELS) {
      expected += firstShare.getOrDefault(label, 0.0) * secondShare.getOrDefault(label, 0.0);
    }
    return (observed - expected) / (1 - expected);
  }

  @Property(tries = 500)
  void overallKappaMatchesTheTextbookFormula(@ForAll("ratings") Ratings ratings) {
    Kappa kappa = LabelCrossTable.of(ratings.first(), ratings.second()).kappa();
    boolean oneLabelForAll =
        !ratings.first().isEmpty()
            && ratings.first().stream().distinct().count() == 1
            && ratings.first().equals(ratings.second());

    if (ratings.first().isEmpty() || oneLabelForAll) {
      assertThat(kappa.isDefined()).isFalse();
    } else {
      assertThat(kappa.value())
          .isCloseTo(textbookKappa(ratings.first(), ratings.second()), within(1e-9));
    }
  }

  @Property(tries = 500)
  void perLabelKappaMatchesTheClosedFormOfATwoByTwoTable(@ForAll("ratings") Ratings ratings) {
    LabelCrossTable table = LabelCrossTable.of(ratings.first(), ratings.second());

    for (LabelAgreement agreement : table.perLabel()) {
      long a = 0;
      long b = 0;
      long c = 0;
      long d = 0;
      for (int i = 0; i < ratings.first().size(); i++) {
        boolean x = ratings.first().get(i).equals(agreement.label());
        boolean y = ratings.second().get(i).equals(agreement.label());
        if (x && y) {
          a++;
        } else if (x) {
          b++;
        } else if (y) {
          c++;
        } else {
          d++;
        }
      }
      assertThat(
              List.of(
                  agreement.both(),
                  agreement.firstOnly(),
                  agreement.secondOnly(),
                  agreement.neither()))
          .containsExactly((int) a, (int) b, (int) c, (int) d);
      long denominator = (a + b) * (b + d) + (a + c) * (c + d);
      if (denominator == 0) {
        assertThat(agreement.kappa().isDefined()).isFalse();
      } else {
        assertThat(agreement.kappa().value())
            .isCloseTo(2.0 * (a * d - b * c) / denominator, within(1e-12));
      }
    }
  }

  @Property(tries = 300)
  void swappingTheCuratorsChangesNoKappa(@ForAll("ratings") Ratings ratings) {
    LabelCrossTable forward = LabelCrossTable.of(ratings.first(), ratings.second());
    LabelCrossTable backward = LabelCrossTable.of(ratings.second(), ratings.first());

    assertThat(backward.kappa()).isEqualTo(forward.kappa());
    List<Kappa> forwardPerLabel = new ArrayList<>();
    forward.perLabel().forEach(label -> forwardPerLabel.add(label.kappa()));
    assertThat(backward.perLabel())
        .extracting(LabelAgreement::kappa)
        .containsExactlyElementsOf(forwardPerLabel);
  }

  @Property(tries = 300)
  void kappaIsAtMostOneAndOneOnlyForFullAgreement(@ForAll("ratings") Ratings ratings) {
    Kappa kappa = LabelCrossTable.of(ratings.first(), ratings.second()).kappa();

    if (kappa.isDefined()) {
      assertThat(kappa.value()).isLessThanOrEqualTo(1.0 + 1e-12);
      assertThat(kappa.value() == 1.0).isEqualTo(ratings.first().equals(ratings.second()));
    }
  }
}
