package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.TestModelMaker;

/** {@code relex predict FILE…}: the bundled sample through a test model, and resuming. */
class PredictCorpusTest {

  private static final String SAMPLE = "resources/samples/biored-dev-sample.pubtator";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path model;

  @BeforeAll
  static void makeModel() throws IOException {
    model = dir.resolve("model");
    TestModelMaker.write(model, TestModelMaker.Spec.SMALL);
  }

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static int pairsOfSample() throws IOException {
    return JSON.readTree(relex("inspect", "--json", SAMPLE).out())
        .get("files")
        .get(0)
        .get("pairs")
        .asInt();
  }

  @Test
  void everyCandidatePairOfTheSampleGetsAllSixteenScoresAndTheTestModelWarning()
      throws IOException {
    Path out = dir.resolve("all.jsonl");

    Run run =
        relex(
            "predict",
            "--model",
            model.toString(),
            "--device",
            "cpu",
            "--out",
            out.toString(),
            SAMPLE);

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains(ModelDescription.TEST_MODEL_WARNING);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(pairsOfSample());
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      JsonNode prediction = node.get("prediction");
      JsonNode scores = prediction.get("scores");
      assertThat(scores.size()).isEqualTo(16);
      double sum = 0;
      String best = null;
      for (var field : scores.properties()) {
        sum += field.getValue().asDouble();
        if (best == null || field.getValue().asDouble() > scores.get(best).asDouble()) {
          best = field.getKey();
        }
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(prediction.get("label").asText()).isEqualTo(best);
      assertThat(prediction.get("logits").size()).isEqualTo(16);
      assertThat(node.get("model").get("test_model").asBoolean()).isTrue();
      assertThat(node.get("text").asText()).contains("[E1]", "[/E1]", "[E2]", "[/E2]");
    }
  }

  @Test
  void aRunCutOffMidLineResumesWithoutDuplicatesAndWithTheSamePredictions() throws IOException {
    Path whole = dir.resolve("whole.jsonl");
    assertThat(
            relex(
                    "predict",
                    "--model",
                    model.toString(),
                    "--device",
                    "cpu",
                    "--out",
                    whole.toString(),
                    SAMPLE)
                .exit())
        .isZero();
    List<String> expected = Files.readAllLines(whole);

    Path cut = dir.resolve("cut.jsonl");
    String firstLines = String.join("\n", expected.subList(0, 40)) + "\n";
    String halfLine = expected.get(40).substring(0, expected.get(40).length() / 2);
    Files.writeString(cut, firstLines + halfLine, StandardCharsets.UTF_8);

    Run resumed =
        relex(
            "predict",
            "--model",
            model.toString(),
            "--device",
            "cpu",
            "--out",
            cut.toString(),
            SAMPLE);

    assertThat(resumed.exit()).isZero();
    assertThat(resumed.err()).contains("cut-off line").contains("40 already in the output");
    List<String> after = Files.readAllLines(cut);
    assertThat(after).hasSameSizeAs(expected);
    java.util.Map<String, double[]> resumedLogits = logitsByPair(after);
    java.util.Map<String, double[]> expectedLogits = logitsByPair(expected);
    assertThat(resumedLogits.keySet()).isEqualTo(expectedLogits.keySet());
    // Pairs classified in other micro-batches see other padding: equal up to float rounding.
    expectedLogits.forEach(
        (pair, logits) ->
            assertThat(resumedLogits.get(pair))
                .as(pair)
                .containsExactly(logits, org.assertj.core.data.Offset.offset(1e-4)));
  }

  @Test
  void anOutputWrittenByAnotherModelIsRefused() throws IOException {
    Path other = dir.resolve("other-model");
    TestModelMaker.write(
        other,
        new TestModelMaker.Spec(
            1, 32, 2, 64, 64, 9, 0.02, org.relexcurator.inference.djl.HiddenActivation.GELU));
    Path out = dir.resolve("mixed.jsonl");
    assertThat(
            relex(
                    "predict",
                    "--model",
                    model.toString(),
                    "--device",
                    "cpu",
                    "--out",
                    out.toString(),
                    SAMPLE)
                .exit())
        .isZero();

    Run run =
        relex(
            "predict",
            "--model",
            other.toString(),
            "--device",
            "cpu",
            "--out",
            out.toString(),
            SAMPLE);

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err())
        .contains("mixed.jsonl:1: written by another model")
        .doesNotContain("Exception");
  }

  @Test
  void textAndFilesTogetherAreRefused() {
    Run run =
        relex("predict", "--model", model.toString(), "--text", "[E1]a[/E1] [E2]b[/E2]", SAMPLE);

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).contains("either --text SENTENCE (one or more) or one or more FILEs");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "intermediate_size | 96 | relex: model.safetensors: tensor bert.encoder.layer.0",
        "model_type | distilbert | relex: config.json: unknown architecture"
      })
  void aBrokenModelFolderIsOneLineAndExitTwoForCorpusRunsToo(
      String key, String value, String message) throws IOException {
    Path broken = dir.resolve("broken-" + key);
    TestModelMaker.write(broken, TestModelMaker.Spec.SMALL);
    com.fasterxml.jackson.databind.node.ObjectNode config =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            JSON.readTree(broken.resolve("config.json").toFile());
    if (value.matches("\\d+")) {
      config.put(key, Integer.parseInt(value));
    } else {
      config.put(key, value);
    }
    JSON.writeValue(broken.resolve("config.json").toFile(), config);

    Run run = relex("predict", "--model", broken.toString(), "--device", "cpu", SAMPLE);

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).startsWith(message).hasLineCount(1).doesNotContain("\tat ");
  }

  private static java.util.Map<String, double[]> logitsByPair(List<String> lines)
      throws IOException {
    java.util.Map<String, double[]> logits = new java.util.HashMap<>();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      double[] values = new double[16];
      for (int i = 0; i < values.length; i++) {
        values[i] = node.get("prediction").get("logits").get(i).asDouble();
      }
      assertThat(logits.put(node.get("pair").asText(), values)).as("duplicate").isNull();
    }
    return logits;
  }
}
