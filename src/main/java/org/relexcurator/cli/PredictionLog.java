package org.relexcurator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSONL file {@code relex predict} appends to, one line per pair, so that a run that was
 * stopped (Ctrl-C, a crash, a kill) continues where it left off: lines already there are kept and
 * their pairs skipped. Each chunk of lines is forced to disk before the next is classified; a line
 * cut off by a kill is removed when the file is reopened.
 */
final class PredictionLog implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileChannel channel;
  private final Set<String> done;
  private final int truncatedBytes;

  private PredictionLog(FileChannel channel, Set<String> done, int truncatedBytes) {
    this.channel = channel;
    this.done = done;
    this.truncatedBytes = truncatedBytes;
  }

  /**
   * Opens (or creates) the log and reads which pairs it already has.
   *
   * @throws IllegalArgumentException if the file holds lines from another model or marker mode, or
   *     lines that are not predictions
   */
  static PredictionLog open(Path file, String fingerprint, String markers) throws IOException {
    Set<String> done = new HashSet<>();
    int truncated = 0;
    if (Files.exists(file)) {
      byte[] content = Files.readAllBytes(file);
      int complete = lastNewline(content) + 1;
      truncated = content.length - complete;
      String text = new String(content, 0, complete, StandardCharsets.UTF_8);
      int lineNumber = 0;
      for (String line : text.split("\n")) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = parse(file, lineNumber, line);
        String theirs = node.path("model").path("fingerprint").asText();
        if (!theirs.equals(fingerprint)) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + lineNumber
                  + ": written by another model ("
                  + node.path("model").path("name").asText()
                  + ", fingerprint "
                  + theirs
                  + "); choose another --out or the same model");
        }
        if (!node.path("markers").asText().equals(markers)) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + lineNumber
                  + ": written with markers "
                  + node.path("markers").asText()
                  + ", not "
                  + markers);
        }
        done.add(node.path("pair").asText());
      }
    }
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    channel.truncate(channel.size() - truncated);
    channel.position(channel.size());
    return new PredictionLog(channel, done, truncated);
  }

  private static JsonNode parse(Path file, int lineNumber, String line) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node.has("pair") && node.has("prediction")) {
        return node;
      }
    } catch (IOException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        file + ":" + lineNumber + ": not a line written by relex predict; choose another --out");
  }

  private static int lastNewline(byte[] content) {
    for (int i = content.length - 1; i >= 0; i--) {
      if (content[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  boolean has(String pairKey) {
    return done.contains(pairKey);
  }

  int size() {
    return done.size();
  }

  /** Bytes of a cut-off last line that were removed on opening (0 if the file was whole). */
  int truncatedBytes() {
    return truncatedBytes;
  }

  /** Appends lines and forces them to disk. */
  void append(List<String> lines) throws IOException {
    StringBuilder chunk = new StringBuilder();
    lines.forEach(line -> chunk.append(line).append('\n'));
    ByteBuffer bytes = ByteBuffer.wrap(chunk.toString().getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(false);
  }

  static void writeTo(OutputStream out, List<String> lines) throws IOException {
    for (String line : lines) {
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
