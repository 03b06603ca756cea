package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relexcurator.TestData;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

class SentenceSplitterTest {

  private static final String BOUNDARY = " || ";

  private final SentenceSplitter splitter = new SentenceSplitter();

  /** A document whose only passage starts after a prefix, so offsets are document-level. */
  private static Document document(String prefix, String text, List<Entity> entities) {
    TextLayout layout = new TextLayout();
    Span title = layout.place(0, prefix);
    Span body = layout.place(title.end() + 1, text);
    return new Document(
        "d",
        layout.build(),
        List.of(new Passage("title", title), new Passage("abstract", body)),
        entities,
        List.of(),
        null);
  }

  private List<String> sentencesOf(Document document) {
    Passage passage = document.passages().get(document.passages().size() - 1);
    return splitter.split(document, passage).stream().map(document::sentenceText).toList();
  }

  private List<String> split(String text) {
    return sentencesOf(document("Title", text, List.of()));
  }

  static Stream<Arguments> trickyBiomedicalSentences() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                SentenceSplitterTest.class.getResourceAsStream("/sentences/tricky-biomedical.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] columns = line.split("\t", 2);
          cases.add(Arguments.of(columns[0], columns[1]));
        }
      }
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("trickyBiomedicalSentences")
  void splitsTrickyBiomedicalTextWhereAPersonWould(String source, String marked) {
    List<String> expected = Arrays.asList(marked.split(" \\|\\| "));

    assertThat(split(marked.replace(BOUNDARY, " "))).as(source).isEqualTo(expected);
  }

  @Test
  void aLineBreakEndsATitleWithoutPeriod() {
    assertThat(split("Pallidal stimulation and pallidotomy\nA resurgence of interest came."))
        .containsExactly("Pallidal stimulation and pallidotomy", "A resurgence of interest came.");
  }

  @Test
  void blankLinesAlwaysEndSentencesAndWrappedLinesInLowerCaseGoOn() {
    assertThat(split("Results were\nconfirmed in mice.\r\n\r\nthe second paragraph\nNew line"))
        .containsExactly("Results were\nconfirmed in mice.", "the second paragraph", "New line");
  }

  @Test
  void sentencesAreTrimmedOfWhiteSpaceIncludingNoBreakSpaces() {
    Document document =
        document("Title", "  \t\u00a0First one.   Second one.\u00a0 \n ", List.of());

    List<Sentence> sentences = splitter.split(document, document.passages().get(1));

    assertThat(sentences)
        .extracting(document::sentenceText)
        .containsExactly("First one.", "Second one.");
    assertThat(sentences.get(0).start()).isEqualTo(6 + 4);
  }

  @Test
  void offsetsAreCodePointsOfTheDocumentWithCharactersOutsideTheBasicPlane() {
    String title = "\uD835\uDEFC and \uD835\uDEFD";
    String text = "The \uD835\uDEFC-helix of \uD83E\uDDEC binds. The \uD835\uDEFD-sheet does not.";
    Document document = document(title, text, List.of());

    List<Sentence> sentences = splitter.split(document, document.passages().get(1));

    assertThat(sentences)
        .extracting(Sentence::span)
        .containsExactly(new Span(8, 31), new Span(32, 53));
    assertThat(sentences)
        .extracting(document::sentenceText)
        .containsExactly(
            "The \uD835\uDEFC-helix of \uD83E\uDDEC binds.", "The \uD835\uDEFD-sheet does not.");
  }

  @Test
  void neverEndsASentenceInsideAnEntityMention() {
    String text = "Mice were infected with the strain S. Typhimurium LT2. All died.";
    Entity species =
        new Entity(
            "T1", "Species", List.of(new Span(41, 55)), "S. Typhimurium", List.of("90371"), null);

    assertThat(split(text))
        .as("without the mention, the initial ends a sentence")
        .containsExactly("Mice were infected with the strain S.", "Typhimurium LT2.", "All died.");
    Document document = document("Title", text, List.of(species));
    assertThat(document.text().slice(species.extent())).isEqualTo("S. Typhimurium");
    assertThat(sentencesOf(document))
        .containsExactly("Mice were infected with the strain S. Typhimurium LT2.", "All died.");
  }

  @Test
  void worksAsTheDocumentsSentenceHookAndKeepsSentencesAPassageHas() {
    Document document = document("A title. With two parts?", "One. Two.", List.of());
    Passage given = document.passages().get(0).withSentences(List.of(Sentence.of(0, 24)));
    Document withGiven =
        new Document(
            "d",
            document.text(),
            List.of(given, document.passages().get(1)),
            List.of(),
            List.of(),
            null);

    Document split = withGiven.withSentences(splitter::split);

    assertThat(split.passages().get(0).sentences()).containsExactly(Sentence.of(0, 24));
    assertThat(split.passages().get(1).sentences())
        .containsExactly(Sentence.of(25, 29), Sentence.of(30, 34));
  }

  @Test
  void anEmptyOrBlankPassageHasNoSentences() {
    assertThat(split("")).isEmpty();
    assertThat(split(" \n\t ")).isEmpty();
  }

  @Test
  void theGoldSentencesOfTheBiocExampleAreOneSentenceEach() throws IOException {
    Path file = TestData.path("bioc-json-ncbi/json/everything-sentence.json");
    List<String> gold = new ArrayList<>();
    for (JsonNode document : new ObjectMapper().readTree(file.toFile()).path("documents")) {
      for (JsonNode passage : document.path("passages")) {
        passage.path("sentences").forEach(s -> gold.add(s.path("text").asText()));
      }
    }
    assertThat(gold).isNotEmpty();

    for (String sentence : gold) {
      assertThat(split(sentence)).containsExactly(sentence);
    }
  }
}
