package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.model.Corpus;

class BiocGoldenFilesTest {

  @TempDir Path folder;

  static Stream<String> inputs() {
    return GoldenBioc.INPUTS.stream();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void writingWhatWasReadGivesTheStoredBytes(String input) throws Exception {
    DocumentFormat format = GoldenBioc.formatOf(input);
    Path written = folder.resolve(input);

    format.write(format.read(GoldenBioc.path(input)).documents(), written);

    String expected = Files.readString(GoldenBioc.path(GoldenBioc.expectedName(input)));
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void readingWhatWasWrittenGivesTheSameDocuments(String input) throws Exception {
    DocumentFormat format = GoldenBioc.formatOf(input);
    Corpus original = format.read(GoldenBioc.path(input));
    Path written = folder.resolve(input);

    format.write(original.documents(), written);
    Corpus again = format.read(written);

    assertThat(original.documents()).isNotEmpty();
    assertThat(again.documents()).isEqualTo(original.documents());
    assertThat(again.problems()).hasSizeLessThanOrEqualTo(original.problems().size());
  }
}
