package org.relexcurator.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.cli.Main;
import org.relexcurator.inference.djl.HiddenActivation;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.spark.ScoredRows.Run;

/** {@code relex spark-predict} on an embedded local master. */
class SparkPredictCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path model;

  @BeforeAll
  static void makeModel() throws IOException {
    model = dir.resolve("model");
    TestModelMaker.write(model, TestModelMaker.Spec.SMALL);
  }

  @Test
  void everyPairGetsTheScoresRelexPredictGivesIt() throws IOException {
    Path input = ScoredRows.bioredDocuments(dir, "same.pubtator", 0, 6);
    Path predicted = dir.resolve("predict.jsonl");
    StringWriter ignored = new StringWriter();
    assertThat(
            Main.run(
                new PrintWriter(ignored),
                new PrintWriter(ignored),
                "predict",
                "--model",
                model.toString(),
                "--out",
                predicted.toString(),
                input.toString()))
        .isZero();
    Path out = dir.resolve("same-out");

    Run run =
        ScoredRows.sparkPredict(
            "--model",
            model.toString(),
            "--master",
            "local[2]",
            "--format",
            "jsonl",
            "--batch-size",
            "5",
            "--out",
            out.toString(),
            input.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    Map<String, JsonNode> expected = new HashMap<>();
    for (String line : Files.readAllLines(predicted, StandardCharsets.UTF_8)) {
      JsonNode row = JSON.readTree(line);
      expected.put(row.get("pair").asText(), row);
    }
    List<JsonNode> rows = ScoredRows.jsonRows(out);
    assertThat(rows).hasSize(expected.size()).hasSizeGreaterThan(50);
    for (JsonNode row : rows) {
      JsonNode want = expected.get(row.get("pair").asText());
      assertThat(want).as(row.get("pair").asText()).isNotNull();
      for (String field : List.of("doc_id", "text", "e1_spans", "e2_spans", "e1_ids", "type1")) {
        assertThat(row.get(field)).as(field).isEqualTo(want.get(field));
      }
      assertThat(row.get("label")).isEqualTo(want.get("label"));
      assertThat(row.at("/prediction/label")).isEqualTo(want.at("/prediction/label"));
      assertThat(row.at("/prediction/scores").size()).isEqualTo(16);
      for (Map.Entry<String, JsonNode> score : want.at("/prediction/scores").properties()) {
        assertThat(row.at("/prediction/scores/" + score.getKey()).asDouble())
            .as(score.getKey())
            .isCloseTo(score.getValue().asDouble(), within(1e-5));
      }
      for (int i = 0; i < 16; i++) {
        assertThat(row.at("/prediction/logits/" + i).asDouble())
            .isCloseTo(want.at("/prediction/logits/" + i).asDouble(), within(1e-5));
      }
      assertThat(row.get("model_fingerprint").asText())
          .isEqualTo(want.at("/model/fingerprint").asText());
      assertThat(row.get("input_file").asText()).isEqualTo(input.toAbsolutePath().toString());
    }
  }

  @Test
  void aRerunSkipsCommittedInputsAndScoresOnlyTheNewOnesIncludingGzip() throws IOException {
    Path first = ScoredRows.bioredDocuments(dir, "first.pubtator", 6, 8);
    Path plain = ScoredRows.bioredDocuments(dir, "second.pubtator", 8, 10);
    Path second = dir.resolve("second.pubtator.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(second))) {
      gz.write(Files.readAllBytes(plain));
    }
    Path out = dir.resolve("rerun-out");
    String[] common = {"--model", model.toString(), "--master", "local[1]", "--format", "jsonl"};

    Run once = ScoredRows.sparkPredict(concat(common, "--out", out.toString(), first.toString()));
    List<JsonNode> afterFirst = ScoredRows.jsonRows(out);
    Run again =
        ScoredRows.sparkPredict(
            concat(common, "--out", out.toString(), first.toString(), second.toString()));
    Run nothingLeft =
        ScoredRows.sparkPredict(
            concat(common, "--out", out.toString(), first.toString(), second.toString()));

    assertThat(once.exit()).as(once.err()).isZero();
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("2 inputs, 1 already in");
    assertThat(nothingLeft.err()).contains("2 inputs, 2 already in");
    List<JsonNode> rows = ScoredRows.jsonRows(out);
    List<String> keys = rows.stream().map(SparkPredictCommandTest::key).toList();
    assertThat(keys).doesNotHaveDuplicates();
    long fromSecond =
        rows.stream()
            .filter(row -> row.get("input_file").asText().equals(second.toString()))
            .count();
    assertThat(fromSecond).isPositive().isEqualTo(rows.size() - afterFirst.size());
    assertThat(afterFirst).isNotEmpty();
  }

  @Test
  void anOutputWrittenWithAnotherModelIsRefusedWithExitCodeTwo() throws IOException {
    Path input = ScoredRows.bioredDocuments(dir, "refused.pubtator", 10, 11);
    Path out = dir.resolve("refused-out");
    Path other = dir.resolve("other-model");
    TestModelMaker.write(
        other, new TestModelMaker.Spec(1, 64, 4, 128, 512, 42, 0.02, HiddenActivation.GELU));
    Run first =
        ScoredRows.sparkPredict(
            "--model",
            model.toString(),
            "--master",
            "local[1]",
            "--out",
            out.toString(),
            input.toString());
    List<String> before = listing(out);

    Run refused =
        ScoredRows.sparkPredict(
            "--model",
            other.toString(),
            "--master",
            "local[1]",
            "--out",
            out.toString(),
            input.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .contains(out + " holds rows of another model")
        .contains("Score into another --out");
    assertThat(listing(out)).isEqualTo(before);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  static String key(JsonNode row) {
    return row.get("input_file").asText() + " " + row.get("pair").asText();
  }

  static String[] concat(String[] first, String... rest) {
    String[] all = new String[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
