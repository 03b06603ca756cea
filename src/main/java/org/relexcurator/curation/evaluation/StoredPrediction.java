package org.relexcurator.curation.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model's latest prediction for a curated pair, as exported.
 *
 * @param label the top label
 * @param confidence the top label's score, the number an uncertainty-sorted queue orders by
 * @param scores every label's score in the model's {@code id2label} order; empty when the export
 *     carried none
 * @param model the model that made it, or {@code null} when the export does not say
 */
public record StoredPrediction(
    String label, double confidence, Map<String, Double> scores, PredictingModel model) {

  public StoredPrediction {
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }
}
