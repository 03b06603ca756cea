package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;

/**
 * The bfloat16 fast mode against transformers' float32 logits for the parity fixture's model: it
 * must really compute in bfloat16 (its logits differ from float32's) and stay close.
 */
class FastModeTest {

  /** bfloat16 keeps 8 bits of mantissa: two layers move these logits by about 0.02. */
  private static final double FAST_TOLERANCE = 0.1;

  @TempDir Path dir;

  private static JsonNode fixture() throws Exception {
    try (InputStream in = FastModeTest.class.getResourceAsStream("/parity/tiny-gelu.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static double maxDifference(Prediction prediction, JsonNode expected) {
    double max = 0;
    for (int i = 0; i < prediction.logits().length; i++) {
      max = Math.max(max, Math.abs(prediction.logits()[i] - expected.get(i).asDouble()));
    }
    return max;
  }

  @Test
  void bf16LogitsDifferFromFloat32ButStayWithinATenthOfTransformers() throws Exception {
    JsonNode batch = fixture().path("batch");
    List<String> texts = new ArrayList<>();
    batch.path("texts").forEach(t -> texts.add(t.asText()));
    try (DjlRelationClassifier classifier =
        DjlRelationClassifier.open(
            TestModels.folder(TestModels.TINY).toString(),
            TestModels.cpu(8).withPrecision(Precision.BF16))) {
      assertThat(classifier.description().device()).endsWith("bf16 fast mode");
      List<Prediction> predictions = classifier.classify(texts, TaskMonitor.NONE);
      double largest = 0;
      for (int i = 0; i < texts.size(); i++) {
        largest = Math.max(largest, maxDifference(predictions.get(i), batch.path("logits").get(i)));
      }
      assertThat(largest).isGreaterThan(1e-4).isLessThanOrEqualTo(FAST_TOLERANCE);
    }
  }

  @Test
  void bf16ChangesNoTopLabelOfTheFixtureSentences() throws Exception {
    List<String> texts = new ArrayList<>();
    fixture().path("singles").forEach(s -> texts.add(s.path("text").asText()));
    Path model = TestModels.folder(TestModels.TINY);
    try (DjlRelationClassifier exact =
            DjlRelationClassifier.open(model.toString(), TestModels.cpu(8));
        DjlRelationClassifier fast =
            DjlRelationClassifier.open(
                model.toString(), TestModels.cpu(8).withPrecision(Precision.BF16))) {
      List<String> exactLabels =
          exact.classify(texts, TaskMonitor.NONE).stream().map(Prediction::topLabel).toList();
      List<String> fastLabels =
          fast.classify(texts, TaskMonitor.NONE).stream().map(Prediction::topLabel).toList();
      assertThat(fastLabels).isEqualTo(exactLabels);
    }
  }

  @Test
  void fastModeOnATorchScriptExportIsRefusedWithTheReason() throws Exception {
    Path folder = TestModels.copy(TestModels.TINY, dir.resolve("ts"));
    Files.delete(folder.resolve("model.safetensors"));
    try (InputStream in = getClass().getResourceAsStream("/torchscript/model.pt")) {
      Files.copy(in, folder.resolve("model.pt"));
    }
    assertThatThrownBy(
            () ->
                DjlRelationClassifier.open(
                    folder.toString(), TestModels.cpu(8).withPrecision(Precision.BF16)))
        .isInstanceOf(ClassificationException.class)
        .hasMessageContaining("model.pt")
        .hasMessageContaining("bf16 fast mode needs the model's model.safetensors");
  }

  @Test
  void precisionNamesParseIgnoringCaseAndAnUnknownOneIsNamed() {
    assertThat(Precision.parse(" BF16 ")).isEqualTo(Precision.BF16);
    assertThat(Precision.parse("fp32")).isEqualTo(Precision.FP32);
    assertThatThrownBy(() -> Precision.parse("int4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precision int4 is unknown; expected fp32 or bf16");
  }
}
