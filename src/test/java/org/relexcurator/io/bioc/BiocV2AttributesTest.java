package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Span;

/**
 * BioC v2 XML puts a document's id and a passage's or sentence's offset in attributes ({@code
 * <document id="…">}, {@code <passage offset="…">}) instead of child elements.
 */
class BiocV2AttributesTest {

  @TempDir Path folder;

  private final Corpus corpus = read();

  private static Corpus read() {
    try {
      return FormatRegistry.standard()
          .read(BiocDocumentLevelAnnotationsTest.fixture("bioc-v2-attributes.xml"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void documentIdsComeFromTheIdAttribute() {
    assertThat(corpus.format()).isEqualTo("bioc-xml");
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("v2-1", "v2-2");
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void passagesAndSentencesArePlacedAtTheirOffsetAttributes() {
    Document first = corpus.documents().get(0);

    assertThat(first.passages())
        .extracting(Passage::span)
        .containsExactly(new Span(0, 36), new Span(37, 59));
    assertThat(first.text().slice(new Span(37, 59))).isEqualTo("Carriers are screened.");
    assertThat(first.passages().get(1).sentences())
        .singleElement()
        .satisfies(s -> assertThat(s.span()).isEqualTo(new Span(37, 59)));
    assertThat(first.entities()).extracting(Entity::id).containsExactly("T1", "T2");
    assertThat(corpus.documents().get(1).text().value()).isEqualTo("Second document.");
  }

  @Test
  void theChildElementWinsOverTheAttributeWhereAFileHasBoth() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("both.xml"),
            "<collection>"
                + "<document id=\"attribute\"><id>element</id>"
                + "<passage offset=\"99\"><offset>0</offset><text>Text.</text></passage>"
                + "</document></collection>");

    Document document = FormatRegistry.standard().read(file).documents().get(0);

    assertThat(document.id()).isEqualTo("element");
    assertThat(document.text().value()).isEqualTo("Text.");
  }

  @Test
  void aDocumentWhosePassagesGiveNoTextIsReportedAsEmpty() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("empty.xml"),
            "<collection>"
                + "<document id=\"empty\"><passage offset=\"0\"><text></text></passage></document>"
                + "</collection>");

    Corpus read = FormatRegistry.standard().read(file);

    assertThat(read.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.text().length()).isZero());
    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
              assertThat(p.documentId()).isEqualTo("empty");
              assertThat(p.message()).isEqualTo("document is empty: none of its passages has text");
            });
  }
}
