package org.relexcurator.curation.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CuratorProcess} in a JVM of its own, with this JVM's class path.
 *
 * <p>Its output goes to a file, not a pipe: {@code Process.destroyForcibly} closes the pipe, and
 * with it whatever the child had written that was not yet read, while a file keeps every line the
 * child wrote before it died. Standard error goes to the same file, so that a child's failure shows
 * in the test's message.
 */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final FileChannel output;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final List<String> seen = new ArrayList<>();

  private ChildJvm(Process process, FileChannel output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code CuratorProcess args}, its output going to a new file in {@code folder}. */
  static ChildJvm start(Path folder, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xmx128m",
                // sqlite-jdbc unpacks its native library there; a killed JVM cannot delete it.
                "-Djava.io.tmpdir=" + folder,
                "-cp",
                System.getProperty("java.class.path"),
                CuratorProcess.class.getName()));
    command.addAll(List.of(args));
    Path outputFile = Files.createTempFile(folder, "child", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(outputFile.toFile())
            .start();
    return new ChildJvm(process, FileChannel.open(outputFile));
  }

  long pid() {
    return process.pid();
  }

  /** The next line, waiting for the child to write it; fails if the child ends first. */
  String nextLine() throws IOException, InterruptedException {
    while (true) {
      String line = completeLine();
      if (line != null) {
        return line;
      }
      boolean ended = !process.isAlive();
      if (!readMore() && ended) {
        throw new IllegalStateException("the child ended; it said: " + seen);
      }
      Thread.sleep(2);
    }
  }

  /** Reads until a line equal to {@code expected}, returning the lines before it. */
  List<String> linesUntil(String expected) throws IOException, InterruptedException {
    List<String> before = new ArrayList<>();
    for (String line = nextLine(); !line.equals(expected); line = nextLine()) {
      before.add(line);
    }
    return before;
  }

  /** Every complete line still to come, once the child has ended. */
  List<String> remainingLines() throws IOException {
    while (readMore()) {
      // until the end of what the child wrote
    }
    List<String> rest = new ArrayList<>();
    for (String line = completeLine(); line != null; line = completeLine()) {
      rest.add(line);
    }
    return rest;
  }

  private boolean readMore() throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    int read = output.read(buffer);
    if (read > 0) {
      pending.write(buffer.array(), 0, read);
    }
    return read > 0;
  }

  private String completeLine() {
    byte[] bytes = pending.toByteArray();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        String line = new String(bytes, 0, i, StandardCharsets.UTF_8);
        pending.reset();
        pending.write(bytes, i + 1, bytes.length - i - 1);
        seen.add(line);
        return line;
      }
    }
    return null;
  }

  void send(String line) throws IOException {
    Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    in.write(line + "\n");
    in.flush();
  }

  /** SIGKILL: no shutdown hook, no finally block, no flush runs in the child. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  int waitFor() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the child did not end within a minute; it said: " + seen);
    }
    return process.exitValue();
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    output.close();
  }
}
