package org.relexcurator.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.export.ExportFormat;
import org.relexcurator.curation.export.ProjectExport;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.pipeline.ProjectCorpus;
import org.relexcurator.task.SynchronousTaskExecutor;

class ExportViewModelTest {

  @TempDir Path folder;
  private ProjectDatabase project;
  private ExportViewModel viewModel;

  @BeforeEach
  void projectOfTheSampleWithOneDecision() throws Exception {
    Path sample =
        Files.copy(
            Path.of("resources/samples/biored-dev-sample.pubtator"),
            folder.resolve("sample.pubtator"));
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    PreparedCorpus corpus = preparation.prepare(sample);
    project = ProjectDatabase.create(folder.resolve("sample.relex"));
    new ProjectCorpus(preparation).save(corpus, project.contents());
    project
        .decisions()
        .record(
            DecisionDraft.labelled(
                corpus.pairs().get(3).key(),
                "alice",
                Decision.NO_RELATION,
                null,
                null,
                null,
                "",
                Instant.parse("2026-11-25T10:00:00Z"),
                Duration.ofSeconds(7)));
    viewModel =
        new ExportViewModel(() -> project, ProjectExport.standard(), new SynchronousTaskExecutor());
  }

  @AfterEach
  void close() throws Exception {
    project.close();
  }

  @Test
  void everyPairGoesAlongOnlyWhereTheFormatCanHoldIt() throws Exception {
    Path jsonl = folder.resolve("all.jsonl");
    viewModel.everyPairProperty().set(true);

    viewModel.export(jsonl);

    assertThat(viewModel.failedProperty().get()).isFalse();
    assertThat(viewModel.outcomeProperty().get())
        .startsWith("Exported 201 pairs (1 with a gold label) to " + jsonl);
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(201);
    assertThat(lines).filteredOn(line -> line.contains("\"label\":\"none\"")).hasSize(1);

    viewModel.formatProperty().set(ExportFormat.BIOC_XML);
    assertThat(viewModel.everyPairPossibleProperty().get()).isFalse();
    Path xml = folder.resolve("gold.xml");
    viewModel.export(xml);
    assertThat(viewModel.outcomeProperty().get())
        .startsWith("Exported 1 pair (1 with a gold label) in 6 documents to " + xml);
  }

  @Test
  void anExportThatCannotBeMadeSaysWhyAndWritesNothing() throws Exception {
    Path aFolder = Files.createDirectory(folder.resolve("out"));

    viewModel.export(aFolder);

    assertThat(viewModel.failedProperty().get()).isTrue();
    assertThat(viewModel.runningProperty().get()).isFalse();
    assertThat(viewModel.outcomeProperty().get())
        .startsWith("Nothing was exported: ")
        .contains("is a folder");
    assertThat(aFolder).isEmptyDirectory();
  }
}
