package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;

/**
 * Discontinuous mentions whose text column joins the fragments otherwise than brat's single space:
 * src/test/resources/brat-shapes/discontinuous-joins (see the README there).
 */
class BratDiscontinuousJoinsTest {

  private static final Path ANN =
      Path.of("src/test/resources/brat-shapes/discontinuous-joins/joins.ann");

  private final Corpus corpus = read();

  private static Corpus read() {
    try {
      return new BratFormat().read(ANN);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Document document() {
    return corpus.documents().get(0);
  }

  private Entity entity(String id) {
    return document().entity(id).orElseThrow(() -> new AssertionError(id + " was dropped"));
  }

  @Test
  void fragmentsJoinedByNothingAreKeptAtTheirOffsetsWithTheStatedText() {
    Entity protein = entity("T1");

    assertThat(protein.spans()).containsExactly(new Span(33, 40), new Span(41, 42));
    assertThat(protein.text()).isEqualTo("protein1");
    assertThat(protein.conceptIds()).containsExactly("UniProt:P00001");
    assertThat(protein.infons().values()).containsEntry("brat:Confidence", "High");
  }

  @Test
  void fragmentsJoinedByTheTextBetweenThemAreKeptWithTheirNote() {
    Entity protein = entity("T2");

    assertThat(protein.spans()).containsExactly(new Span(50, 57), new Span(58, 59));
    assertThat(protein.infons().values()).containsEntry("note", "hyphenated in the text");
  }

  @Test
  void theEventAndRelationOnJoinedMentionsSurviveWithTheirAttribute() {
    assertThat(document().relations()).extracting(Relation::id).containsExactly("R1", "E1");
    Relation event = document().relations().get(1);
    assertThat(event.arguments()).extracting(a -> a.ref()).containsExactly("T5", "T1", "T2");
    assertThat(event.infons().values()).containsEntry("brat:Negation", true);
  }

  @Test
  void onlyTheMentionWhoseFragmentsDoNotMatchIsReportedAndDroppedWithItsRelation() {
    assertThat(document().entities())
        .extracting(Entity::id)
        .containsExactly("T1", "T2", "T3", "T5");
    assertThat(corpus.problems()).extracting(Problem::annotationId).containsExactly("T4", "R2");
    Problem mismatch = corpus.problems().get(0);
    assertThat(mismatch.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(mismatch.file()).endsWith("joins.ann");
    assertThat(mismatch.line()).isEqualTo(4);
    assertThat(mismatch.expected()).isEqualTo("protein 4");
    assertThat(mismatch.found()).isEqualTo("protein 3");
  }

  @Test
  void aJoinMatchesOnlyWhenEveryFragmentIsThereInOrderAndWhole() {
    DocumentText text = new DocumentText("IL 6 alpha, beta");
    List<Span> spans = List.of(new Span(0, 2), new Span(5, 10));

    assertThat(DiscontinuousMentionText.matches(text, spans, "ILalpha")).isTrue();
    assertThat(DiscontinuousMentionText.matches(text, spans, "IL \talpha")).isTrue();
    assertThat(DiscontinuousMentionText.matches(text, spans, "IL 6 alpha")).isTrue();
    assertThat(DiscontinuousMentionText.matches(text, spans, "alpha IL")).isFalse();
    assertThat(DiscontinuousMentionText.matches(text, spans, "IL alph")).isFalse();
    assertThat(DiscontinuousMentionText.matches(text, spans, "IL alphas")).isFalse();
    assertThat(DiscontinuousMentionText.matches(text, spans, "IL-alpha")).isFalse();
    assertThat(DiscontinuousMentionText.matches(text, List.of(new Span(0, 2)), "IL")).isFalse();
    assertThat(
            DiscontinuousMentionText.matches(
                text, List.of(new Span(0, 2), new Span(12, 30)), "IL beta"))
        .isFalse();
  }
}
