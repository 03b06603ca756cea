package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.Problem;

/** Importing a JSONL export: bad lines reported and skipped, and never half a project. */
class ProjectImportTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  private static List<String> goldenLines() throws IOException {
    try (InputStream in =
        ProjectImportTest.class.getResourceAsStream("/export/hand-made-all.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private Path jsonl(List<String> lines) throws IOException {
    Path file = folder.resolve("curated.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private ImportSummary importLines(List<String> lines) throws Exception {
    return new ProjectImport(CLOCK).importJsonl(jsonl(lines), folder.resolve("new.relex"));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.sorted().toList();
    }
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndWhatWasExpectedAndTheRestIsImported() throws Exception {
    List<String> good = goldenLines();
    List<String> lines = new ArrayList<>(good);
    lines.add("{\"doc_id\": \"PMID:3\", ");
    lines.add("[1, 2]");
    lines.add(
        good.get(0)
            .replace("\"e1_spans\":[[0,9]]", "\"e1_spans\":[[9,0]]")
            .replace("\"e1_id\":\"T1\"", "\"e1_id\":\"T7\""));
    lines.add(
        good.get(0)
            .replace("\"score\":0.8654832540016572", "\"score\":0.9")
            .replace("\"e1_id\":\"T1\"", "\"e1_id\":\"T8\""));
    lines.add(good.get(1));
    lines.add(
        good.get(0)
            .replace("\"settled_by\":\"single\"", "\"settled_by\":\"agreement\"")
            .replace("\"e1_id\":\"T1\"", "\"e1_id\":\"T9\""));
    lines.add("");
    lines.add(
        good.get(0)
            .replace("\"label\":\"treats\",\"entity1\"", "\"label\":null," + "\"entity1\"")
            .replace("\"e1_id\":\"T1\"", "\"e1_id\":\"T10\""));
    lines.add(
        good.get(0)
            .replace("\"name\":\"synthetic_relex\"", "\"name\":\"renamed\"")
            .replace("\"e1_id\":\"T1\"", "\"e1_id\":\"T11\""));

    ImportSummary summary = importLines(lines);

    String file = folder.resolve("curated.jsonl").toString();
    assertThat(summary.imported()).isEqualTo(6);
    assertThat(summary.rows()).isEqualTo(14);
    assertThat(summary.skipped()).isEqualTo(8);
    assertThat(summary.problems())
        .allMatch(p -> p.severity() == Problem.Severity.ERROR)
        .extracting(Problem::describe)
        .containsExactly(
            file
                + ":7: not JSON: Unexpected end-of-input within/between Object entries; line"
                + " skipped (expected \"a JSON object\", found \"{\"doc_id\": \"PMID:3\","
                + " \")",
            file
                + ":8: not a JSON object; line skipped (expected \"a JSON object\", found"
                + " \"[1, 2]\")",
            file
                + ":9: document PMID:1: e1_spans holds a span that is not [start, end] with 0 <="
                + " start <= end; line skipped (expected \"[start, end]\", found \"[9,0]\")",
            file
                + ":10: document PMID:1: prediction.score is not the softmax of the logits; line"
                + " skipped (expected \"0.8654832540016572\", found \"0.9\")",
            file
                + ":11: document PMID:1: pair PMID:1|T2|T1 is on line 2 already; line skipped"
                + " (expected \"each pair once\", found nothing)",
            file
                + ":12: document PMID:1: curation.status and settled_by do not follow from"
                + " curators and action; line skipped (expected \"gold by single, curators"
                + " {alice=treats}\", found \"gold by agreement, curators {alice=treats}\")",
            file
                + ":14: document PMID:1: label must be given exactly when curation.status is"
                + " gold; line skipped (expected \"a label\", found \"null\")",
            file
                + ":15: document PMID:1: model sha256:5ca1ab1e is described differently on"
                + " line 1; line skipped (expected \"synthetic_relex\", found \"renamed\")");
    try (ProjectDatabase project = ProjectDatabase.open(summary.project())) {
      assertThat(project.contents().pairs()).hasSize(6);
    }
  }

  @Test
  void aRowWithSeveralCuratorsRecordsEachCuratorsLabelBeforeTheDecidingOneAndWarnsOfWhatIsLost()
      throws Exception {
    String line =
        goldenLines()
            .get(0)
            .replace(
                "\"curators\":{\"alice\":\"treats\"}",
                "\"curators\":{\"alice\":\"treats\",\"bob\":\"treats\"}")
            .replace("\"settled_by\":\"single\"", "\"settled_by\":\"agreement\"");

    ImportSummary summary = importLines(List.of(line));

    assertThat(summary.imported()).isEqualTo(1);
    assertThat(summary.decisions()).isEqualTo(2);
    assertThat(summary.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message())
                  .contains(
                      "besides alice's accepted are recorded with their" + " curator's label only");
            });
    try (ProjectDatabase project = ProjectDatabase.open(summary.project())) {
      assertThat(project.decisions().log())
          .extracting(Decision::curator, Decision::label)
          .containsExactly(tuple("bob", "treats"), tuple("alice", "treats"));
    }
  }

  @Test
  void aCurationThatTheCuratorsLabelsDoNotSettleAsWrittenIsABadLine() throws Exception {
    String disputedAsGold =
        goldenLines()
            .get(0)
            .replace(
                "\"curators\":{\"alice\":\"treats\"}",
                "\"curators\":{\"alice\":\"treats\",\"bob\":\"none\"}")
            .replace("\"settled_by\":\"single\"", "\"settled_by\":\"agreement\"");

    ImportSummary summary = importLines(List.of(disputedAsGold));

    assertThat(summary.imported()).isZero();
    assertThat(summary.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("do not follow from curators and action");
    assertThat(summary.problems().get(0).expected())
        .isEqualTo("disputed, curators {alice=treats, bob=none}");
  }

  @Test
  void aFlagsTentativeLabelInAnOlderExportIsKeptWithAWarning() throws Exception {
    String older =
        goldenLines()
            .get(2)
            .replace("\"curators\":{\"bob\":null}", "\"curators\":{\"bob\":\"treats\"}");

    ImportSummary summary = importLines(List.of(older));

    assertThat(summary.imported()).isEqualTo(1);
    assertThat(summary.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("gives bob the label treats on an open pair");
    try (ProjectDatabase project = ProjectDatabase.open(summary.project())) {
      assertThat(project.decisions().log())
          .singleElement()
          .extracting(Decision::action, Decision::label)
          .containsExactly(DecisionAction.FLAGGED, "treats");
    }
  }

  @Test
  void anExistingProjectIsNeverReplaced() throws Exception {
    Path existing = folder.resolve("new.relex");
    Files.writeString(existing, "precious");

    assertThatThrownBy(() -> importLines(goldenLines()))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            existing
                + " already exists; an import makes a new project, so name a file"
                + " that is not there yet");
    assertThat(Files.readString(existing)).isEqualTo("precious");
  }

  @Test
  void aLineThatIsNotUtf8IsSkippedLikeAnyBadLine() throws Exception {
    Path file = jsonl(goldenLines());
    Files.write(file, new byte[] {'{', (byte) 0xC3, '}', '\r', '\n'}, StandardOpenOption.APPEND);

    ImportSummary summary = new ProjectImport(CLOCK).importJsonl(file, folder.resolve("new.relex"));

    assertThat(summary.imported()).isEqualTo(6);
    assertThat(summary.problems())
        .extracting(Problem::describe)
        .containsExactly(
            file + ":7: not UTF-8 text; line skipped (expected \"UTF-8 text\", found nothing)");
  }

  @Test
  void aFileWithoutOneUsableLineMakesNoProject() throws Exception {
    ImportSummary summary = importLines(List.of("not json", "", "{}"));

    assertThat(summary.project()).isNull();
    assertThat(summary.rows()).isEqualTo(2);
    assertThat(summary.problems()).extracting(Problem::line).containsExactly(1, 3);
    assertThat(files()).containsExactly(folder.resolve("curated.jsonl"));
  }

  @Test
  void aProjectThatCannotBeWrittenLeavesNothingBehind() throws Exception {
    Path jsonl = jsonl(goldenLines());
    Path gone = folder.resolve("no-such-folder").resolve("new.relex");

    assertThatThrownBy(() -> new ProjectImport(CLOCK).importJsonl(jsonl, gone))
        .isInstanceOf(CurationStoreException.class);
    assertThat(files()).containsExactly(jsonl);
  }
}
