package org.relexcurator.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A main class in a JVM of its own, with this JVM's class path and Spark's module openings. Its
 * output goes to a file, which keeps what a killed child wrote.
 */
final class ChildJava implements AutoCloseable {

  private final Process process;
  private final Path output;

  private ChildJava(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  static ChildJava start(
      Path folder, Map<String, String> environment, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + Path.of("src/main/spark/java-options").toAbsolutePath());
    command.add("-Xmx512m");
    command.add("-Dai.djl.offline=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    Path output = Files.createTempFile(folder, "child", ".out");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(environment);
    return new ChildJava(builder.start(), output);
  }

  /** The first match of {@code pattern}'s group 1 in the output, waiting for it. */
  String await(Pattern pattern, Duration limit) throws IOException, InterruptedException {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      Optional<String> found = find(pattern);
      if (found.isPresent()) {
        return found.get();
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "no " + pattern + " from the child in " + limit + "; it said:\n" + output());
  }

  private Optional<String> find(Pattern pattern) throws IOException {
    Matcher matcher = pattern.matcher(output());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  String output() throws IOException {
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
