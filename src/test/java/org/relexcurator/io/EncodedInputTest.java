package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * Files saved as UTF-16 or with a byte-order mark read like UTF-8 ones; bytes that are not text are
 * reported with the line, column and offset where they are.
 */
class EncodedInputTest {

  private final FormatRegistry registry = FormatRegistry.standard();

  @ParameterizedTest
  @CsvSource({
    "utf16le-bom.xml, bioc-xml",
    "utf16be-bom.json, bioc-json",
    "utf8-bom.json, bioc-json"
  })
  void biocWithAByteOrderMarkReadsLikeUtf8(String name, String format) throws Exception {
    Corpus corpus = registry.read(HostileFixtures.path(name));

    assertThat(corpus.format()).isEqualTo(format);
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("first", "second");
    Document first = corpus.documents().get(0);
    assertThat(first.text().value()).isEqualTo("Café au lait spots.");
    assertThat(first.entities())
        .singleElement()
        .satisfies(e -> assertThat(e.text()).isEqualTo("Café au lait spots"));
  }

  @Test
  void plainTextInUtf16IsReadWithItsMarkKeptAsTheFirstCharacter() throws Exception {
    Corpus corpus = registry.read(HostileFixtures.path("utf16le-bom.txt"));

    assertThat(corpus.format()).isEqualTo("text");
    assertThat(corpus.documents())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.text().value())
                    .isEqualTo("\uFEFFCafé au lait spots.\n\nSecond paragraph.\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid-utf8.xml", "invalid-utf8.json"})
  void bytesThatAreNotUtf8InBiocAreReportedWhereTheyAreAndTheDocumentsBeforeKept(String name)
      throws Exception {
    Path file = HostileFixtures.path(name);

    Corpus corpus = registry.read(file);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("first");
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
              assertThat(p.message()).startsWith("the file is " + whereTheLatin1ByteIs(file) + ";");
              assertThat(p.line()).isEqualTo(lineOfTheLatin1Byte(file));
            });
  }

  @Test
  void datasetRowsInUtf16AreRead() throws Exception {
    Corpus corpus = registry.read(HostileFixtures.path("utf16le-bom.jsonl"));

    assertThat(corpus.format()).isEqualTo("dataset");
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("PMID1");
              assertThat(d.text().value()).isEqualTo("Aspirin relieves café headache.");
            });
  }

  @Test
  void plainTextThatIsNotUtf8IsRefusedWithThePlaceOfTheBadByte() {
    Path file = HostileFixtures.path("invalid-utf8.txt");

    assertThatThrownBy(() -> registry.read(file))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(file + ": " + whereTheLatin1ByteIs(file));
    assertThat(whereTheLatin1ByteIs(file))
        .isEqualTo("not UTF-8 text at line 3, column 6 (byte 0xE9 at offset 30)");
  }

  @Test
  void utf16WithoutAByteOrderMarkIsNamedNotCalledBinary() {
    Path file = HostileFixtures.path("utf16le-no-bom.xml");

    assertThatThrownBy(() -> registry.read(file))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(
            file
                + ": looks like UTF-16LE text without a byte-order mark; save it as"
                + " UTF-8 (or UTF-16 with a byte-order mark)");
  }

  /** The fixture's one bad byte is 0xE9 (é in Latin-1); where a person would find it. */
  private static String whereTheLatin1ByteIs(Path file) {
    byte[] bytes = read(file);
    int offset = offsetOfTheLatin1Byte(bytes);
    String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
    int column = before.length() - before.lastIndexOf('\n');
    return "not UTF-8 text at line "
        + lineOfTheLatin1Byte(file)
        + ", column "
        + column
        + " (byte 0xE9 at offset "
        + offset
        + ")";
  }

  private static int lineOfTheLatin1Byte(Path file) {
    byte[] bytes = read(file);
    String before = new String(bytes, 0, offsetOfTheLatin1Byte(bytes), StandardCharsets.UTF_8);
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  private static int offsetOfTheLatin1Byte(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      boolean followedByAscii = i + 1 < bytes.length && bytes[i + 1] >= 0;
      if ((bytes[i] & 0xFF) == 0xE9 && followedByAscii) {
        return i;
      }
    }
    throw new IllegalStateException("no Latin-1 é in the fixture");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
