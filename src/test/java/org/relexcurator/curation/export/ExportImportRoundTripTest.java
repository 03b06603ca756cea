package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Decision;

/** Export, import, export again: the same bytes, and the new project holds what the old did. */
class ExportImportRoundTripTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;

  private Path export(Path projectFile, String name, boolean all) throws Exception {
    Path target = folder.resolve(name);
    try (ProjectDatabase project = ProjectDatabase.open(projectFile)) {
      new ProjectExport(FormatRegistry.standard(), CLOCK)
          .export(CuratedProject.read(project), ExportFormat.JSONL, target, all);
    }
    return target;
  }

  private Path original() throws Exception {
    Path file = folder.resolve("original.relex");
    HandMadeProject.create(file).close();
    return file;
  }

  @ParameterizedTest(name = "all pairs: {0}")
  @ValueSource(booleans = {true, false})
  void anExportImportedAndExportedAgainIsByteIdentical(boolean all) throws Exception {
    Path first = export(original(), "first.jsonl", all);

    ImportSummary summary =
        new ProjectImport(CLOCK).importJsonl(first, folder.resolve("imported.relex"));
    Path second = export(summary.project(), "second.jsonl", all);

    assertThat(summary.problems()).isEmpty();
    assertThat(summary.imported()).isEqualTo(all ? 6 : 3);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void theImportedProjectHoldsTheDocumentsPredictionsAndDecisionsOfTheExport() throws Exception {
    Path first = export(original(), "first.jsonl", true);
    Path imported = folder.resolve("imported.relex");

    new ProjectImport(CLOCK).importJsonl(first, imported);

    try (ProjectDatabase project = ProjectDatabase.open(imported)) {
      assertThat(project.contents().documents())
          .containsExactly(
              new DocumentIdentity("PMID:1", null, null, null),
              new DocumentIdentity("PMID:2", null, null, null));
      assertThat(project.contents().pairs())
          .containsExactly(
              HandMadeProject.TREATS,
              HandMadeProject.REVERSED,
              HandMadeProject.FLAGGED,
              HandMadeProject.ALPHA,
              HandMadeProject.SKIPPED,
              HandMadeProject.UNDECIDED);
      StoredPrediction skipped =
          project.contents().latestPredictions().get(HandMadeProject.SKIPPED.key());
      assertThat(skipped.model().testModel()).isTrue();
      assertThat(skipped.model().name()).isEqualTo("tiny-test-model");
      assertThat(skipped.time()).isEqualTo(HandMadeProject.PREDICTED);
      List<Decision> log = project.decisions().log();
      assertThat(log).hasSize(5);
      Decision rejected = project.decisions().current(HandMadeProject.REVERSED.key()).orElseThrow();
      assertThat(rejected.curator()).isEqualTo("alice");
      assertThat(rejected.label()).isEqualTo("none");
      assertThat(rejected.note()).isEqualTo(HandMadeProject.NOTE);
      assertThat(rejected.predictedLabel()).isEqualTo("treats");
      assertThat(rejected.predictedScore()).isEqualTo(0.4);
      assertThat(rejected.time()).isEqualTo(Instant.parse("2026-03-02T10:00:30Z"));
      assertThat(rejected.timeSpent().toMillis()).isEqualTo(12_345);
    }
  }

  @Test
  void theRealSampleMakesNoDifferenceEither() throws Exception {
    Path project = SampleProject.create(folder);
    Path first = export(project, "sample-first.jsonl", true);

    ImportSummary summary =
        new ProjectImport(CLOCK).importJsonl(first, folder.resolve("sample-imported.relex"));
    Path second = export(summary.project(), "sample-second.jsonl", true);

    assertThat(summary.problems()).isEmpty();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
  }
}
