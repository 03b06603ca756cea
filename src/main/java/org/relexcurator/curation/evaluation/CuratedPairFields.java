package org.relexcurator.curation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relexcurator.curation.export.BadLine;
import org.relexcurator.curation.export.CuratedJsonlReader;
import org.relexcurator.curation.export.CuratedLine;

/**
 * What evaluation takes from a line of a curated-pairs export (docs/GOLD-JSONL contract): the gold
 * {@code label} ({@link CuratedJsonlReader} checks it), the {@code prediction} and its {@code
 * model}. Every other field is left alone, so exports with more columns still evaluate.
 */
final class CuratedPairFields implements CuratedJsonlReader.RowReader<CuratedPair> {

  @Override
  public CuratedPair read(CuratedLine line) throws BadLine {
    JsonNode prediction = line.row().get("prediction");
    if (prediction == null || prediction.isNull()) {
      return new CuratedPair(line.number(), line.gold(), null);
    }
    return new CuratedPair(
        line.number(), line.gold(), prediction(prediction, line.row().get("model")));
  }

  private static StoredPrediction prediction(JsonNode prediction, JsonNode model) throws BadLine {
    if (!prediction.isObject()) {
      throw new BadLine(
          "\"prediction\" is not an object",
          "{\"label\": ..., \"score\": ..., \"scores\": {...}} or null",
          abbreviated(prediction.toString()));
    }
    JsonNode label = prediction.get("label");
    if (label == null || !isName(label)) {
      throw new BadLine(
          "\"prediction.label\" is not a label name",
          "a label name",
          label == null ? null : abbreviated(label.toString()));
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    JsonNode scoresNode = prediction.get("scores");
    if (scoresNode != null && !scoresNode.isNull()) {
      if (!scoresNode.isObject()) {
        throw new BadLine(
            "\"prediction.scores\" is not an object",
            "{label: probability, ...}",
            abbreviated(scoresNode.toString()));
      }
      for (Map.Entry<String, JsonNode> entry : scoresNode.properties()) {
        if (!isProbability(entry.getValue())) {
          throw new BadLine(
              "score of \"" + entry.getKey() + "\" is not a probability",
              "a number from 0 to 1",
              abbreviated(entry.getValue().toString()));
        }
        scores.put(entry.getKey(), entry.getValue().asDouble());
      }
    }
    JsonNode score = prediction.get("score");
    double confidence;
    if (score != null && !score.isNull()) {
      if (!isProbability(score)) {
        throw new BadLine(
            "\"prediction.score\" is not a probability",
            "a number from 0 to 1",
            abbreviated(score.toString()));
      }
      confidence = score.asDouble();
    } else if (scores.containsKey(label.asText())) {
      confidence = scores.get(label.asText());
    } else {
      throw new BadLine(
          "the prediction has no score", "\"prediction.score\": a number from 0 to 1", null);
    }
    if (model == null || model.isNull()) {
      return new StoredPrediction(label.asText(), confidence, scores, null);
    }
    if (!model.isObject()) {
      throw new BadLine(
          "\"model\" is not an object",
          "{\"name\": ..., \"fingerprint\": ..., \"test_model\": true|false} or null",
          abbreviated(model.toString()));
    }
    JsonNode testModel = model.get("test_model");
    if (testModel != null && !testModel.isBoolean()) {
      throw new BadLine(
          "\"model.test_model\" is not true or false",
          "true or false",
          abbreviated(testModel.toString()));
    }
    return new StoredPrediction(
        label.asText(),
        confidence,
        scores,
        new PredictingModel(
            text(model.get("name")),
            text(model.get("fingerprint")),
            testModel != null && testModel.booleanValue()));
  }

  private static boolean isName(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank();
  }

  private static boolean isProbability(JsonNode node) {
    return node.isNumber() && node.asDouble() >= 0 && node.asDouble() <= 1;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  private static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
