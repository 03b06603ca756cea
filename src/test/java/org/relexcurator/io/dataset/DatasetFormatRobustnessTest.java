package org.relexcurator.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Entity;

/**
 * Random and damaged input never breaks the dataset reader: it returns problems or throws the one
 * documented exception, and whatever documents it returns are consistent.
 */
class DatasetFormatRobustnessTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/dataset");
  private static final List<String> SEEDS =
      List.of(
          "synthetic-relex.jsonl",
          "synthetic-relex.csv",
          "synthetic-relex.tsv",
          "all-occurrences.jsonl");

  private final DatasetFormat format = new DatasetFormat();

  @Property(tries = 300)
  void randomRowsNeverBreakTheReader(
      @ForAll("rowText") String content, @ForAll("extensions") String extension)
      throws IOException {
    readSafely(content.getBytes(StandardCharsets.UTF_8), extension);
  }

  @Property(tries = 300)
  void damagedGoldenFilesNeverBreakTheReader(@ForAll("damaged") byte[] content) throws IOException {
    readSafely(content, "jsonl");
  }

  private void readSafely(byte[] content, String extension) throws IOException {
    Path file = Files.createTempFile("dataset", "." + extension);
    try {
      Files.write(file, content);
      Corpus corpus = format.read(file);
      for (Document document : corpus.documents()) {
        for (Entity entity : document.entities()) {
          assertThat(document.text().slice(entity.extent())).isEqualTo(entity.text());
        }
      }
      assertThat(corpus.problems()).allSatisfy(p -> assertThat(p.describe()).isNotBlank());
    } catch (UnreadableInputException expected) {
      assertThat(expected.getMessage()).startsWith(file.toString());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<String> extensions() {
    return Arbitraries.of("jsonl", "csv", "tsv");
  }

  @Provide
  Arbitrary<String> rowText() {
    Arbitrary<String> symbols =
        Arbitraries.of(
            "{",
            "}",
            "\"",
            ":",
            ",",
            "\t",
            "\n",
            "\r\n",
            " ",
            "[E1]",
            "[/E1]",
            "[E2]",
            "[/E2]",
            "[E3]",
            "[e1]",
            "\"doc_id\"",
            "\"text\"",
            "\"label\"",
            "\"entity1\"",
            "\"type1\"",
            "\"entity2\"",
            "\"type2\"",
            "doc_id,text,label,entity1,type1," + "entity2,type2\n",
            "aspirin",
            "pain",
            "null",
            "1",
            "\\",
            "\\u",
            "\uD835\uDEFC",
            "\uFEFF",
            "\"\"");
    return symbols.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<byte[]> damaged() {
    Arbitrary<byte[]> seed = Arbitraries.of(SEEDS).map(DatasetFormatRobustnessTest::bytes);
    return Combinators.combine(
            seed,
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 2),
            Arbitraries.bytes())
        .as(
            (original, where, kind, junk) -> {
              int at = (int) (where * original.length);
              byte[] out = kind == 0 ? Arrays.copyOf(original, at) : original.clone();
              if (kind == 1 && out.length > 0) {
                out[Math.min(at, out.length - 1)] = junk;
              }
              if (kind == 2 && out.length > 0) {
                out[Math.min(at, out.length - 1)] = '"';
              }
              return out;
            });
  }

  private static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(GOLDEN.resolve(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
