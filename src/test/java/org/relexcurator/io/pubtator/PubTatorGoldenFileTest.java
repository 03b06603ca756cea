package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relexcurator.model.Argument;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Relation;

/** Real slices of CDR and BioRED read, written and read again (provenance in the README there). */
class PubTatorGoldenFileTest {

  @TempDir Path folder;

  private static Path golden(String name) throws Exception {
    return Path.of(
        Objects.requireNonNull(
                PubTatorGoldenFileTest.class.getResource("/golden/pubtator/" + name), name)
            .toURI());
  }

  private static Corpus read(Path file) throws Exception {
    return new PubTatorFormat().read(file);
  }

  @ParameterizedTest
  @CsvSource({
    "cdr-dev-slice.PubTator.txt, cdr-dev-slice.expected.PubTator.txt, 2",
    "biored-dev-slice.PubTator, biored-dev-slice.expected.PubTator, 3"
  })
  void writingWhatWasReadGivesTheExpectedBytesAndReadsBackTheSame(
      String input, String expected, int documents) throws Exception {
    Corpus original = read(golden(input));
    Path written = folder.resolve(input);

    new PubTatorFormat().write(original.documents(), written);

    assertThat(original.problems()).isEmpty();
    assertThat(original.documents()).hasSize(documents);
    assertThat(Files.readAllBytes(written)).isEqualTo(Files.readAllBytes(golden(expected)));
    Corpus reread = read(written);
    assertThat(reread.problems()).isEmpty();
    assertThat(reread.documents()).isEqualTo(original.documents());
  }

  @Test
  void cdrSliceKeepsCompositeMentionsAndUnknownIds() throws Exception {
    List<Document> documents = read(golden("cdr-dev-slice.PubTator.txt")).documents();

    Entity coma = documents.get(1).entities().get(0);
    assertThat(coma.conceptIds()).containsExactly("D006943", "D000140", "D003128");
    assertThat(coma.infons())
        .isEqualTo(Infons.of("compositeMentions", "Hyperglycemic|acidotic|coma"));
    assertThat(documents.get(1).entities())
        .filteredOn(e -> e.text().equals("metabolic-endocrine failure"))
        .singleElement()
        .satisfies(e -> assertThat(e.conceptIds()).containsExactly("-1"));
    assertThat(documents).extracting(d -> d.relations().size()).containsExactly(2, 5);
  }

  @Test
  void bioredSliceKeepsVariantIdsNovelColumnAndRelationsWithEqualArguments() throws Exception {
    List<Document> documents = read(golden("biored-dev-slice.PubTator")).documents();

    assertThat(documents.get(1).entities())
        .extracting(Entity::conceptIds)
        .contains(List.of("c|DEL|5063|T"), List.of("c|SUB|C|33468|T"), List.of("-"));
    assertThat(documents.get(2).entities())
        .filteredOn(e -> e.text().equals("PAF1c"))
        .singleElement()
        .satisfies(e -> assertThat(e.conceptIds()).containsExactly("22083", "54624", "76246"));
    assertThat(documents.get(2).relations())
        .filteredOn(r -> r.type().equals("Bind"))
        .extracting(Relation::arguments, Relation::infons)
        .contains(
            tuple(
                List.of(Argument.concept("entity1", "22083"), Argument.concept("entity2", "22083")),
                Infons.of("novel", "No")));
    assertThat(documents)
        .flatExtracting(Document::relations)
        .allMatch(r -> r.infons().has("novel"));
  }
}
