package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relexcurator.io.DocumentFiles;
import org.relexcurator.model.Corpus;

/** Golden round trips, one per kind of brat file: see src/test/resources/golden/brat/README.md. */
class BratFormatGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/brat");

  private final BratFormat format = new BratFormat();

  @TempDir Path out;

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      List<Path> anns =
          files
              .filter(f -> f.getParent().getFileName().toString().equals("input"))
              .filter(f -> f.toString().endsWith(".ann"))
              .sorted()
              .toList();
      assertThat(anns).hasSizeGreaterThanOrEqualTo(8);
      return anns.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void writingWhatWasReadGivesTheStoredBytesAndReadsBackTheSame(Path ann) throws Exception {
    Corpus original = format.read(ann);
    assertThat(original.problems()).isEmpty();
    assertThat(original.documents()).hasSize(1);

    format.write(original.documents(), out);

    String id = DocumentFiles.idOf(ann);
    Path expected = ann.getParent().resolveSibling("expected");
    for (String extension : List.of(".txt", ".ann")) {
      assertThat(Files.readAllBytes(out.resolve(id + extension)))
          .as(id + extension)
          .isEqualTo(Files.readAllBytes(expected.resolve(id + extension)));
    }
    Corpus reread = format.read(out.resolve(id + ".ann"));
    assertThat(reread.problems()).isEmpty();
    assertThat(reread.documents()).isEqualTo(original.documents());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void theTextIsWrittenByteForByte(Path ann) throws Exception {
    format.write(format.read(ann).documents(), out);

    String id = DocumentFiles.idOf(ann);
    assertThat(Files.readAllBytes(out.resolve(id + ".txt")))
        .isEqualTo(Files.readAllBytes(ann.resolveSibling(id + ".txt")));
  }
}
