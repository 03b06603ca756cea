package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.task.TaskMonitor;

/** The second model form: a traced TorchScript module beside the Hugging Face config/tokenizer. */
class TorchScriptModelTest {

  @TempDir Path dir;

  private static void assertLogits(double[] actual, JsonNode expected) {
    assertThat(actual).hasSize(expected.size());
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i]).isCloseTo(expected.get(i).asDouble(), within(1e-4));
    }
  }

  @Test
  void tracedModelGivesTransformersLogitsSinglyAndInPaddedBatches() throws Exception {
    JsonNode fixture;
    try (InputStream in = getClass().getResourceAsStream("/torchscript/tiny-traced.json")) {
      fixture = new ObjectMapper().readTree(in);
    }
    JsonNode config = fixture.path("model").path("config");
    TestModelMaker.write(
        dir,
        new TestModelMaker.Spec(
            config.path("num_hidden_layers").asInt(),
            config.path("hidden_size").asInt(),
            config.path("num_attention_heads").asInt(),
            config.path("intermediate_size").asInt(),
            config.path("max_position_embeddings").asInt(),
            config.path("relex_test_model_seed").asLong(),
            config.path("initializer_range").asDouble(),
            HiddenActivation.GELU));
    Files.delete(dir.resolve("model.safetensors"));
    try (InputStream in = getClass().getResourceAsStream("/torchscript/model.pt")) {
      Files.copy(in, dir.resolve("model.pt"));
    }

    try (DjlRelationClassifier classifier =
        DjlRelationClassifier.open(dir.toString(), TestModels.cpu(8))) {
      assertThat(classifier.description().testModel()).isTrue();
      assertThat(classifier.description().fingerprint()).matches("[0-9a-f]{64}");
      for (JsonNode single : fixture.path("singles")) {
        assertLogits(
            classifier.classify(single.path("text").asText()).logits(), single.path("logits"));
      }
      List<String> texts = new ArrayList<>();
      fixture.path("batch").path("texts").forEach(t -> texts.add(t.asText()));
      List<ClassifiedSentence> results = classifier.classifyWithTokens(texts, TaskMonitor.NONE);
      for (int i = 0; i < texts.size(); i++) {
        assertLogits(
            results.get(i).prediction().logits(), fixture.path("batch").path("logits").get(i));
      }
    }
  }

  @Test
  void fileThatIsNotTorchScriptIsAOneLineError() throws Exception {
    TestModels.copy(TestModels.TINY, dir.resolve("broken"));
    Path folder = dir.resolve("broken");
    Files.delete(folder.resolve("model.safetensors"));
    Files.writeString(folder.resolve("model.pt"), "not a zip archive");

    Throwable thrown =
        catchThrowable(() -> DjlRelationClassifier.open(folder.toString(), TestModels.cpu(1)));

    assertThat(thrown)
        .hasMessageStartingWith("model.pt: not a TorchScript module libtorch can" + " load (");
    assertThat(thrown.getMessage()).doesNotContain("\n");
  }
}
