package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ClassificationException;

/** A broken model folder fails with one line that names the file and what was expected. */
class ModelLoadingFailuresTest {

  @TempDir Path dir;

  private Path model() throws Exception {
    return TestModels.copy(TestModels.TINY, dir.resolve("model"));
  }

  private static String failure(Path folder) {
    Throwable thrown =
        catchThrowable(
            () -> DjlRelationClassifier.open(folder.toString(), TestModels.cpu(4)).close());
    assertThat(thrown).isInstanceOf(ClassificationException.class);
    assertThat(thrown.getMessage()).doesNotContain("\n");
    return thrown.getMessage();
  }

  private static void editConfig(Path folder, java.util.function.Consumer<ObjectNode> edit)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = (ObjectNode) json.readTree(folder.resolve("config.json").toFile());
    edit.accept(config);
    json.writeValue(folder.resolve("config.json").toFile(), config);
  }

  @Test
  void missingWeightsNameTheFile() throws Exception {
    Path folder = model();
    Files.delete(folder.resolve("model.safetensors"));

    assertThat(failure(folder))
        .isEqualTo(
            folder.resolve("model.safetensors")
                + ": missing; expected the model's weights as model.safetensors or a TorchScript .pt"
                + " file");
  }

  @Test
  void missingTokenizerNamesBothAcceptedFiles() throws Exception {
    Path folder = model();
    Files.delete(folder.resolve("tokenizer.json"));
    Files.delete(folder.resolve("vocab.txt"));

    assertThat(failure(folder))
        .isEqualTo(
            folder
                + ": no tokenizer.json or vocab.txt; expected the model's tokenizer beside config.json");
  }

  @Test
  void wrongTensorShapeNamesTensorAndConfigSize() throws Exception {
    Path folder = model();
    editConfig(folder, config -> config.put("intermediate_size", 96));

    assertThat(failure(folder))
        .isEqualTo(
            "model.safetensors: tensor"
                + " bert.encoder.layer.0.intermediate.dense.weight has shape [128, 64], expected [96, 64]"
                + " (intermediate_size x hidden_size from config.json)");
  }

  @Test
  void tensorReshapedInTheFileIsCaught() throws Exception {
    Path folder = model();
    SafetensorsRewrite.header(
        folder.resolve("model.safetensors"),
        header -> {
          ObjectNode pooler = (ObjectNode) header.get("bert.pooler.dense.bias");
          ArrayNode shape = pooler.putArray("shape");
          shape.add(8).add(8);
          return header;
        });

    assertThat(failure(folder))
        .isEqualTo(
            "model.safetensors: tensor bert.pooler.dense.bias has"
                + " shape [8, 8], expected [64] (hidden_size from config.json)");
  }

  @Test
  void missingTensorIsNamed() throws Exception {
    Path folder = model();
    SafetensorsRewrite.header(
        folder.resolve("model.safetensors"),
        SafetensorsRewrite.rename("classifier.weight", "head.weight"));

    assertThat(failure(folder))
        .isEqualTo(
            "model.safetensors: no tensor classifier.weight;"
                + " expected every tensor of a BertForSequenceClassification as transformers names them");
  }

  @Test
  void unknownArchitectureIsRejected() throws Exception {
    Path folder = model();
    editConfig(
        folder,
        config -> {
          config.put("model_type", "distilbert");
          config.putArray("architectures").add("DistilBertForSequenceClassification");
        });

    assertThat(failure(folder))
        .isEqualTo(
            "config.json: unknown architecture (model_type"
                + " distilbert, architectures [DistilBertForSequenceClassification]); expected"
                + " BertForSequenceClassification with model_type bert");
  }

  @Test
  void configWithoutLabelsIsRejected() throws Exception {
    Path folder = model();
    editConfig(folder, config -> config.remove("id2label"));

    assertThat(failure(folder)).startsWith("config.json: no id2label;");
  }

  @Test
  void tokenizerThatSplitsMarkersIsRejected() throws Exception {
    Path folder = model();
    BertTokenizerJson withoutMarkers =
        new BertTokenizerJson(
            TestModelMaker.vocabulary(), true, Map.of(), BertTokenizerJson.BERT_SPECIALS);
    Files.writeString(folder.resolve("tokenizer.json"), withoutMarkers.toJson().toString());

    assertThat(failure(folder))
        .isEqualTo(
            "tokenizer.json: marker [E1] becomes 3 tokens"
                + " [[, e1, ]]; expected one added token (save the tokenizer after adding the four"
                + " markers)");
  }

  @Test
  void vocabularyWithoutMarkersIsRejectedToo() throws Exception {
    Path folder = model();
    Files.delete(folder.resolve("tokenizer.json"));
    Files.delete(folder.resolve("added_tokens.json"));
    Files.delete(folder.resolve("special_tokens_map.json"));
    Files.delete(folder.resolve("tokenizer_config.json"));

    assertThat(failure(folder)).startsWith("vocab.txt: marker [E1] becomes 3 tokens");
  }

  @Test
  void markerBeyondTheEmbeddingTableIsRejected() throws Exception {
    Path folder = model();
    editConfig(folder, config -> config.put("vocab_size", 30522));

    assertThat(failure(folder))
        .isEqualTo(
            "tokenizer.json: marker [E1] has id 30522, outside config.json vocab_size 30522");
  }
}
