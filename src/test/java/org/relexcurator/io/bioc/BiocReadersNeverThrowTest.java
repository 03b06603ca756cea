package org.relexcurator.io.bioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;

/**
 * Whatever the bytes, a reader gives a corpus or says the file is unreadable; no other exception
 * escapes. Inputs are the golden files cut short, corrupted, or replaced by noise.
 */
class BiocReadersNeverThrowTest {

  /** Characters that matter to XML and JSON, and digits that make offsets large. */
  private static final byte[] TROUBLE = "<>&;\"'{}[],:/= 9-0\n\u0000x".getBytes();

  @Provide
  Arbitrary<String> inputs() {
    return Arbitraries.of(GoldenBioc.INPUTS);
  }

  @Property(tries = 150)
  void truncatedFileReadsOrIsUnreadable(
      @ForAll("inputs") String input, @ForAll @IntRange(min = 0, max = 30_000) int length)
      throws Exception {
    byte[] bytes = Files.readAllBytes(GoldenBioc.path(input));

    readOrUnreadable(
        GoldenBioc.formatOf(input), Arrays.copyOf(bytes, Math.min(length, bytes.length)));
  }

  @Property(tries = 150)
  void corruptedFileReadsOrIsUnreadable(@ForAll("inputs") String input, @ForAll long seed)
      throws Exception {
    byte[] bytes = Files.readAllBytes(GoldenBioc.path(input));
    Random random = new Random(seed);
    for (int i = 1 + random.nextInt(20); i > 0; i--) {
      bytes[random.nextInt(bytes.length)] =
          random.nextBoolean()
              ? TROUBLE[random.nextInt(TROUBLE.length)]
              : (byte) random.nextInt(256);
    }

    readOrUnreadable(GoldenBioc.formatOf(input), bytes);
  }

  @Property(tries = 100)
  void noiseReadsOrIsUnreadable(@ForAll byte[] bytes, @ForAll boolean json) throws Exception {
    readOrUnreadable(json ? new BiocJsonFormat() : new BiocXmlFormat(), bytes);
  }

  private static void readOrUnreadable(DocumentFormat format, byte[] bytes) throws Exception {
    Path file = Files.createTempFile("bioc-never-throw", ".input");
    try {
      Files.write(file, bytes);
      Corpus corpus = format.read(file);
      assertThat(corpus.source()).isEqualTo(file.toString());
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
