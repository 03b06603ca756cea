package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * A file that is clearly XML or JSON is read in its format or refused with a message that says what
 * it looks like; it never falls through to plain text as one document of markup.
 */
class StructuredInputDetectionTest {

  private final FormatRegistry registry = FormatRegistry.standard();

  @TempDir Path folder;

  @Test
  void biocXmlWhoseInternalSubsetRunsPastTheHeadIsStillBiocXml() throws Exception {
    Path file = HostileFixtures.path("large-internal-subset.xml");
    assertThat(Files.size(file))
        .as("larger than the head detection looks at")
        .isGreaterThan(16 * 1024);

    Corpus corpus = registry.read(file);

    assertThat(corpus.format()).isEqualTo("bioc-xml");
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("first", "second");
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void biocJsonWhoseFirstFieldRunsPastTheHeadIsStillBiocJson() throws Exception {
    Path file = HostileFixtures.path("late-bioc-key.json");
    assertThat(Files.size(file)).isGreaterThan(16 * 1024);

    Corpus corpus = registry.read(file);

    assertThat(corpus.format()).isEqualTo("bioc-json");
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("late");
  }

  @ParameterizedTest
  @ValueSource(strings = {"billion-laughs.xml", "xxe.xml", "large-subset-entities.xml"})
  void xmlThatDeclaresEntitiesIsRefusedWholeAsBiocXml(String name) throws Exception {
    Path file = HostileFixtures.path(name);

    assertThat(registry.detect(file).name()).isEqualTo("bioc-xml");
    assertThatThrownBy(() -> registry.read(file))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageStartingWith(file + ": its DTD declares ")
        .hasMessageContaining("DTD entity declarations are refused for safety")
        .hasMessageNotContaining("root:");
  }

  @Test
  void jsonNestedDeeperThanTheParserFollowsIsRefusedAsJson() {
    Path file = HostileFixtures.path("deep-nesting.json");

    assertThatThrownBy(() -> registry.read(file))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            file
                + ": looks like JSON nested deeper than 1000 levels, but not like any"
                + " format RelEx Curator reads (bioc-xml, bioc-json, dataset); not read as text");
  }

  @Test
  void xmlOfAnotherKindIsRefusedAsXml() {
    Path file = HostileFixtures.path("not-bioc.xml");

    assertThatThrownBy(() -> registry.read(file))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            file
                + ": looks like XML (it starts with <?xml), but not like any format"
                + " RelEx Curator reads (bioc-xml, bioc-json, dataset); not read as text");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1] Smith et al. reported aspirin.",
        "{curly} braces open this note.",
        "<- an arrow, then prose.",
        "Plain prose mentioning <collection> later."
      })
  void textThatOnlyStartsLikeMarkupIsStillPlainText(String content) throws Exception {
    Path file = Files.writeString(folder.resolve("note.txt"), content);

    Corpus corpus = registry.read(file);

    assertThat(corpus.format()).isEqualTo("text");
    assertThat(corpus.documents())
        .singleElement()
        .satisfies(d -> assertThat(d.text().value()).isEqualTo(content));
  }
}
