package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Span;

/**
 * The BioC DTD allows annotations in a document after its passages ({@code document (id, infon*,
 * passage+, annotation*, relation*)}); BioC JSON has them as the document's {@code annotations}.
 * Their offsets count from the document start, as passage annotations' do.
 */
class BiocDocumentLevelAnnotationsTest {

  static Path fixture(String name) {
    try {
      return Path.of(
          BiocDocumentLevelAnnotationsTest.class.getResource("/bioc-shapes/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  private static Document onlyDocument(Corpus corpus) {
    assertThat(corpus.documents()).hasSize(1);
    return corpus.documents().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"document-level-annotations.xml", "document-level-annotations.json"})
  void documentLevelAnnotationsBecomeEntitiesAfterThePassageOnes(String name) throws Exception {
    Document document = onlyDocument(FormatRegistry.standard().read(fixture(name)));

    assertThat(document.entities()).extracting(Entity::id).containsExactly("P1", "D1", "D2");
    Entity fever = document.entities().get(1);
    assertThat(fever.type()).isEqualTo("Disease");
    assertThat(fever.conceptIds()).containsExactly("D005334");
    assertThat(fever.spans()).containsExactly(new Span(16, 21));
    assertThat(document.text().slice(fever.spans().get(0))).isEqualTo("fever");
    Entity headache = document.entities().get(2);
    assertThat(document.text().slice(headache.spans().get(0))).isEqualTo("headache");
  }

  @ParameterizedTest
  @ValueSource(strings = {"document-level-annotations.xml", "document-level-annotations.json"})
  void relationsReferToDocumentLevelAnnotationsWithoutComplaint(String name) throws Exception {
    Corpus corpus = FormatRegistry.standard().read(fixture(name));

    assertThat(onlyDocument(corpus).relations())
        .singleElement()
        .satisfies(
            relation -> {
              assertThat(relation.type()).isEqualTo("treats");
              assertThat(relation.arguments())
                  .containsExactly(
                      Argument.mention("Chemical", "P1"), Argument.mention("Disease", "D1"));
            });
    assertThat(corpus.problems()).noneMatch(p -> p.message().contains("node refers to"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"document-level-annotations.xml", "document-level-annotations.json"})
  void documentLevelAnnotationPastTheTextIsReportedNotLostSilently(String name) throws Exception {
    Corpus corpus = FormatRegistry.standard().read(fixture(name));

    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.documentId()).isEqualTo("doc-annotations");
              assertThat(p.annotationId()).isEqualTo("D9");
              assertThat(p.message()).contains("lies past the end of the text");
              assertThat(p.line()).isPositive();
            });
  }
}
