package org.relexcurator.curation.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Two curators' labels for the same pairs, counted: the cell of labels (a, b) holds how many pairs
 * the first curator labelled a and the second b. Agreement lies on the diagonal; each curator's
 * totals per label are the table's margins.
 */
public final class LabelCrossTable {

  private final List<String> labels;
  private final int[][] counts;
  private final int total;

  private LabelCrossTable(List<String> labels, int[][] counts, int total) {
    this.labels = labels;
    this.counts = counts;
    this.total = total;
  }

  /**
   * The table of two parallel lists: {@code first.get(i)} and {@code second.get(i)} are the two
   * curators' labels of the same pair.
   */
  public static LabelCrossTable of(List<String> first, List<String> second) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException(
          first.size() + " labels of one curator against " + second.size() + " of the other");
    }
    SortedSet<String> used = new TreeSet<>(first);
    used.addAll(second);
    List<String> labels = List.copyOf(used);
    int[][] counts = new int[labels.size()][labels.size()];
    for (int i = 0; i < first.size(); i++) {
      counts[labels.indexOf(first.get(i))][labels.indexOf(second.get(i))]++;
    }
    return new LabelCrossTable(labels, counts, first.size());
  }

  /** The labels either curator used, in alphabetical order. */
  public List<String> labels() {
    return labels;
  }

  /** Pairs both labelled. */
  public int total() {
    return total;
  }

  /** Pairs the first curator labelled {@code firstLabel} and the second {@code secondLabel}. */
  public int count(String firstLabel, String secondLabel) {
    int row = labels.indexOf(firstLabel);
    int column = labels.indexOf(secondLabel);
    return row < 0 || column < 0 ? 0 : counts[row][column];
  }

  /** Pairs both gave the same label. */
  public int agreed() {
    int agreed = 0;
    for (int i = 0; i < labels.size(); i++) {
      agreed += counts[i][i];
    }
    return agreed;
  }

  /** Pairs the first curator gave {@code label}. */
  public int byFirst(String label) {
    int row = labels.indexOf(label);
    int sum = 0;
    for (int column = 0; row >= 0 && column < labels.size(); column++) {
      sum += counts[row][column];
    }
    return sum;
  }

  /** Pairs the second curator gave {@code label}. */
  public int bySecond(String label) {
    int column = labels.indexOf(label);
    int sum = 0;
    for (int row = 0; column >= 0 && row < labels.size(); row++) {
      sum += counts[row][column];
    }
    return sum;
  }

  /** The share of pairs both gave the same label; NaN without pairs. */
  public double observedAgreement() {
    return total == 0 ? Double.NaN : (double) agreed() / total;
  }

  /**
   * The share of pairs two curators with these label frequencies would agree on by chance: the sum
   * over labels of the product of both curators' shares; NaN without pairs.
   */
  public double expectedAgreement() {
    return total == 0 ? Double.NaN : (double) marginProducts() / ((long) total * total);
  }

  /** Cohen's kappa over all labels. */
  public Kappa kappa() {
    String why;
    if (total == 0) {
      why = "no pair was labelled by both curators";
    } else {
      why =
          "both curators gave every pair the same label ("
              + labels.get(0)
              + "), so chance alone explains their agreement";
    }
    return Kappa.fromCounts(total, agreed(), marginProducts(), why);
  }

  private long marginProducts() {
    long sum = 0;
    for (String label : labels) {
      sum += (long) byFirst(label) * bySecond(label);
    }
    return sum;
  }

  /** The agreement on {@code label} against all other labels taken together. */
  public LabelAgreement oneVsRest(String label) {
    int both = count(label, label);
    int firstOnly = byFirst(label) - both;
    int secondOnly = bySecond(label) - both;
    int neither = total - both - firstOnly - secondOnly;
    long marginProducts =
        (long) (both + firstOnly) * (both + secondOnly)
            + (long) (secondOnly + neither) * (firstOnly + neither);
    String why;
    if (total == 0) {
      why = "no pair was labelled by both curators";
    } else if (both == total) {
      why = "both curators gave every pair " + label;
    } else {
      why = "neither curator gave any pair " + label;
    }
    return new LabelAgreement(
        label,
        both,
        firstOnly,
        secondOnly,
        neither,
        Kappa.fromCounts(total, both + neither, marginProducts, why));
  }

  /** {@link #oneVsRest} for every label either curator used, in alphabetical order. */
  public List<LabelAgreement> perLabel() {
    List<LabelAgreement> perLabel = new ArrayList<>(labels.size());
    labels.forEach(label -> perLabel.add(oneVsRest(label)));
    return perLabel;
  }
}
