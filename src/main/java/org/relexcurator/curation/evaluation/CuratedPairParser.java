package org.relexcurator.curation.evaluation;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relexcurator.model.Problem;

/**
 * Reads one line of a curated-pairs export (docs/GOLD-JSONL contract): the gold {@code label},
 * the {@code prediction} and its {@code model}. Every other field is left alone, so exports with
 * more columns still evaluate. A line that breaks the contract becomes one problem naming the
 * field, what was expected and what was found.
 */
final class CuratedPairParser {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final String file;
  private final List<Problem> problems;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  CuratedPairParser(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * The pair on a line given as its bytes without the {@code \n}; empty for a blank line, or
   * after recording why the line was skipped.
   */
  Optional<CuratedPair> parse(byte[] bytes, int line) {
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    // Some editors start a file with a byte-order mark.
    int start = length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    String text;
    try {
      text = utf8.decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
    } catch (CharacterCodingException e) {
      return Optional.ofNullable(skip(line, "not UTF-8 text", "UTF-8 text", null));
    }
    return text.isBlank() ? Optional.empty() : Optional.ofNullable(parse(text, line));
  }

  private CuratedPair parse(String text, int line) {
    JsonNode row;
    try {
      row = JSON.readTree(text);
    } catch (JacksonException e) {
      return skip(line, "not JSON: " + e.getOriginalMessage(), "one JSON object per line",
          abbreviated(text));
    }
    if (row == null || !row.isObject()) {
      return skip(line, "not a JSON object", "one JSON object per line", abbreviated(text));
    }
    JsonNode label = row.get("label");
    if (label == null) {
      return skip(line, "no \"label\" field", "\"label\": a label name or null", null);
    }
    if (!label.isNull() && !isName(label)) {
      return skip(line, "\"label\" is not a label name", "a label name or null",
          abbreviated(label.toString()));
    }
    JsonNode prediction = row.get("prediction");
    if (prediction == null || prediction.isNull()) {
      return new CuratedPair(line, label.isNull() ? null : label.asText(), null);
    }
    StoredPrediction parsed = prediction(prediction, row.get("model"), line);
    return parsed == null ? null
        : new CuratedPair(line, label.isNull() ? null : label.asText(), parsed);
  }

  private StoredPrediction prediction(JsonNode prediction, JsonNode model, int line) {
    if (!prediction.isObject()) {
      return skip(line, "\"prediction\" is not an object",
          "{\"label\": ..., \"score\": ..., \"scores\": {...}} or null",
          abbreviated(prediction.toString()));
    }
    JsonNode label = prediction.get("label");
    if (label == null || !isName(label)) {
      return skip(line, "\"prediction.label\" is not a label name", "a label name",
          label == null ? null : abbreviated(label.toString()));
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    JsonNode scoresNode = prediction.get("scores");
    if (scoresNode != null && !scoresNode.isNull()) {
      if (!scoresNode.isObject()) {
        return skip(line, "\"prediction.scores\" is not an object",
            "{label: probability, ...}", abbreviated(scoresNode.toString()));
      }
      for (Map.Entry<String, JsonNode> entry : scoresNode.properties()) {
        if (!isProbability(entry.getValue())) {
          return skip(line, "score of \"" + entry.getKey() + "\" is not a probability",
              "a number from 0 to 1", abbreviated(entry.getValue().toString()));
        }
        scores.put(entry.getKey(), entry.getValue().asDouble());
      }
    }
    JsonNode score = prediction.get("score");
    double confidence;
    if (score != null && !score.isNull()) {
      if (!isProbability(score)) {
        return skip(line, "\"prediction.score\" is not a probability", "a number from 0 to 1",
            abbreviated(score.toString()));
      }
      confidence = score.asDouble();
    } else if (scores.containsKey(label.asText())) {
      confidence = scores.get(label.asText());
    } else {
      return skip(line, "the prediction has no score", "\"prediction.score\": a number from 0 to 1",
          null);
    }
    if (model == null || model.isNull()) {
      return new StoredPrediction(label.asText(), confidence, scores, null);
    }
    if (!model.isObject()) {
      return skip(line, "\"model\" is not an object",
          "{\"name\": ..., \"fingerprint\": ..., \"test_model\": true|false} or null",
          abbreviated(model.toString()));
    }
    JsonNode testModel = model.get("test_model");
    if (testModel != null && !testModel.isBoolean()) {
      return skip(line, "\"model.test_model\" is not true or false", "true or false",
          abbreviated(testModel.toString()));
    }
    return new StoredPrediction(label.asText(), confidence, scores,
        new PredictingModel(text(model.get("name")), text(model.get("fingerprint")),
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

  private <T> T skip(int line, String message, String expected, String found) {
    problems.add(Problem.error(file, null, line, null, message + "; line skipped", expected,
        found));
    return null;
  }

  private static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
