package org.relexcurator.curation.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How well two curators agree on the pairs both labelled: observed agreement, Cohen's kappa over
 * all labels and one-vs-rest per label, and the pairs they disagree on. A pair counts with each
 * curator's label in force ({@link SettledLabel#labelsByCurator}); adjudications play no part, and
 * an adjudicated pair still counts as the curators labelled it.
 *
 * @param first one curator
 * @param second the other
 * @param table the two curators' labels of the pairs both labelled, counted
 * @param disagreements the pairs they labelled differently, in the order first decided
 */
public record Agreement(
    String first, String second, LabelCrossTable table, List<Disagreement> disagreements) {

  public Agreement {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(table, "table");
    disagreements = List.copyOf(disagreements);
  }

  /** The agreement of {@code first} and {@code second} over {@code pairs}. */
  public static Agreement between(String first, String second, Collection<SettledLabel> pairs) {
    if (first.equals(second)) {
      throw new IllegalArgumentException("agreement needs two curators, not " + first + " twice");
    }
    List<String> firstLabels = new ArrayList<>();
    List<String> secondLabels = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    for (SettledLabel pair : pairs) {
      String a = pair.labelsByCurator().get(first);
      String b = pair.labelsByCurator().get(second);
      if (a == null || b == null) {
        continue;
      }
      firstLabels.add(a);
      secondLabels.add(b);
      if (!a.equals(b)) {
        disagreements.add(new Disagreement(pair.pairKey(), a, b));
      }
    }
    return new Agreement(
        first, second, LabelCrossTable.of(firstLabels, secondLabels), disagreements);
  }

  /** {@link #between} for every two of {@code curators}, in the order given. */
  public static List<Agreement> amongEveryTwo(
      List<String> curators, Collection<SettledLabel> pairs) {
    List<Agreement> agreements = new ArrayList<>();
    for (int i = 0; i < curators.size(); i++) {
      for (int j = i + 1; j < curators.size(); j++) {
        agreements.add(between(curators.get(i), curators.get(j), pairs));
      }
    }
    return agreements;
  }

  /** Pairs both labelled. */
  public int pairs() {
    return table.total();
  }

  /** Pairs both gave the same label. */
  public int agreed() {
    return table.agreed();
  }

  /** The share of pairs both gave the same label; NaN without pairs. */
  public double observed() {
    return table.observedAgreement();
  }

  /** Cohen's kappa over all labels. */
  public Kappa kappa() {
    return table.kappa();
  }

  /** One-vs-rest agreement for every label either used, in alphabetical order. */
  public List<LabelAgreement> perLabel() {
    return table.perLabel();
  }
}
