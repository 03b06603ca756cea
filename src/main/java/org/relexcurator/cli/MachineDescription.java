package org.relexcurator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a benchmark ran on: cores, CPU model, the environment knobs that change its speed, and how
 * busy the machine was (the 1-minute load average, "unknown" off Linux).
 */
record MachineDescription(int cores, String cpuModel, String ompWaitPolicy) {

  static MachineDescription current() {
    return of(
        Runtime.getRuntime().availableProcessors(), Path.of("/proc/cpuinfo"), System.getenv());
  }

  String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static MachineDescription of(int cores, Path cpuInfo, Map<String, String> env) {
    String model = "unknown CPU";
    try {
      if (Files.isReadable(cpuInfo)) {
        model =
            Files.readAllLines(cpuInfo).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse(model);
      }
    } catch (IOException e) {
      // The model name is decoration; the measurement stands without it.
    }
    String policy = env.get("OMP_WAIT_POLICY");
    return new MachineDescription(cores, model, policy == null ? "unset" : policy);
  }
}
