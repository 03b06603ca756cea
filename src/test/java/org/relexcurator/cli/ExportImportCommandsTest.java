package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.SyntheticRelexLabels;

/** {@code relex import} and {@code relex export}: messages, exit codes, the round trip. */
class ExportImportCommandsTest {

  @TempDir Path folder;

  private Path golden;

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void copyGoldenFile() throws IOException {
    golden = folder.resolve("hand-made-all.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/export/hand-made-all.jsonl")) {
      Files.copy(in, golden);
    }
  }

  private Path imported() {
    Path project = folder.resolve("imported.relex");
    assertThat(relex("import", golden.toString(), "--project", project.toString()).exit()).isZero();
    return project;
  }

  @Test
  void anImportedExportExportsTheSameBytesAndSaysThatATestModelScoredSomePairs()
      throws IOException {
    Path project = folder.resolve("imported.relex");
    Path again = folder.resolve("again.jsonl");

    Run importing = relex("import", golden.toString(), "--project", project.toString());
    Run exporting =
        relex(
            "export", project.toString(), "--format", "jsonl", "--out", again.toString(), "--all");

    assertThat(importing.exit()).isZero();
    assertThat(importing.out())
        .isEqualTo("imported 6 pairs with 5 decisions into " + project + "; lines skipped: 0\n");
    assertThat(exporting.exit()).isZero();
    assertThat(exporting.out()).isEqualTo("wrote 6 pairs (3 gold) to " + again + " (jsonl)\n");
    assertThat(exporting.err())
        .isEqualTo(
            "relex: warning: 1 of the 6 pairs carry predictions"
                + " of a test model. "
                + ModelDescription.TEST_MODEL_WARNING
                + "\n");
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(golden));
  }

  @Test
  void aGoldExportLeavesTheTestModelsPairOutAndSaysNothingAboutIt() {
    Path project = imported();
    Path csv = folder.resolve("gold.csv");

    Run run = relex("export", project.toString(), "--format", "csv", "--out", csv.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("wrote 3 pairs (3 gold) to " + csv + " (csv)\n");
  }

  @Test
  void badArgumentsAndUnusableTargetsExitTwoWithOneLine() throws IOException {
    Path project = imported();

    Run unknown = relex("export", project.toString(), "--format", "xlsx", "--out", "x");
    Run allInBioc =
        relex(
            "export",
            project.toString(),
            "--format",
            "bioc-xml",
            "--out",
            folder.resolve("x.xml").toString(),
            "--all");
    Run noSource =
        relex(
            "export",
            project.toString(),
            "--format",
            "brat",
            "--out",
            folder.resolve("brat").toString());
    Run missing =
        relex("export", folder.resolve("none.relex").toString(), "--format", "jsonl", "--out", "x");
    Run existing = relex("import", golden.toString(), "--project", project.toString());

    assertThat(unknown.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(unknown.err())
        .isEqualTo(
            "relex: unknown export format 'xlsx' (expected one of"
                + " jsonl, csv, bioc-xml, bioc-json, brat, pubtator)\n");
    assertThat(allInBioc.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(allInBioc.err()).contains("leave out --all");
    assertThat(noSource.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(noSource.err()).startsWith("relex: Document PMID:1 has no source file");
    assertThat(missing.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(missing.err()).contains("no such project file");
    assertThat(existing.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(existing.err()).contains("already exists");
    assertThat(folder.resolve("x.xml")).doesNotExist();
    assertThat(folder.resolve("brat")).doesNotExist();
  }

  @Test
  void anImportWithBadLinesNamesEachLineAndExitsOne() throws IOException {
    Files.writeString(golden, "{\"doc_id\": 7, \"label\": null}\n", StandardOpenOption.APPEND);
    Path project = folder.resolve("imported.relex");

    Run run = relex("import", golden.toString(), "--project", project.toString());

    assertThat(run.exit()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err())
        .isEqualTo(
            "relex: error: "
                + golden
                + ":7: doc_id is missing or not a"
                + " string; line skipped (expected \"a string\", found \"7\")\n");
    assertThat(run.out()).endsWith("; lines skipped: 1\n");
  }

  @Test
  void anImportOfNothingUsableMakesNoProjectAndExitsTwo() throws IOException {
    Files.writeString(golden, "garbage\n");
    Path project = folder.resolve("imported.relex");

    Run run = relex("import", golden.toString(), "--project", project.toString());

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err())
        .endsWith(
            "relex: no line of "
                + golden
                + " could be imported (of 1"
                + " with content); no project made\n");
    assertThat(project).doesNotExist();
  }

  private Path severalCurators(String name) throws IOException {
    Path copy = folder.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/export/several-curators.jsonl")) {
      Files.copy(in, copy);
    }
    return copy;
  }

  @Test
  void labelsInAnotherCaseAreImportedAsTheLabelNamesWithAWarningAndAgreementCountsThemAsOne()
      throws IOException {
    Path original = severalCurators("several-curators.jsonl");
    List<String> lines = Files.readAllLines(original);
    lines.set(0, lines.get(0).replace("\"bob\":\"treats\"", "\"bob\":\"TREATS\""));
    lines.set(2, lines.get(2).replace("\"bob\":\"causes\"", "\"bob\":\"Causes\""));
    lines.set(3, lines.get(3).replace("\"label\":\"causes\"", "\"label\":\"CAUSES\""));
    Path shouting = Files.write(folder.resolve("shouting.jsonl"), lines);
    Path project = folder.resolve("imported.relex");
    Path again = folder.resolve("again.jsonl");

    Run importing = relex("import", shouting.toString(), "--project", project.toString());
    Run agreement = relex("agreement", project.toString(), "--json");
    relex("export", project.toString(), "--format", "jsonl", "--all", "--out", again.toString());

    assertThat(importing.exit()).isZero();
    assertThat(importing.err().lines().filter(line -> line.contains(" is read as ")))
        .containsExactly(
            "relex: warning: "
                + shouting
                + ":1: document PMID:1: curation.curators.bob"
                + " \"TREATS\" is read as \"treats\", the label of that name in another case",
            "relex: warning: "
                + shouting
                + ":3: document PMID:1: curation.curators.bob"
                + " \"Causes\" is read as \"causes\", the label of that name in another case",
            "relex: warning: "
                + shouting
                + ":4: document PMID:2: label \"CAUSES\" is read as"
                + " \"causes\", the label of that name in another case");
    assertThat(agreement.out()).doesNotContain("TREATS", "Causes", "CAUSES");
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(original));
  }

  @Test
  void importAndEvaluateRefuseTheSameBadLabelsAndRepeatedKeysByFileAndLine() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(severalCurators("in.jsonl")));
    lines.set(1, lines.get(1).replace("\"bob\":\"treats\"", "\"bob\":\"treatment\""));
    lines.set(
        5,
        lines
            .get(5)
            .replace("\"label\":\"treats\",", "\"label\":\"treats\"," + "\"label\":\"none\","));
    lines.set(0, lines.get(0).replace("\"label\":\"treats\"", "\"label\":\"cures\""));
    Path bad = Files.write(folder.resolve("bad.jsonl"), lines);

    Run importing =
        relex("import", bad.toString(), "--project", folder.resolve("p.relex").toString());
    Run evaluating = relex("evaluate", "--bootstrap", "0", bad.toString());

    String allowed = String.join(", ", SyntheticRelexLabels.ALL);
    assertThat(importing.exit()).isEqualTo(Main.PROBLEMS);
    List<String> errors =
        importing.err().lines().filter(line -> line.startsWith("relex: error: ")).toList();
    assertThat(errors)
        .containsExactly(
            "relex: error: "
                + bad
                + ":1: document PMID:1: label \"cures\" is not a label name;"
                + " line skipped (expected \"one of "
                + allowed
                + "\", found \"cures\")",
            "relex: error: "
                + bad
                + ":2: document PMID:1: curation.curators.bob \"treatment\" is"
                + " not a label name; line skipped (expected \"one of "
                + allowed
                + "\", found"
                + " \"treatment\")",
            "relex: error: "
                + bad
                + ":6: the key \"label\" is given twice in one object; line"
                + " skipped (expected \"each key once\", found \"label\")");
    assertThat(evaluating.exit()).isEqualTo(Main.PROBLEMS);
    assertThat(evaluating.err().lines()).contains(errors.get(0), errors.get(2));
    assertThat(evaluating.err()).doesNotContain("treatment");
  }
}
