package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.SyntheticRelexLabels;

class TestModelMakerTest {

  private static final TestModelMaker.Spec SPEC =
      new TestModelMaker.Spec(1, 16, 2, 32, 16, 7, 0.02, HiddenActivation.GELU);

  @TempDir Path dir;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesTheHuggingFaceFolderLayout() throws Exception {
    TestModelMaker.write(dir, SPEC);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "config.json",
              "model.safetensors",
              "tokenizer.json",
              "tokenizer_config.json",
              "special_tokens_map.json",
              "vocab.txt",
              "added_tokens.json");
    }
    JsonNode config = json.readTree(dir.resolve("config.json").toFile());
    assertThat(config.path("architectures").get(0).asText())
        .isEqualTo("BertForSequenceClassification");
    assertThat(config.path("model_type").asText()).isEqualTo("bert");
    assertThat(config.path("vocab_size").asInt()).isEqualTo(30526);
    assertThat(config.path("hidden_size").asInt()).isEqualTo(16);
    assertThat(config.path("max_position_embeddings").asInt()).isEqualTo(16);
    assertThat(config.path("relex_test_model").asBoolean()).isTrue();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      labels.add(config.path("id2label").path(Integer.toString(i)).asText());
    }
    assertThat(labels)
        .isSorted()
        .containsExactlyElementsOf(SyntheticRelexLabels.ALL)
        .contains("treats", "none", "upregulates");
    assertThat(json.readTree(dir.resolve("added_tokens.json").toFile()).toString())
        .isEqualTo("{\"[E1]\":30522,\"[/E1]\":30523,\"[E2]\":30524,\"[/E2]\":30525}");
    assertThat(Files.readAllLines(dir.resolve("vocab.txt")))
        .hasSize(30522)
        .startsWith("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");
  }

  @Test
  void tokenizerJsonHasTheMarkersAsSpecialAddedTokensAndTheBertPipeline() throws Exception {
    TestModelMaker.write(dir, SPEC);
    JsonNode tokenizer = json.readTree(dir.resolve("tokenizer.json").toFile());

    List<String> markers = new ArrayList<>();
    for (JsonNode token : tokenizer.path("added_tokens")) {
      if (token.path("id").asInt() >= 30522) {
        assertThat(token.path("special").asBoolean()).isTrue();
        assertThat(token.path("normalized").asBoolean()).isFalse();
        markers.add(token.path("id").asInt() + "=" + token.path("content").asText());
      }
    }
    assertThat(markers).containsExactly("30522=[E1]", "30523=[/E1]", "30524=[E2]", "30525=[/E2]");
    assertThat(tokenizer.path("normalizer").path("type").asText()).isEqualTo("BertNormalizer");
    assertThat(tokenizer.path("normalizer").path("lowercase").asBoolean()).isTrue();
    assertThat(tokenizer.path("pre_tokenizer").path("type").asText()).isEqualTo("BertPreTokenizer");
    assertThat(tokenizer.path("model").path("type").asText()).isEqualTo("WordPiece");
    assertThat(tokenizer.path("post_processor").path("single").toString())
        .isEqualTo(
            "[{\"SpecialToken\":{\"id\":\"[CLS]\",\"type_id\":0}},"
                + "{\"Sequence\":{\"id\":\"A\",\"type_id\":0}},"
                + "{\"SpecialToken\":{\"id\":\"[SEP]\",\"type_id\":0}}]");
  }

  @Test
  void weightsUseTransformersNamesAndAreNormalWithTheGivenStd() throws Exception {
    TestModelMaker.write(dir, SPEC);
    BertConfig config = BertConfig.read(dir.resolve("config.json"));

    try (SafetensorsFile file = SafetensorsFile.open(dir.resolve("model.safetensors"))) {
      assertThat(file.entries().keySet())
          .containsExactlyInAnyOrderElementsOf(
              BertCheckpointLayout.of(config).stream()
                  .map(BertCheckpointLayout.Tensor::name)
                  .toList());
      assertThat(file.entries().values()).allMatch(e -> e.dtype().equals("F32"));
      ByteBuffer words =
          file.readFloat32(file.entries().get("bert.embeddings.word_embeddings.weight"));
      float[] values = new float[words.capacity() / 4];
      words.asFloatBuffer().get(values);
      double mean = 0;
      double square = 0;
      for (float v : values) {
        mean += v;
        square += (double) v * v;
      }
      mean /= values.length;
      double std = Math.sqrt(square / values.length - mean * mean);
      assertThat(mean).isBetween(-0.0005, 0.0005);
      assertThat(std).isBetween(0.0198, 0.0202);
    }
  }

  @Test
  void aSeedGivesTheSameBytesAndAnotherSeedOthers() throws Exception {
    TestModelMaker.write(dir.resolve("a"), SPEC);
    TestModelMaker.write(dir.resolve("b"), SPEC);
    TestModelMaker.write(
        dir.resolve("c"),
        new TestModelMaker.Spec(1, 16, 2, 32, 16, 8, 0.02, HiddenActivation.GELU));

    byte[] a = Files.readAllBytes(dir.resolve("a/model.safetensors"));
    assertThat(Files.readAllBytes(dir.resolve("b/model.safetensors"))).isEqualTo(a);
    assertThat(Files.readAllBytes(dir.resolve("c/model.safetensors"))).isNotEqualTo(a);
    assertThat(Files.mismatch(dir.resolve("a/tokenizer.json"), dir.resolve("c/tokenizer.json")))
        .isEqualTo(-1L);
  }

  @Test
  void writtenModelLoadsAndEncodesMarkersAsTheirIds() throws Exception {
    TestModelMaker.write(dir, SPEC);
    BertConfig config = BertConfig.read(dir.resolve("config.json"));

    try (MarkedSentenceTokenizer tokenizer = MarkedSentenceTokenizer.load(dir, config)) {
      TokenizedSentence sentence = tokenizer.encode("[E1]Aspirin[/E1] reduces [E2]pain[/E2]", 0);
      assertThat(sentence.ids()).startsWith(2, 30522).contains(30523, 30524, 30525).endsWith(3);
      assertThat(sentence.tokens())
          .containsExactly(
              "[CLS]", "[E1]", "aspirin", "[/E1]", "reduces", "[E2]", "pain", "[/E2]", "[SEP]");
    }
  }
}
