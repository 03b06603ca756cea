package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.MentionOverlay;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.Span;

/** What an export reports, and what it refuses without touching the target. */
class ProjectExportTest {

  @TempDir Path folder;

  private CuratedProject handMade() throws Exception {
    try (ProjectDatabase project = HandMadeProject.create(folder.resolve("hand-made.relex"))) {
      return CuratedProject.read(project);
    }
  }

  @Test
  void theSummaryCountsPairsGoldTestModelPredictionsAndDecisionsWithoutTheirPair()
      throws Exception {
    CuratedProject project = handMade();

    ExportSummary all =
        ProjectExport.standard().export(project, ExportFormat.CSV, folder.resolve("all.csv"), true);
    ExportSummary gold =
        ProjectExport.standard()
            .export(project, ExportFormat.JSONL, folder.resolve("gold.jsonl"), false);

    assertThat(all.pairs()).isEqualTo(6);
    assertThat(all.goldPairs()).isEqualTo(3);
    assertThat(all.testModelPairs()).isEqualTo(1);
    assertThat(all.missingPairs()).containsExactly("PMID:9|T1|T2");
    assertThat(gold.pairs()).isEqualTo(3);
    assertThat(gold.testModelPairs()).isZero();
    assertThat(Files.readAllLines(folder.resolve("gold.jsonl"))).hasSize(3);
  }

  @Test
  void aPairSavedWithoutMentionDetailsStopsTheExportAndTheOldFileStays() throws Exception {
    StoredPair old =
        new StoredPair(
            "PMID:1",
            "T1",
            List.of(new Span(0, 3)),
            "Chemical",
            "T2",
            List.of(new Span(8, 12)),
            "Disease",
            new Span(0, 12),
            "[E1]abc[/E1] x [E2]defg[/E2]",
            "exact",
            null,
            null,
            null,
            null,
            null,
            null);
    CuratedProject project =
        new CuratedProject(
            List.of(),
            List.of(new CuratedPair(old, null, null)),
            List.of(),
            List.of(),
            MentionOverlay.none());
    Path target = folder.resolve("curated.jsonl");
    Files.writeString(target, "the earlier export\n");

    assertThatThrownBy(
            () -> ProjectExport.standard().export(project, ExportFormat.JSONL, target, true))
        .isInstanceOf(ExportException.class)
        .hasMessage(
            "Pair PMID:1|T1|T2 was saved by an earlier version of RelEx Curator, which"
                + " did not keep its mentions' text, concept ids and corpus types; open document"
                + " PMID:1 in the project again so that its pairs are saved anew, then export");
    assertThat(Files.readString(target)).isEqualTo("the earlier export\n");
    try (var files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFileFormatRefusesAFolderAsItsTarget() throws Exception {
    CuratedProject project = handMade();
    Path target = Files.createDirectories(folder.resolve("out"));

    assertThatThrownBy(
            () -> ProjectExport.standard().export(project, ExportFormat.CSV, target, false))
        .isInstanceOf(ExportException.class)
        .hasMessage(target + " is a folder; name the file to write");
  }
}
