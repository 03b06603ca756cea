package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;

class EvaluateCommandTest {

  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Path handChecked() throws URISyntaxException {
    return Path.of(
        EvaluateCommandTest.class
            .getResource("/org/relexcurator/curation/evaluation/hand-checked-gold.jsonl")
            .toURI());
  }

  private Path copyWith(String name, String extraLines) throws Exception {
    Path copy = temp.resolve(name);
    Files.writeString(copy, Files.readString(handChecked()) + extraLines, StandardCharsets.UTF_8);
    return copy;
  }

  @Test
  void printsTheMarkdownReportWithTheHandCheckedNumbersAndExitsZero() throws Exception {
    Run run = relex("evaluate", handChecked().toString());

    assertThat(run.exit()).isEqualTo(Main.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("| label | precision | recall | F1 | support |")
        .contains("| causes | 0.800 | 0.571 | 0.667 | 7 |")
        .contains("| none | 0.600 | 0.750 | 0.667 | 8 |")
        .contains("| treats | 0.600 | 0.600 | 0.600 | 5 |")
        .contains("| macro avg | 0.667 | 0.640 | 0.644 | 20 |")
        .contains("| weighted avg | 0.670 | 0.650 | 0.650 | 20 |")
        .contains("| causes | 0.800 | 0.667 | +0.133 |")
        .contains("| causes | 4 | 2 | 1 | 7 |")
        .contains("Accuracy 0.650")
        .contains("Expected calibration error (ECE) 0.240")
        .contains("1000 resamples, seed 42");
  }

  @Test
  void aBadLineIsReportedWithFileAndLineSkippedAndExitsOne() throws Exception {
    Path bad = copyWith("bad.jsonl", "{\"label\": \"none\", \"prediction\": {\"label\": 7}}\n");

    Run run = relex("evaluate", "--bootstrap", "0", bad.toString());

    assertThat(run.exit()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err())
        .contains(
            "relex: error: "
                + bad
                + ":23: \"prediction.label\" is not a"
                + " label name; line skipped (expected \"a label name\", found \"7\")");
    assertThat(run.out())
        .contains("| macro avg | 0.667 | 0.640 | 0.644 | 20 |")
        .contains("1 line of " + bad + " was skipped")
        .contains("## Skipped lines");
  }

  @Test
  void outDirGetsMarkdownCsvAndASelfContainedHtmlPage() throws Exception {
    Path dir = temp.resolve("report");

    Run run =
        relex(
            "evaluate", "--out-dir", dir.toString(), "--bootstrap", "50", handChecked().toString());

    assertThat(run.exit()).isEqualTo(Main.OK);
    assertThat(run.out()).contains("wrote " + dir.resolve("evaluation.html"));
    String csv = Files.readString(dir.resolve("evaluation.csv"));
    assertThat(csv.lines().findFirst().orElseThrow())
        .startsWith("label,precision,recall,f1,support,");
    assertThat(csv)
        .contains("\ncauses,0.8,0.5714285714285714,0.6666666666666666,7,")
        .contains("\naccuracy,,,0.65,20,");
    String html = Files.readString(dir.resolve("evaluation.html"));
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<svg")
        .contains("ECE")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("src=");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    assertThat(Files.readString(dir.resolve("evaluation.md"))).startsWith("# Evaluation of");
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary files left").hasSize(3);
    }
  }

  @Test
  void predictionsOfATestModelCarryTheWarningOnTopOfEveryReport() throws Exception {
    Path testModel = temp.resolve("test-model.jsonl");
    Files.writeString(
        testModel,
        Files.readString(handChecked()).replace("\"test_model\":false", "\"test_model\":true"),
        StandardCharsets.UTF_8);
    Path csv = temp.resolve("e.csv");
    Path html = temp.resolve("e.html");
    Path markdown = temp.resolve("e.md");

    Run run =
        relex(
            "evaluate",
            "--bootstrap",
            "0",
            "--csv",
            csv.toString(),
            "--html",
            html.toString(),
            "--markdown",
            markdown.toString(),
            testModel.toString());

    assertThat(run.exit()).isEqualTo(Main.OK);
    assertThat(run.err()).contains("relex: warning: " + ModelDescription.TEST_MODEL_WARNING);
    assertThat(Files.readString(csv)).startsWith("# " + ModelDescription.TEST_MODEL_WARNING);
    assertThat(Files.readAllLines(markdown).get(2))
        .isEqualTo("> **" + ModelDescription.TEST_MODEL_WARNING + "**");
    assertThat(Files.readString(html))
        .contains("<p class=\"banner\" role=\"alert\">" + ModelDescription.TEST_MODEL_WARNING);
  }

  @Test
  void plainCountsOverASampleCarryTheBiasWarning() throws Exception {
    Path sample =
        copyWith(
            "sample.jsonl",
            "{\"label\":null,\"prediction\":{\"label\":\"none\",\"score\":0.97}}\n");

    Run run = relex("evaluate", "--weighting", "none", "--bootstrap", "0", sample.toString());

    assertThat(run.exit()).isEqualTo(Main.OK);
    assertThat(run.out())
        .contains("weighting: none")
        .contains("Plain counts of 20 reviewed of 21 predicted pairs")
        .contains("| causes | 0.800 | 0.571 | 0.667 | 7 |");
  }

  @Test
  void unusableInputOrOptionsExitTwoWithOneLine() throws Exception {
    Path nothing = temp.resolve("nothing.jsonl");
    Files.writeString(nothing, "{\"label\":\"none\",\"prediction\":null}\n");

    Run unknownWeighting = relex("evaluate", "--weighting", "raking", handChecked().toString());
    Run empty = relex("evaluate", nothing.toString());
    Run missing = relex("evaluate", temp.resolve("gone.jsonl").toString());
    Run both =
        relex("evaluate", "--out-dir", temp.toString(), "--csv", "x.csv", handChecked().toString());

    assertThat(unknownWeighting.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(unknownWeighting.err()).contains("unknown weighting 'raking'");
    assertThat(empty.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(empty.err()).contains("nothing to evaluate").doesNotContain("internal error");
    assertThat(missing.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(missing.err()).contains("gone.jsonl: no such file");
    assertThat(both.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(both.out()).isEmpty();
  }
}
