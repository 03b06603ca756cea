package org.relexcurator.curation.sampling;

import java.util.Comparator;
import java.util.Objects;

/**
 * One stratum of a review sample: the pairs with one predicted label whose top score lies in one
 * band.
 *
 * @param label the predicted label
 * @param band the score band's index in the sample's {@link ScoreBands}
 */
public record Stratum(String label, int band) implements Comparable<Stratum> {

  private static final Comparator<Stratum> ORDER =
      Comparator.comparing(Stratum::label).thenComparingInt(Stratum::band);

  public Stratum {
    Objects.requireNonNull(label, "label");
  }

  /** The stratum for a person, e.g. {@code Association | [0.80, 0.95)}. */
  public String describe(ScoreBands bands) {
    return label + " | " + bands.describe(band);
  }

  @Override
  public int compareTo(Stratum other) {
    return ORDER.compare(this, other);
  }
}
