package org.relexcurator.inference.djl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relexcurator.inference.ClassificationException;

/**
 * What the forward pass needs from a Hugging Face {@code config.json} of a {@code
 * BertForSequenceClassification}. Missing sizes take transformers' {@code BertConfig} defaults, as
 * transformers itself would; the labels ({@code id2label}) are required because they are the
 * meaning of every output.
 *
 * @param labels labels in {@code id2label} order
 * @param testModel true when {@code relex make-test-model} wrote the folder ({@value
 *     #TEST_MODEL_KEY} in config.json)
 */
public record BertConfig(
    int vocabSize,
    int hiddenSize,
    int layers,
    int heads,
    int intermediateSize,
    int maxPositions,
    int typeVocabSize,
    double layerNormEps,
    HiddenActivation activation,
    int padTokenId,
    List<String> labels,
    boolean testModel) {

  static final String ARCHITECTURE = "BertForSequenceClassification";
  static final String TEST_MODEL_KEY = "relex_test_model";

  public BertConfig {
    labels = List.copyOf(labels);
  }

  public int headSize() {
    return hiddenSize / heads;
  }

  static BertConfig read(Path file) throws ClassificationException {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new ClassificationException(
          file + ": missing; expected the model's config.json beside its weights");
    } catch (JsonProcessingException e) {
      throw new ClassificationException(
          name
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ")");
    } catch (IOException e) {
      throw new ClassificationException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return parse(root, name);
  }

  static BertConfig parse(JsonNode root, String name) throws ClassificationException {
    if (root == null || !root.isObject()) {
      throw new ClassificationException(name + ": expected a JSON object");
    }
    checkArchitecture(root, name);
    String positionType = root.path("position_embedding_type").asText("absolute");
    if (!positionType.equals("absolute")) {
      throw new ClassificationException(
          name
              + ": position_embedding_type "
              + positionType
              + " is not supported; expected absolute");
    }
    String act = root.path("hidden_act").asText("gelu");
    HiddenActivation activation =
        HiddenActivation.fromConfigName(act)
            .orElseThrow(
                () ->
                    new ClassificationException(
                        name
                            + ": hidden_act "
                            + act
                            + " is not supported; expected one of "
                            + HiddenActivation.supportedNames()));
    int hidden = positive(root, "hidden_size", 768, name);
    int heads = positive(root, "num_attention_heads", 12, name);
    if (hidden % heads != 0) {
      throw new ClassificationException(
          name + ": hidden_size " + hidden + " is not a multiple of num_attention_heads " + heads);
    }
    int vocab = positive(root, "vocab_size", 30522, name);
    JsonNode eps = root.path("layer_norm_eps");
    if (!eps.isMissingNode() && !(eps.isNumber() && eps.asDouble() > 0)) {
      throw new ClassificationException(
          name + ": layer_norm_eps is " + eps + "; expected a positive number");
    }
    JsonNode pad = root.path("pad_token_id");
    int padId = pad.isInt() ? pad.asInt() : 0;
    if (padId < 0 || padId >= vocab) {
      throw new ClassificationException(
          name
              + ": pad_token_id "
              + padId
              + " is outside the vocabulary (vocab_size "
              + vocab
              + ")");
    }
    return new BertConfig(
        vocab,
        hidden,
        positive(root, "num_hidden_layers", 12, name),
        heads,
        positive(root, "intermediate_size", 3072, name),
        positive(root, "max_position_embeddings", 512, name),
        positive(root, "type_vocab_size", 2, name),
        eps.isMissingNode() ? 1e-12 : eps.asDouble(),
        activation,
        padId,
        labels(root, name),
        root.path(TEST_MODEL_KEY).asBoolean(false));
  }

  private static void checkArchitecture(JsonNode root, String name) throws ClassificationException {
    String modelType = root.path("model_type").asText("");
    List<String> architectures = new ArrayList<>();
    root.path("architectures").forEach(a -> architectures.add(a.asText()));
    boolean bert = modelType.equals("bert");
    boolean classifier = architectures.isEmpty() || architectures.contains(ARCHITECTURE);
    if (!bert || !classifier) {
      String found =
          (modelType.isEmpty() ? "no model_type" : "model_type " + modelType)
              + (architectures.isEmpty() ? "" : ", architectures " + architectures);
      throw new ClassificationException(
          name
              + ": unknown architecture ("
              + found
              + "); expected "
              + ARCHITECTURE
              + " with model_type bert");
    }
  }

  private static int positive(JsonNode root, String key, int defaultValue, String name)
      throws ClassificationException {
    JsonNode node = root.path(key);
    if (node.isMissingNode()) {
      return defaultValue;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() <= 0) {
      throw new ClassificationException(
          name + ": " + key + " is " + node + "; expected a positive integer");
    }
    return node.asInt();
  }

  private static List<String> labels(JsonNode root, String name) throws ClassificationException {
    JsonNode id2label = root.path("id2label");
    if (!id2label.isObject() || id2label.isEmpty()) {
      throw new ClassificationException(
          name
              + ": no id2label; expected the model's labels as"
              + " {\"0\": \"first label\", \"1\": …}");
    }
    Map<Integer, String> byId = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : id2label.properties()) {
      try {
        byId.put(Integer.parseInt(entry.getKey().trim()), entry.getValue().asText());
      } catch (NumberFormatException e) {
        throw new ClassificationException(
            name
                + ": id2label key \""
                + entry.getKey()
                + "\" is not a number; expected ids 0.."
                + (id2label.size() - 1));
      }
    }
    List<Integer> ids = List.copyOf(byId.keySet());
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) != i) {
        throw new ClassificationException(
            name
                + ": id2label has ids "
                + ids
                + "; expected 0.."
                + (ids.size() - 1)
                + " without gaps");
      }
    }
    return List.copyOf(byId.values());
  }
}
