package org.relexcurator.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Problem;

class PlainTextFormatTest {

  private final PlainTextFormat format = new PlainTextFormat();

  @TempDir Path dir;

  private Document read(String name, String content) throws Exception {
    Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    Corpus corpus = format.read(file);
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).hasSize(1);
    return corpus.documents().get(0);
  }

  private static List<String> passageTexts(Document document) {
    return document.passages().stream().map(document::passageText).toList();
  }

  @Test
  void aFileIsOneDocumentNamedAfterItWhoseTextIsTheFileUnchanged() throws Exception {
    String content = "  Title line\n\n\nFirst paragraph,\nstill first.\n \t\nSecond.\n\n";

    Document document = read("PMID-123.txt", content);

    assertThat(document.id()).isEqualTo("PMID-123");
    assertThat(document.text().value()).isEqualTo(content);
    assertThat(document.entities()).isEmpty();
    assertThat(document.relations()).isEmpty();
    assertThat(passageTexts(document))
        .containsExactly("Title line", "First paragraph,\nstill first.", "Second.");
    assertThat(document.passages()).extracting(Passage::type).containsOnly("paragraph");
    assertThat(document.passages().get(0).span().start()).isEqualTo(2);
  }

  @Test
  void windowsLineEndsSeparateParagraphsAndStayInTheText() throws Exception {
    String content = "One.\r\nStill one.\r\n\r\nTwo.\r\n";

    Document document = read("crlf.txt", content);

    assertThat(document.text().value()).isEqualTo(content);
    assertThat(passageTexts(document)).containsExactly("One.\r\nStill one.", "Two.");
    assertThat(document.passages().get(1).span().start()).isEqualTo(20);
  }

  @Test
  void offsetsAreCodePointsAfterCharactersOutsideTheBasicPlane() throws Exception {
    String content = "\uD835\uDEFC-helix \uD83E\uDDEC\n\nNext \uD835\uDEFD.";

    Document document = read("greek.txt", content);

    assertThat(document.passages())
        .extracting(p -> p.span().start(), p -> p.span().end())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 9), org.assertj.core.groups.Tuple.tuple(11, 18));
    assertThat(passageTexts(document))
        .containsExactly("\uD835\uDEFC-helix \uD83E\uDDEC", "Next \uD835\uDEFD.");
  }

  @Test
  void anEmptyOrBlankFileIsADocumentWithoutPassages() throws Exception {
    assertThat(read("empty.txt", "").passages()).isEmpty();
    assertThat(read("blank.txt", " \n\r\n\t").passages()).isEmpty();
  }

  @Test
  void aFileThatIsNotUtf8CannotBeRead() throws Exception {
    Path file = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});

    assertThatThrownBy(() -> format.read(file))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aFolderGivesEveryTextFileBelowItAndSkipsUnreadableOnes() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("b.txt"), "B");
    Files.writeString(dir.resolve("sub/a.txt"), "A");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xFF});

    Corpus corpus = format.read(dir);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("b", "sub/a");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.documentId()).isEqualTo("bad");
            });
  }

  @Test
  void recognisesAnyTextWithTheLowestScoreSoOtherFormatsWin() throws Exception {
    Path text = Files.writeString(dir.resolve("abstract.dat"), "Aspirin causes ulcers.");
    Path ann = Files.writeString(dir.resolve("doc.ann"), "T1\tChemical 0 7\tAspirin\n");
    Files.writeString(dir.resolve("doc.txt"), "Aspirin causes ulcers.");

    assertThat(format.recognize(text, "Aspirin causes ulcers.")).isEqualTo(1);
    FormatRegistry registry = FormatRegistry.standard();
    assertThat(registry.detect(text).name()).isEqualTo("text");
    assertThat(registry.detect(ann).name()).isEqualTo("brat");
    assertThat(registry.detect(dir.resolve("doc.txt")).name()).isEqualTo("brat");
  }

  @Test
  void writesOneDocumentToTheFileItselfByteForByte() throws Exception {
    String content = "\uFEFFLine \uD835\uDEFC\r\n\r\nno final newline";
    Document document = read("in.txt", content);
    Path out = dir.resolve("out.txt");

    format.write(List.of(document), out);

    assertThat(Files.readString(out)).isEqualTo(content);
    assertThat(format.read(out).documents().get(0).passages()).isEqualTo(document.passages());
  }

  @Test
  void writesSeveralDocumentsToAFolderOneFileEach() throws Exception {
    Document first = read("first.txt", "one");
    Document second = read("second.txt", "two");
    Path out = dir.resolve("out");

    format.write(List.of(first, second), out);

    assertThat(Files.readString(out.resolve("first.txt"))).isEqualTo("one");
    assertThat(Files.readString(out.resolve("second.txt"))).isEqualTo("two");
    try (var files = Files.list(out)) {
      assertThat(files).hasSize(2);
    }
  }
}
