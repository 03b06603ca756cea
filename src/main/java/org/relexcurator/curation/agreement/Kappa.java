package org.relexcurator.curation.agreement;

import java.util.Locale;
import java.util.Objects;

/**
 * Cohen's kappa: how much more two curators agree than chance would have them agree, given how
 * often each gives each label. 1 is agreement on every pair, 0 agreement as by chance, below 0 less
 * than chance.
 *
 * <p>With observed agreement p_o and expected (chance) agreement p_e, kappa is (p_o − p_e) / (1 −
 * p_e). It is undefined when p_e is 1, which happens exactly when both curators gave every pair one
 * and the same label, and when they share no pair. Then {@link #value} is NaN and {@link
 * #undefinedReason} says why, so that nobody reads a number that is not there.
 *
 * @param value kappa, or NaN when undefined
 * @param undefinedReason why kappa is undefined, for a person; null when it is defined
 */
public record Kappa(double value, String undefinedReason) {

  public Kappa {
    if (Double.isNaN(value) == (undefinedReason == null)) {
      throw new IllegalArgumentException(
          "kappa " + value + " must be NaN exactly when it has a reason: " + undefinedReason);
    }
  }

  /**
   * Kappa from counts, in whole numbers so that an expected agreement of exactly 1 is found
   * exactly: with n pairs, a of them agreed and m the sum over labels of the product of the two
   * curators' counts of that label, p_o = a / n, p_e = m / n², and kappa = (n·a − m) / (n² − m).
   *
   * @param whyUndefined the reason to give if p_e is 1 or there are no pairs
   */
  static Kappa fromCounts(long pairs, long agreed, long marginProducts, String whyUndefined) {
    long squared = pairs * pairs;
    if (squared == marginProducts) {
      return new Kappa(Double.NaN, Objects.requireNonNull(whyUndefined, "whyUndefined"));
    }
    return new Kappa((double) (pairs * agreed - marginProducts) / (squared - marginProducts), null);
  }

  public boolean isDefined() {
    return undefinedReason == null;
  }

  /** Three decimals, or {@code undefined}. */
  public String format() {
    return isDefined() ? String.format(Locale.ROOT, "%.3f", value) : "undefined";
  }
}
