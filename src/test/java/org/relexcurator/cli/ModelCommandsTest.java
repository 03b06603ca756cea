package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import picocli.CommandLine;

/** make-test-model, predict and bench through the command line, as a person runs them. */
class ModelCommandsTest {

  @TempDir static Path dir;

  static Path model;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @BeforeAll
  static void makeModel() {
    model = dir.resolve("tiny");
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    int code =
        cli.execute(
            "make-test-model",
            "--out",
            model.toString(),
            "--layers",
            "1",
            "--hidden",
            "32",
            "--heads",
            "2",
            "--intermediate",
            "64",
            "--max-positions",
            "64",
            "--seed",
            "3");
    assertThat(code).isZero();
  }

  @Test
  void makeTestModelWritesTheSizesItWasGiven() throws Exception {
    assertThat(Files.readString(model.resolve("config.json")))
        .contains(
            "\"hidden_size\" : 32",
            "\"num_hidden_layers\" : 1",
            "\"num_attention_heads\" : 2",
            "\"max_position_embeddings\" : 64",
            "\"relex_test_model\" : true");
  }

  @Test
  void makeTestModelRejectsSizesThatCannotWork() {
    int code =
        run(
            "make-test-model",
            "--out",
            dir.resolve("bad").toString(),
            "--hidden",
            "10",
            "--heads",
            "3");

    assertThat(code).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString()).isEqualTo("relex: hidden size 10 is not a multiple of 3 heads\n");
  }

  @Test
  void predictWarnsAboutTestModelsAndPrintsEveryScore() {
    int code =
        run(
            "predict",
            "--model",
            model.toString(),
            "--device",
            "cpu",
            "--tokens",
            "--text",
            "[E1]Aspirin[/E1] reduces [E2]fever[/E2].");

    assertThat(code).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo(ModelDescription.TEST_MODEL_WARNING);
    assertThat(lines.get(1)).isEqualTo("model tiny on cpu");
    assertThat(lines.get(2)).matches("top    [a-z_]+ 0\\.\\d{4}");
    assertThat(lines.get(3)).isEqualTo("scores");
    assertThat(lines.subList(4, 20)).allMatch(line -> line.matches("  [a-z_]+ +0\\.\\d{4}"));
    assertThat(lines.get(20))
        .isEqualTo("tokens (10): [CLS] [E1] aspirin [/E1] reduces [E2] fever" + " [/E2] . [SEP]");
  }

  @Test
  void modelErrorsAreOneLineWithExitCodeTwo() {
    int code = run("predict", "--model", dir.resolve("missing").toString(), "--text", "x");

    assertThat(code).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString())
        .isEqualTo("relex: " + dir.resolve("missing") + ": no such model folder\n");
  }

  @Test
  void unmarkedSentenceIsAOneLineError() {
    int code =
        run(
            "predict",
            "--model",
            model.toString(),
            "--device",
            "cpu",
            "--text",
            "Aspirin reduces fever.");

    assertThat(code).isEqualTo(Main.UNUSABLE);
    assertThat(err.toString())
        .startsWith("relex: sentence 1 has no [E1]…[/E1] pair;")
        .hasLineCount(1);
  }

  @Test
  void benchPrintsTheMachineAndOneRowPerBatchSize() throws Exception {
    Path sentences = dir.resolve("sentences.txt");
    Files.writeString(
        sentences,
        "[E1]Aspirin[/E1] reduces [E2]fever[/E2].\n\n"
            + "[E2]TP53[/E2] is mutated in [E1]Li-Fraumeni syndrome[/E1].\n"
            + "[E1]IL-6[/E1] induces [E2]CRP[/E2] in hepatocytes.\n");

    int code =
        run(
            "bench",
            "--model",
            model.toString(),
            "--sentences",
            sentences.toString(),
            "--batch-sizes",
            "1,2",
            "--min-seconds",
            "0.01",
            "--rounds",
            "1");

    assertThat(code).isZero();
    String text = out.toString();
    assertThat(text)
        .contains(
            "machine    ",
            " cores, ",
            "OMP_WAIT_POLICY=",
            "sentences  3 from " + sentences,
            ModelDescription.TEST_MODEL_WARNING);
    assertThat(text.lines().filter(line -> line.matches(" +[12]  .*"))).hasSize(2);
  }
}
