package org.relexcurator.inference.djl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Tiny random models, written once per test JVM and shared by the tests that only read them. */
final class TestModels {

  /** Two layers of 64, room for 128 tokens: every ordinary test sentence fits. */
  static final TestModelMaker.Spec TINY =
      new TestModelMaker.Spec(2, 64, 4, 128, 128, 42, 0.2, HiddenActivation.GELU);

  /** The same with only 24 positions, so that test sentences need a window. */
  static final TestModelMaker.Spec SHORT =
      new TestModelMaker.Spec(2, 64, 4, 128, 24, 42, 0.2, HiddenActivation.GELU);

  private static final Map<TestModelMaker.Spec, Path> FOLDERS = new ConcurrentHashMap<>();

  private TestModels() {}

  static Path folder(TestModelMaker.Spec spec) {
    return FOLDERS.computeIfAbsent(
        spec,
        s -> {
          try {
            // Under target/ so that `mvn clean` removes them.
            Path parent = Files.createDirectories(Path.of("target", "test-models"));
            Path folder = Files.createTempDirectory(parent, "model");
            TestModelMaker.write(folder, s);
            return folder;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A private copy that a test may change. */
  static Path copy(TestModelMaker.Spec spec, Path target) throws IOException {
    Path source = folder(spec);
    Files.createDirectories(target);
    try (var files = Files.list(source)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  static ClassifierSettings cpu(int batchSize) {
    return new ClassifierSettings(DeviceChoice.CPU, batchSize, 0);
  }
}
