package org.relexcurator.curation.evaluation;

import java.util.List;

/** The reviewed pairs with their weights, and how they were weighted. */
public record WeightedSample(List<EvaluatedPair> pairs, WeightingSummary summary) {

  public WeightedSample {
    pairs = List.copyOf(pairs);
  }
}
