package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

class PubTatorPropertiesTest {

  private static final Path FOLDER = createFolder();

  private static Path createFolder() {
    try {
      return Files.createTempDirectory("pubtator-properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.list(FOLDER)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(FOLDER);
  }

  /** Pieces of PubTator syntax, text outside the BMP and line-end debris, in any order. */
  @Provide
  Arbitrary<String> pubTatorDebris() {
    return Arbitraries.of(
            "1",
            "2",
            "|t|",
            "|a|",
            "|",
            "\t",
            "\n",
            "\r\n",
            "\r",
            " ",
            "0",
            "7",
            "15",
            "99999999999",
            "-1",
            "D001241",
            "Aspirin",
            "\uD835\uDEFC",
            "\uFEFF",
            "Novel",
            "CID",
            "p|SUB|P|29|S",
            ",")
        .list()
        .ofMaxSize(80)
        .map(pieces -> String.join("", pieces));
  }

  @Property(tries = 300)
  void readerNeverThrowsAndKeepsOnlyMentionsInsideTheText(@ForAll("pubTatorDebris") String content)
      throws Exception {
    Path file = FOLDER.resolve("debris.PubTator");
    Files.writeString(file, content, StandardCharsets.UTF_8);

    Corpus corpus = new PubTatorReader().read(file);

    for (Document document : corpus.documents()) {
      for (Entity entity : document.entities()) {
        assertThat(document.text().isValid(entity.extent())).isTrue();
      }
    }
  }

  @Property(tries = 200)
  void randomBytesGiveACorpusWithWhatWasTextAndNothingElse(@ForAll byte[] content)
      throws Exception {
    Path file = FOLDER.resolve("bytes.PubTator");
    Files.write(file, content);

    Corpus corpus = new PubTatorReader().read(file);

    assertThat(corpus.format()).isEqualTo("pubtator");
    assertThat(corpus.documents())
        .allSatisfy(
            document ->
                assertThat(document.entities())
                    .allMatch(entity -> document.text().isValid(entity.extent())));
  }

  @Provide
  Arbitrary<String> texts() {
    // Built from whole characters: a surrogate on its own is not text and cannot be UTF-8.
    return Arbitraries.of(
            "a",
            "B",
            "1",
            " ",
            "|",
            "-",
            ".",
            "(",
            "\u00e9",
            "\u03b1",
            "\uD835\uDEFC",
            "\uD83D\uDE00")
        .list()
        .ofMaxSize(60)
        .map(pieces -> String.join("", pieces));
  }

  @Property(tries = 300)
  void writtenDocumentsReadBackEqual(
      @ForAll("texts") String title,
      @ForAll("texts") String abstractText,
      @ForAll @Size(max = 12) List<@IntRange(max = 200) Integer> points)
      throws Exception {
    Document document = titleAndAbstract(title, abstractText, points);
    Path file = FOLDER.resolve("written.PubTator");

    new PubTatorWriter().write(List.of(document), file);
    Corpus reread = new PubTatorReader().read(file);

    assertThat(reread.problems()).isEmpty();
    assertThat(reread.documents()).containsExactly(document);
  }

  /** A document whose mentions are spans picked by pairs of points, wrapped into the text. */
  private static Document titleAndAbstract(
      String title, String abstractText, List<Integer> points) {
    TextLayout layout = new TextLayout();
    Span titleSpan = layout.place(0, title);
    Span abstractSpan = layout.place(titleSpan.end() + 1, abstractText);
    var text = layout.build();
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i + 1 < points.size(); i += 2) {
      int a = points.get(i) % (text.length() + 1);
      int b = points.get(i + 1) % (text.length() + 1);
      Span span = new Span(Math.min(a, b), Math.max(a, b));
      entities.add(
          new Entity(
              "T" + entities.size(),
              "Chemical",
              List.of(span),
              text.slice(span),
              List.of("D00" + i),
              Infons.empty()));
    }
    return new Document(
        "42",
        text,
        List.of(new Passage("title", titleSpan), new Passage("abstract", abstractSpan)),
        entities,
        List.of(),
        Infons.empty());
  }
}
