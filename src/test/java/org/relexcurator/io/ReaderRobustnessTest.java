package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;

/**
 * Feeds every reader random text, random bytes and real files cut or corrupted at random points. A
 * reader may return problems or throw {@link UnreadableInputException}, the one documented
 * exception; anything else escaping, or a read that does not finish, fails the property.
 */
class ReaderRobustnessTest {

  /** Far above any real read of these small inputs: only a hang or a runaway loop reaches it. */
  private static final Duration HANG_LIMIT = Duration.ofSeconds(20);

  private static final ExecutorService READS =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "fuzzed-read");
            thread.setDaemon(true);
            return thread;
          });

  private static final List<DocumentFormat> FORMATS = FormatRegistry.standard().formats();
  private static final List<byte[]> SEEDS = goldenFiles();

  @AfterContainer
  static void stopReads() {
    READS.shutdownNow();
  }

  @Property(tries = 150)
  void randomTextNeverBreaksAReader(
      @ForAll("formats") DocumentFormat format, @ForAll("text") String content) throws Exception {
    readSafely(format, content.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 60)
  void randomBytesNeverBreakAReader(
      @ForAll("formats") DocumentFormat format, @ForAll("bytes") byte[] content) throws Exception {
    readSafely(format, content);
  }

  @Property(tries = 300)
  void truncatedOrCorruptedRealFilesNeverBreakAReader(
      @ForAll("formats") DocumentFormat format, @ForAll("damagedSeeds") byte[] content)
      throws Exception {
    readSafely(format, content);
  }

  @Property(tries = 100)
  void detectionOfDamagedFilesEitherPicksAFormatOrSaysWhy(@ForAll("damagedSeeds") byte[] content)
      throws Exception {
    Path file = Files.createTempFile("fuzz", ".dat");
    try {
      Files.write(file, content);
      try {
        assertThat(FormatRegistry.standard().detect(file)).isNotNull();
      } catch (UnreadableInputException expected) {
        assertThat(expected.getMessage()).contains(file.toString());
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void readSafely(DocumentFormat format, byte[] content) throws Exception {
    Path file = Files.createTempFile("fuzz", "." + format.extensions().get(0));
    try {
      Files.write(file, content);
      Future<Corpus> read = READS.submit(() -> format.read(file));
      try {
        Corpus corpus = read.get(HANG_LIMIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(corpus.documents()).doesNotContainNull();
        assertThat(corpus.problems()).allSatisfy(p -> assertThat(p.describe()).isNotBlank());
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause())
            .as("%s let an undocumented exception escape", format.name())
            .isInstanceOf(UnreadableInputException.class);
        assertThat(e.getCause().getMessage()).isNotBlank();
      } catch (TimeoutException e) {
        read.cancel(true);
        throw new AssertionError(format.name() + " did not finish reading within " + HANG_LIMIT);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<DocumentFormat> formats() {
    return Arbitraries.of(FORMATS);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> symbols =
        Arbitraries.of(
            "|t|",
            "|a|",
            "\t",
            "\n",
            "\r\n",
            "<",
            ">",
            "/",
            "\"",
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "T1",
            "R1",
            "E1",
            "Arg1:T1",
            "<collection>",
            "<document>",
            "<passage>",
            "<offset>",
            "<annotation",
            "<location offset=\"",
            "length=\"",
            "{\"documents\":[",
            "\"passages\":[",
            "\"offset\":",
            "\"text\":",
            "-1",
            "99999999999",
            "0",
            "12",
            "𝛼",
            "é",
            "[E1]",
            "[/E1]",
            "[E2]",
            "[/E2]",
            "doc_id",
            "Chemical",
            " ");
    return symbols.list().ofMaxSize(80).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
  }

  @Provide
  Arbitrary<byte[]> damagedSeeds() {
    Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
    return Combinators.combine(
            seed,
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 3),
            Arbitraries.bytes())
        .as((original, where, damage, junk) -> damage(original, where, damage, junk));
  }

  /** Truncates, drops a slice, duplicates a slice or overwrites a byte, at a random point. */
  private static byte[] damage(byte[] original, double where, int kind, byte junk) {
    int at = (int) (where * original.length);
    switch (kind) {
      case 0:
        return java.util.Arrays.copyOf(original, at);
      case 1:
        {
          int end = Math.min(original.length, at + 1 + original.length / 10);
          byte[] out = new byte[original.length - (end - at)];
          System.arraycopy(original, 0, out, 0, at);
          System.arraycopy(original, end, out, at, original.length - end);
          return out;
        }
      case 2:
        {
          int end = Math.min(original.length, at + 200);
          byte[] out = new byte[original.length + (end - at)];
          System.arraycopy(original, 0, out, 0, end);
          System.arraycopy(original, at, out, end, original.length - at);
          return out;
        }
      default:
        {
          byte[] out = original.clone();
          if (out.length > 0) {
            out[Math.min(at, out.length - 1)] = junk;
          }
          return out;
        }
    }
  }

  private static List<byte[]> goldenFiles() {
    Path root = Path.of("src/test/resources/golden");
    try (Stream<Path> files = Files.walk(root)) {
      List<byte[]> seeds =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals("README.md"))
              .filter(f -> f.toFile().length() < 200_000)
              .map(ReaderRobustnessTest::bytesOf)
              .toList();
      if (seeds.isEmpty()) {
        throw new IllegalStateException("no golden files under " + root);
      }
      return seeds;
    } catch (IOException e) {
      throw new IllegalStateException("cannot list golden files under " + root, e);
    }
  }

  private static byte[] bytesOf(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
