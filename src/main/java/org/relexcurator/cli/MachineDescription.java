package org.relexcurator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One line naming the machine a benchmark ran on, so its figures can be compared honestly. */
final class MachineDescription {

  private MachineDescription() {}

  static String describe() {
    Runtime runtime = Runtime.getRuntime();
    return String.format(java.util.Locale.ROOT, "%s, %d cores, %.1f GiB max heap, Java %s, %s %s",
        cpuModel().orElse(System.getProperty("os.arch")), runtime.availableProcessors(),
        runtime.maxMemory() / (1024.0 * 1024 * 1024), System.getProperty("java.version"),
        System.getProperty("os.name"), System.getProperty("os.version"));
  }

  private static Optional<String> cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
