package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.TestData;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/** Every brat example in testdata/ (BioNLP-ST 2011, NCBI disease, tutorials), copied whole. */
class BratExamplesTest {

  private final BratFormat format = new BratFormat();
  private final Path examples = TestData.path("brat-examples");

  @Test
  void everyRealFileReadsWithoutProblems() throws Exception {
    Corpus corpus = format.read(examples);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).hasSize(113);
    assertThat(corpus.documents().stream().mapToInt(d -> d.entities().size()).sum())
        .isEqualTo(2805);
    assertThat(corpus.documents().stream().mapToInt(d -> d.relations().size()).sum())
        .isEqualTo(50 + 677 + 90);
    assertThat(corpus.documents())
        .extracting(Document::id)
        .contains("corpora/NCBI-disease/PMID-7795652", "tutorials/bio/999-complete");
  }

  @Test
  void everyRealFileSurvivesARoundTrip(@TempDir Path out) throws Exception {
    List<Document> documents = format.read(examples).documents();

    format.write(documents, out);

    Corpus reread = format.read(out);
    assertThat(reread.problems()).isEmpty();
    assertThat(reread.documents()).isEqualTo(documents);
  }

  @Test
  void theRegistryPicksBratForTheFolderAndForEachFile() throws Exception {
    FormatRegistry registry = FormatRegistry.standard();
    Path tutorial = examples.resolve("tutorials/bio");

    assertThat(registry.detect(examples).name()).isEqualTo("brat");
    assertThat(registry.detect(tutorial.resolve("110-note_annotation.ann")).name())
        .isEqualTo("brat");
    assertThat(registry.detect(tutorial.resolve("110-note_annotation.txt")).name())
        .isEqualTo("brat");
    assertThat(registry.detect(tutorial.resolve("010-navigation.ann")).name())
        .as("an empty annotation file")
        .isEqualTo("brat");
  }
}
