package org.relexcurator.curation.project;

import java.time.Instant;
import java.util.Objects;
import org.relexcurator.model.Prediction;

/**
 * What a model said about a candidate pair, and when. A project keeps every prediction made, so a
 * pair predicted again by another model keeps both.
 *
 * @param pairKey the pair's key
 * @param model the model that made it
 * @param prediction its logits and scores over all labels
 * @param time when it was made
 */
public record StoredPrediction(
    String pairKey, ModelIdentity model, Prediction prediction, Instant time) {

  public StoredPrediction {
    Objects.requireNonNull(pairKey, "pairKey");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(time, "time");
  }
}
