package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;

/**
 * The DJL forward pass against Python transformers' logits for the same random model (see
 * src/test/resources/parity/README.md for how the fixtures were made).
 */
class ParityWithTransformersTest {

  private static final double TOLERANCE = 1e-4;

  @TempDir Path dir;

  private static JsonNode fixture(String activation) throws Exception {
    try (InputStream in =
        ParityWithTransformersTest.class.getResourceAsStream(
            "/parity/tiny-" + activation + ".json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** The make-test-model arguments that produced the fixture's model, read from its config. */
  private static TestModelMaker.Spec spec(JsonNode config) {
    return new TestModelMaker.Spec(
        config.path("num_hidden_layers").asInt(),
        config.path("hidden_size").asInt(),
        config.path("num_attention_heads").asInt(),
        config.path("intermediate_size").asInt(),
        config.path("max_position_embeddings").asInt(),
        config.path("relex_test_model_seed").asLong(),
        config.path("initializer_range").asDouble(),
        HiddenActivation.fromConfigName(config.path("hidden_act").asText()).orElseThrow());
  }

  private static long[] longs(JsonNode array) {
    long[] values = new long[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asLong();
    }
    return values;
  }

  private static double maxDifference(Prediction prediction, JsonNode expected) {
    double[] logits = prediction.logits();
    assertThat(logits).hasSize(expected.size());
    double max = 0;
    for (int i = 0; i < logits.length; i++) {
      max = Math.max(max, Math.abs(logits[i] - expected.get(i).asDouble()));
    }
    return max;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"gelu", "gelu_new", "gelu_pytorch_tanh", "relu", "gelu-transformers5-cuda"})
  void tokensAndLogitsMatchTransformers(String activation) throws Exception {
    JsonNode fixture = fixture(activation);
    TestModelMaker.write(dir, spec(fixture.path("model").path("config")));
    byte[] weights = Files.readAllBytes(dir.resolve("model.safetensors"));
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(weights)))
        .as("the generator still writes the fixture's model")
        .isEqualTo(fixture.path("model").path("safetensors_sha256").asText());

    try (DjlRelationClassifier classifier =
        DjlRelationClassifier.open(dir.toString(), TestModels.cpu(8))) {
      for (JsonNode single : fixture.path("singles")) {
        String text = single.path("text").asText();
        ClassifiedSentence result =
            classifier.classifyWithTokens(List.of(text), TaskMonitor.NONE).get(0);
        assertThat(result.input().ids()).as(text).containsExactly(longs(single.path("token_ids")));
        assertThat(maxDifference(result.prediction(), single.path("logits")))
            .as(text)
            .isLessThanOrEqualTo(TOLERANCE);
      }

      JsonNode batch = fixture.path("batch");
      List<String> texts = new ArrayList<>();
      batch.path("texts").forEach(t -> texts.add(t.asText()));
      List<ClassifiedSentence> results = classifier.classifyWithTokens(texts, TaskMonitor.NONE);
      int longest = results.stream().mapToInt(r -> r.input().length()).max().orElseThrow();
      assertThat(longest).isEqualTo(batch.path("padded_length").asInt());
      for (int i = 0; i < texts.size(); i++) {
        assertThat(results.get(i).input().ids())
            .containsExactly(longs(batch.path("token_ids").get(i)));
        assertThat(maxDifference(results.get(i).prediction(), batch.path("logits").get(i)))
            .as("padded batch row %d", i)
            .isLessThanOrEqualTo(TOLERANCE);
      }
    }
  }
}
