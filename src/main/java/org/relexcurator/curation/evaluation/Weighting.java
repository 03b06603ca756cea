package org.relexcurator.curation.evaluation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How reviewed pairs stand for the population they were drawn from. */
public enum Weighting {
  /** Every reviewed pair counts once, however it was chosen for review. */
  NONE("none"),
  /**
   * Each reviewed pair counts for its stratum (predicted label × confidence band): a stratum of N
   * pairs of which n were reviewed gives each of them weight N / n.
   */
  POST_STRATIFIED("post-stratified");

  private final String optionName;

  Weighting(String optionName) {
    this.optionName = optionName;
  }

  /** The name on the command line and in reports. */
  public String optionName() {
    return optionName;
  }

  public static Optional<Weighting> byName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(w -> w.optionName.equals(wanted)).findFirst();
  }
}
