package org.relexcurator.curation.evaluation;

import java.util.Locale;

/** Equal-width bins of a confidence from 0 to 1; a confidence of exactly 1 falls in the last. */
record ConfidenceBins(int count) {

  ConfidenceBins {
    if (count < 1) {
      throw new IllegalArgumentException("at least one bin: " + count);
    }
  }

  int of(double confidence) {
    return Math.min((int) Math.floor(confidence * count), count - 1);
  }

  double lower(int bin) {
    return (double) bin / count;
  }

  double upper(int bin) {
    return (double) (bin + 1) / count;
  }

  String describe(int bin) {
    return String.format(Locale.ROOT, "%.1f–%.1f", lower(bin), upper(bin));
  }
}
