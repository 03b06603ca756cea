package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;
import org.relexcurator.model.Problem.Severity;
import org.relexcurator.model.Relation;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

class PubTatorWriterTest {

  @TempDir Path folder;

  private static Document document(
      String id,
      List<String> passageTexts,
      List<Integer> offsets,
      List<Entity> entities,
      List<Relation> relations) {
    TextLayout layout = new TextLayout();
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < passageTexts.size(); i++) {
      passages.add(new Passage("paragraph", layout.place(offsets.get(i), passageTexts.get(i))));
    }
    return new Document(id, layout.build(), passages, entities, relations, Infons.empty());
  }

  private static Entity entity(String id, int start, int end, String text, String... ids) {
    return new Entity(
        id, "Chemical", List.of(new Span(start, end)), text, List.of(ids), Infons.empty());
  }

  private String write(Document... documents) throws IOException {
    Path file = folder.resolve("out.PubTator");
    new PubTatorWriter().write(List.of(documents), file);
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private Corpus readBack() throws Exception {
    return new PubTatorReader().read(folder.resolve("out.PubTator"));
  }

  @Test
  void fullTextIsWrittenOnePassagePerBlockSoThatEveryOffsetStillHolds() throws Exception {
    // Passages at 0, 12 and 30, as a BioC full text has them: the gaps are spaces.
    Document fullText =
        document(
            "9",
            List.of("Title here", "Abstract text.", "Body mentions aspirin."),
            List.of(0, 12, 30),
            List.of(
                entity("a", 0, 5, "Title"),
                entity("b", 12, 20, "Abstract"),
                entity("c", 44, 51, "aspirin", "D001241")),
            List.of());

    String written = write(fullText);

    assertThat(written)
        .isEqualTo(
            """
        9|t|Title here\s
        9|a|Abstract text.  \s
        9\t0\t5\tTitle\tChemical\t
        9\t12\t20\tAbstract\tChemical\t

        9|t|Body mentions aspirin.
        9\t14\t21\taspirin\tChemical\tD001241

        """);
    Corpus reread = readBack();
    assertThat(reread.problems()).isEmpty();
    Document document = reread.documents().get(0);
    assertThat(document.text()).isEqualTo(fullText.text());
    assertThat(document.passages())
        .extracting(Passage::span)
        .containsExactly(new Span(0, 11), new Span(12, 29), new Span(30, 52));
    assertThat(document.entities())
        .extracting(Entity::spans, Entity::text)
        .containsExactlyElementsOf(
            fullText.entities().stream().map(e -> tuple(e.spans(), e.text())).toList());
    assertThat(document.entities())
        .extracting(Entity::conceptIds)
        .containsExactly(List.of(), List.of(), List.of("D001241"));
  }

  @Test
  void lineBreaksAndTabsInTextBecomeSpacesOneForOne() throws Exception {
    Document bratLike =
        document(
            "b1",
            List.of("Aspirin\nhelps\tadults."),
            List.of(0),
            List.of(entity("T1", 8, 13, "helps")),
            List.of());

    String written = write(bratLike);

    assertThat(written).isEqualTo("b1|t|Aspirin helps adults.\nb1\t8\t13\thelps\tChemical\t\n\n");
    assertThat(readBack().problems()).isEmpty();
  }

  @Test
  void passagesWithoutGapAreWrittenAsOneTitle() throws Exception {
    Document adjacent =
        document(
            "a1",
            List.of("Hello", "World"),
            List.of(0, 5),
            List.of(entity("T1", 5, 10, "World")),
            List.of());

    assertThat(write(adjacent)).isEqualTo("a1|t|HelloWorld\na1\t5\t10\tWorld\tChemical\t\n\n");
    assertThat(readBack().documents().get(0).text()).isEqualTo(adjacent.text());
  }

  @Test
  void mentionArgumentsAreWrittenAsTheMentionsFirstConceptIdAndLeftOutWithAWarningWithout()
      throws Exception {
    Document withMentionRelations =
        document(
            "m1",
            List.of("Aspirin and fever and pain."),
            List.of(0),
            List.of(
                entity("T1", 0, 7, "Aspirin", "D001241", "D000001"),
                entity("T2", 12, 17, "fever", "-", "D005334"),
                entity("T3", 22, 26, "pain", "-")),
            List.of(
                new Relation(
                    "R1",
                    "treats",
                    List.of(Argument.mention("Arg1", "T1"), Argument.mention("Arg2", "T2")),
                    Infons.of("novel", "No")),
                new Relation(
                    "R2",
                    "has",
                    List.of(Argument.mention("Arg1", "T1"), Argument.mention("Arg2", "T3")),
                    Infons.empty()),
                new Relation(
                    "R3",
                    "has",
                    List.of(Argument.mention("Arg1", "T9"), Argument.mention("Arg2", "T2")),
                    Infons.empty()),
                new Relation(
                    "E1",
                    "Event",
                    List.of(
                        Argument.mention("Theme", "T1"),
                        Argument.mention("Theme2", "T2"),
                        Argument.mention("Cause", "T3")),
                    Infons.empty())));
    Path file = folder.resolve("out.PubTator");

    List<Problem> losses = new PubTatorWriter().write(List.of(withMentionRelations), file);

    assertThat(Files.readString(file))
        .isEqualTo(
            """
        m1|t|Aspirin and fever and pain.
        m1\t0\t7\tAspirin\tChemical\tD001241|D000001
        m1\t12\t17\tfever\tChemical\t-|D005334
        m1\t22\t26\tpain\tChemical\t-
        m1\ttreats\tD001241\tD005334\tNo

        """);
    assertThat(losses)
        .allMatch(p -> p.severity() == Severity.WARNING)
        .extracting(Problem::describe)
        .containsExactly(
            file
                + ": document m1, annotation R2: PubTator relations join concept ids, and"
                + " mention T3 has none; relation left out (expected \"a concept id on both"
                + " mentions\", found \"has T1 T3\")",
            file
                + ": document m1, annotation R3: PubTator relations join concept ids, and"
                + " mention T9 is not in the document; relation left out (expected \"a concept id"
                + " on both mentions\", found \"has T9 T2\")",
            file
                + ": document m1, annotation E1: PubTator cannot hold a relation with 3"
                + " arguments; left out (expected \"2 arguments\", found \"Event T1 T2 T3\")");
    assertThat(readBack().problems()).isEmpty();
  }

  @Test
  void discontinuousMentionIsWrittenAsItsExtent() throws Exception {
    Entity discontinuous =
        new Entity(
            "T1",
            "Disease",
            List.of(new Span(0, 4), new Span(15, 22)),
            "Left ovarian",
            List.of("D010051"),
            Infons.empty());
    Document document =
        document(
            "d1",
            List.of("Left and right ovarian cysts."),
            List.of(0),
            List.of(discontinuous),
            List.of());

    Path file = folder.resolve("out.PubTator");

    List<Problem> losses = new PubTatorWriter().write(List.of(document), file);

    assertThat(Files.readString(file))
        .contains("d1\t0\t22\tLeft and right ovarian\tDisease\tD010051\n");
    assertThat(losses)
        .extracting(Problem::describe)
        .containsExactly(
            file
                + ": document d1,"
                + " annotation T1: PubTator cannot hold a discontinuous mention; written as its extent"
                + " 0-22 (expected \"Left ovarian\", found \"Left and right ovarian\")");
    assertThat(readBack().problems()).isEmpty();
  }

  @Test
  void compositeMentionsGoToTheSeventhColumn() throws Exception {
    Entity composite =
        new Entity(
            "T0",
            "Disease",
            List.of(new Span(0, 20)),
            "Hemorrhagic cystitis",
            List.of("D006470", "D003556"),
            Infons.of("compositeMentions", "Hemorrhagic|cystitis"));
    Document document =
        document("c1", List.of("Hemorrhagic cystitis"), List.of(0), List.of(composite), List.of());

    assertThat(write(document))
        .isEqualTo(
            "c1|t|Hemorrhagic cystitis\n"
                + "c1\t0\t20\tHemorrhagic cystitis\tDisease\tD006470|D003556\tHemorrhagic|cystitis\n\n");
    assertThat(readBack().documents().get(0).entities()).containsExactly(composite);
  }

  @Test
  void documentIdThatPubTatorCannotHoldIsRefusedBeforeAnythingIsWritten() {
    Path file = folder.resolve("refused.PubTator");
    Document fine = document("1", List.of("Fine."), List.of(0), List.of(), List.of());
    Document dataset =
        document("123|PMC9|doi", List.of("Dataset id."), List.of(0), List.of(), List.of());

    assertThatThrownBy(() -> new PubTatorWriter().write(List.of(fine, dataset), file))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "document id '123|PMC9|doi' cannot be written as PubTator: ids must be"
                + " non-empty, without '|', tabs or line breaks");
    assertThat(file).doesNotExist();
  }

  @Test
  void writingReplacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
    Path file = folder.resolve("out.PubTator");
    Files.writeString(file, "old content that is much longer than the new content\n".repeat(9));

    write(document("1", List.of("New."), List.of(0), List.of(), List.of()));

    assertThat(Files.readString(file)).isEqualTo("1|t|New.\n\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void noDocumentsWriteAnEmptyFile() throws Exception {
    assertThat(write()).isEmpty();
    assertThat(readBack().documents()).isEmpty();
  }
}
