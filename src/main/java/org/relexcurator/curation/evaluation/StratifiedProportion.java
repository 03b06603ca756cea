package org.relexcurator.curation.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The share of a population that has some property, estimated from a stratified simple random
 * sample without replacement: each stratum's share among its reviewed pairs, weighted by the
 * stratum's size (the Horvitz–Thompson estimator with π = r_h / N_h, divided by the known size of
 * the strata it covers). Strata are added one at a time; a stratum with no reviewed pair adds
 * nothing and its pairs are not covered.
 *
 * <p>The 95% interval is Wilson's score interval with the effective sample size p(1 − p) / Var(p̂)
 * (Kish), never more than the pairs actually reviewed: unlike the normal approximation it stays
 * inside [0, 1] and does not collapse to a point when every reviewed pair agrees, which is common
 * for precision near 1.
 */
public final class StratifiedProportion {

  /** The normal quantile of a two-sided 95% interval. */
  static final double Z95 = 1.959963984540054;

  private record Part(long population, int reviewed, int having) {}

  private final List<Part> parts = new ArrayList<>();

  /**
   * Adds a stratum.
   *
   * @param population its pairs in the population, N_h
   * @param reviewed its pairs reviewed, r_h (at most N_h)
   * @param having how many of those have the property
   */
  public StratifiedProportion add(long population, int reviewed, int having) {
    if (reviewed < 0 || having < 0 || having > reviewed || reviewed > population) {
      throw new IllegalArgumentException(
          having + " of " + reviewed + " reviewed of " + population + " is not a stratum");
    }
    parts.add(new Part(population, reviewed, having));
    return this;
  }

  /** The pairs of the strata with at least one reviewed pair. */
  public long covered() {
    return parts.stream().filter(p -> p.reviewed > 0).mapToLong(Part::population).sum();
  }

  public int reviewed() {
    return parts.stream().mapToInt(Part::reviewed).sum();
  }

  /** The estimated number of covered pairs with the property, Σ N_h · y_h / r_h. */
  public double total() {
    double total = 0;
    for (Part part : parts) {
      if (part.reviewed > 0) {
        total += part.population * (double) part.having / part.reviewed;
      }
    }
    return total;
  }

  /**
   * The variance of {@link #total()}: Σ N_h² (1 − r_h/N_h) s_h² / r_h with the sample variance s_h²
   * = r_h p_h (1 − p_h) / (r_h − 1). A stratum of one reviewed pair has no sample variance; it gets
   * the largest a share can have, 1/4, rather than none.
   */
  public double totalVariance() {
    double variance = 0;
    for (Part part : parts) {
      if (part.reviewed == 0) {
        continue;
      }
      double share = (double) part.having / part.reviewed;
      double spread =
          part.reviewed == 1 ? 0.25 : share * (1 - share) * part.reviewed / (part.reviewed - 1);
      double unsampled = 1 - (double) part.reviewed / part.population;
      variance += (double) part.population * part.population * unsampled * spread / part.reviewed;
    }
    return variance;
  }

  /** The share among the covered pairs; NaN when nothing is covered. */
  public double share() {
    long covered = covered();
    return covered == 0 ? Double.NaN : total() / covered;
  }

  /** Wilson's 95% interval for the share with the effective sample size. */
  public ConfidenceInterval shareInterval() {
    long covered = covered();
    if (covered == 0) {
      return ConfidenceInterval.UNDEFINED;
    }
    double share = share();
    double variance = totalVariance() / ((double) covered * covered);
    int reviewed = reviewed();
    double effective = variance > 0 ? Math.min(reviewed, share * (1 - share) / variance) : reviewed;
    return wilson(share, Math.max(effective, 1));
  }

  /** The interval of the total: the share's interval times the covered pairs. */
  public ConfidenceInterval totalInterval() {
    ConfidenceInterval share = shareInterval();
    long covered = covered();
    return share.isDefined()
        ? new ConfidenceInterval(share.lower() * covered, share.upper() * covered)
        : share;
  }

  static ConfidenceInterval wilson(double share, double n) {
    double z2 = Z95 * Z95;
    double centre = (share + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 / (1 + z2 / n) * Math.sqrt(share * (1 - share) / n + z2 / (4 * n * n));
    return new ConfidenceInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
