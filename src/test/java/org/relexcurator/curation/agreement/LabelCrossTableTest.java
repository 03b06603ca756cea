package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kappa against numbers worked out by hand. */
class LabelCrossTableTest {

  private static final double EXACT = 1e-12;

  /** Two parallel label lists holding {@code count} pairs labelled (first, second). */
  private static void add(List<String> first, List<String> second, String a, String b, int count) {
    first.addAll(Collections.nCopies(count, a));
    second.addAll(Collections.nCopies(count, b));
  }

  /**
   * The textbook example (Wikipedia, "Cohen's kappa"): 50 items, yes/yes 20, yes/no 5, no/yes 10,
   * no/no 15. p_o = 35/50 = 0.7; the first says yes 25 times, the second 30, so p_e = 0.5 · 0.6 +
   * 0.5 · 0.4 = 0.5 and kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4.
   */
  @Test
  void theTextbookTwoByTwoExampleHasKappaZeroPointFour() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    add(a, b, "yes", "yes", 20);
    add(a, b, "yes", "no", 5);
    add(a, b, "no", "yes", 10);
    add(a, b, "no", "no", 15);

    LabelCrossTable table = LabelCrossTable.of(a, b);

    assertThat(table.total()).isEqualTo(50);
    assertThat(table.agreed()).isEqualTo(35);
    assertThat(table.observedAgreement()).isCloseTo(0.7, within(EXACT));
    assertThat(table.expectedAgreement()).isCloseTo(0.5, within(EXACT));
    assertThat(table.kappa().value()).isCloseTo(0.4, within(EXACT));
    // With two labels, one-vs-rest on either is the table itself.
    assertThat(table.oneVsRest("yes").kappa().value()).isCloseTo(0.4, within(EXACT));
    assertThat(table.oneVsRest("no").kappa().value()).isCloseTo(0.4, within(EXACT));
  }

  /**
   * Three labels, 20 pairs; rows are the first curator, columns the second:
   *
   * <pre>
   *              causes  none  treats | first
   *   causes        4      1      1   |   6
   *   none          1      6      1   |   8
   *   treats        0      1      5   |   6
   *   second        5      8      7   |  20
   * </pre>
   *
   * p_o = (4 + 6 + 5) / 20 = 0.75; p_e = (6·5 + 8·8 + 6·7) / 400 = 136/400 = 0.34; kappa = 0.41 /
   * 0.66 = 41/66.
   *
   * <p>One-vs-rest, as (both, first only, second only, neither):
   *
   * <ul>
   *   <li>causes (4, 2, 1, 13): p_o = 17/20, p_e = 0.3·0.25 + 0.7·0.75 = 0.6, kappa = 0.25/0.4 =
   *       0.625
   *   <li>none (6, 2, 2, 10): p_o = 16/20, p_e = 0.4·0.4 + 0.6·0.6 = 0.52, kappa = 0.28/0.48 = 7/12
   *   <li>treats (5, 1, 2, 12): p_o = 17/20, p_e = 0.3·0.35 + 0.7·0.65 = 0.56, kappa = 0.29/0.44 =
   *       29/44
   * </ul>
   */
  @Test
  void aThreeLabelTableMatchesTheKappasWorkedOutByHand() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    add(a, b, "causes", "causes", 4);
    add(a, b, "causes", "none", 1);
    add(a, b, "causes", "treats", 1);
    add(a, b, "none", "causes", 1);
    add(a, b, "none", "none", 6);
    add(a, b, "none", "treats", 1);
    add(a, b, "treats", "none", 1);
    add(a, b, "treats", "treats", 5);

    LabelCrossTable table = LabelCrossTable.of(a, b);

    assertThat(table.labels()).containsExactly("causes", "none", "treats");
    assertThat(table.count("treats", "causes")).isZero();
    assertThat(table.byFirst("none")).isEqualTo(8);
    assertThat(table.bySecond("treats")).isEqualTo(7);
    assertThat(table.observedAgreement()).isCloseTo(0.75, within(EXACT));
    assertThat(table.expectedAgreement()).isCloseTo(0.34, within(EXACT));
    assertThat(table.kappa().value()).isCloseTo(41.0 / 66, within(EXACT));
    assertThat(table.perLabel())
        .containsExactly(
            new LabelAgreement("causes", 4, 2, 1, 13, new Kappa(0.625, null)),
            new LabelAgreement("none", 6, 2, 2, 10, table.oneVsRest("none").kappa()),
            new LabelAgreement("treats", 5, 1, 2, 12, table.oneVsRest("treats").kappa()));
    assertThat(table.oneVsRest("none").kappa().value()).isCloseTo(7.0 / 12, within(EXACT));
    assertThat(table.oneVsRest("treats").kappa().value()).isCloseTo(29.0 / 44, within(EXACT));
  }

  @Test
  void curatorsWhoAlwaysDisagreeOnABalancedTableHaveKappaMinusOne() {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    add(a, b, "treats", "none", 3);
    add(a, b, "none", "treats", 3);

    assertThat(LabelCrossTable.of(a, b).kappa().value()).isCloseTo(-1, within(EXACT));
  }

  @Test
  void kappaIsUndefinedWithAReasonWhenBothCuratorsGaveEveryPairOneLabel() {
    LabelCrossTable table =
        LabelCrossTable.of(List.of("none", "none", "none"), List.of("none", "none", "none"));

    Kappa kappa = table.kappa();

    assertThat(table.observedAgreement()).isEqualTo(1);
    assertThat(table.expectedAgreement()).isEqualTo(1);
    assertThat(kappa.isDefined()).isFalse();
    assertThat(kappa.value()).isNaN();
    assertThat(kappa.undefinedReason())
        .isEqualTo(
            "both curators gave every pair the same label"
                + " (none), so chance alone explains their agreement");
    assertThat(kappa.format()).isEqualTo("undefined");
    assertThat(table.oneVsRest("none").kappa().undefinedReason())
        .isEqualTo("both curators gave every pair none");
    assertThat(table.oneVsRest("treats").kappa().undefinedReason())
        .isEqualTo("neither curator gave any pair treats");
  }

  @Test
  void kappaIsUndefinedWithoutSharedPairs() {
    LabelCrossTable table = LabelCrossTable.of(List.of(), List.of());

    assertThat(table.kappa().undefinedReason()).isEqualTo("no pair was labelled by both curators");
    assertThat(table.observedAgreement()).isNaN();
    assertThat(table.perLabel()).isEmpty();
  }

  /**
   * One curator gives every pair the same label, the other all but one: p_e = p_o, so kappa is 0
   * (chance explains everything), a number, not undefined.
   */
  @Test
  void aCuratorWhoNeverVariesAgreesNoBetterThanChance() {
    LabelCrossTable table =
        LabelCrossTable.of(
            List.of("treats", "treats", "treats", "treats"),
            List.of("treats", "treats", "treats", "causes"));

    assertThat(table.kappa().value()).isCloseTo(0, within(EXACT));
    assertThat(table.oneVsRest("causes").kappa().value()).isCloseTo(0, within(EXACT));
    assertThat(table.kappa().format()).isEqualTo("0.000");
  }

  @Test
  void identicalVariedLabelsHaveKappaOne() {
    List<String> labels = List.of("treats", "none", "causes", "none");

    assertThat(LabelCrossTable.of(labels, labels).kappa()).isEqualTo(new Kappa(1, null));
  }

  @Test
  void listsOfDifferentLengthsAreRefused() {
    assertThatThrownBy(() -> LabelCrossTable.of(List.of("none"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 labels of one curator against 0 of the other");
  }

  @Test
  void aKappaIsNaNExactlyWhenItHasAReason() {
    assertThatThrownBy(() -> new Kappa(Double.NaN, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Kappa(0.5, "because"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
