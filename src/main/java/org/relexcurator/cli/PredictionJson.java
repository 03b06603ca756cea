package org.relexcurator.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifiedSentence;
import org.relexcurator.model.Prediction;

/** The JSON fields {@code relex predict} writes for one classified sentence. */
final class PredictionJson {

  private PredictionJson() {}

  /** Adds the prediction, the tokens if asked for, and the model's identity. */
  static void describe(
      ObjectNode node, ClassifiedSentence result, ModelDescription description, boolean tokens) {
    Prediction prediction = result.prediction();
    ObjectNode predicted = node.putObject("prediction");
    predicted.put("label", prediction.topLabel());
    predicted.put("score", prediction.topScore());
    ObjectNode scores = predicted.putObject("scores");
    double[] probabilities = prediction.probabilities();
    for (int i = 0; i < probabilities.length; i++) {
      scores.put(prediction.labels().get(i), probabilities[i]);
    }
    ArrayNode logits = predicted.putArray("logits");
    for (double logit : prediction.logits()) {
      logits.add(logit);
    }
    predicted.put("windowed", result.input().windowed());
    if (tokens) {
      ArrayNode seen = node.putArray("tokens");
      result.input().tokens().forEach(seen::add);
    }
    ObjectNode modelNode = node.putObject("model");
    modelNode.put("name", description.name());
    modelNode.put("fingerprint", description.fingerprint());
    modelNode.put("device", description.device());
    modelNode.put("test_model", description.testModel());
    if (description.testModel()) {
      modelNode.put("warning", ModelDescription.TEST_MODEL_WARNING);
    }
  }
}
