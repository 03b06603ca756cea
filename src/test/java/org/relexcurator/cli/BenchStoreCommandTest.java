package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.project.ProjectDatabase;

class BenchStoreCommandTest {

  @TempDir Path folder;

  private static String relex(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertThat(exit).as(err.toString()).isEqualTo(expectedExit);
    return out + err.toString();
  }

  @Test
  void benchStoreReportsItsFiguresAndLeavesNothingBehind() throws IOException {
    String report =
        relex(
            Main.OK,
            "bench-store",
            "--pairs",
            "45",
            "--decisions",
            "30",
            "--reopens",
            "3",
            "--dir",
            folder.toString());

    assertThat(report)
        .containsPattern("machine +\\d+ cores")
        .contains("3 documents, 45 pairs, 45 predictions")
        .containsPattern("decisions +30 in [0-9.]+ s: \\d+ decisions/s")
        .contains("median of 3")
        .contains("a log of 30 decisions");
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void benchStoreKeepsAProjectThatOpensWithEveryDecision() throws Exception {
    relex(
        Main.OK,
        "bench-store",
        "--pairs",
        "20",
        "--decisions",
        "25",
        "--reopens",
        "1",
        "--dir",
        folder.toString(),
        "--keep");

    Path project;
    try (Stream<Path> files = Files.list(folder)) {
      project =
          files
              .filter(f -> f.toString().endsWith(ProjectDatabase.EXTENSION))
              .findFirst()
              .orElseThrow();
    }
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      assertThat(opened.decisions().log()).hasSize(25);
      assertThat(opened.contents().pairs()).hasSize(20);
      assertThat(opened.contents().latestPredictions()).hasSize(20);
    }
  }

  @Test
  void benchStoreRefusesCountsBelowOne() {
    assertThat(relex(Main.UNUSABLE, "bench-store", "--decisions", "0"))
        .isEqualTo(
            "relex: --pairs, --decisions and --reopens must be at least 1"
                + System.lineSeparator());
  }
}
