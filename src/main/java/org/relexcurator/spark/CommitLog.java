package org.relexcurator.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.UnreadableInputException;

/**
 * What an output folder holds for certain: the model fingerprint and format it was written with,
 * and the commits, each a number and the inputs whose rows it moved into place. It lives in {@code
 * _relex-commits.json} beside the data (Spark's readers skip names that start with an underscore)
 * and is rewritten whole, atomically, after each commit, so a killed job leaves either the log
 * before the commit or the one after it.
 */
final class CommitLog {

  static final String FILE = "_relex-commits.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One commit: its number and the inputs whose rows it holds. */
  record Commit(int number, List<InputFile> inputs, long rows) {

    Commit {
      inputs = List.copyOf(inputs);
    }
  }

  private final Path file;
  private final String fingerprint;
  private final String format;
  private final List<Commit> commits;

  private CommitLog(Path file, String fingerprint, String format, List<Commit> commits) {
    this.file = file;
    this.fingerprint = fingerprint;
    this.format = format;
    this.commits = new ArrayList<>(commits);
  }

  /** The log of an output folder, or an empty one for this model and format if there is none. */
  static CommitLog of(Path folder, String fingerprint, String format)
      throws UnreadableInputException {
    Path file = folder.resolve(FILE);
    if (!Files.exists(file)) {
      return new CommitLog(file, fingerprint, format, List.of());
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      List<Commit> commits = new ArrayList<>();
      for (JsonNode commit : root.path("commits")) {
        List<InputFile> inputs = new ArrayList<>();
        for (JsonNode input : commit.path("inputs")) {
          inputs.add(
              new InputFile(
                  input.path("path").asText(),
                  input.path("size").asLong(),
                  input.path("sha256").asText()));
        }
        commits.add(
            new Commit(commit.path("commit").asInt(), inputs, commit.path("rows").asLong()));
      }
      return new CommitLog(
          file, root.path("model_fingerprint").asText(), root.path("format").asText(), commits);
    } catch (IOException e) {
      throw new UnreadableInputException(
          file + ": not a commit log of relex spark-predict (" + e.getMessage() + ")", e);
    }
  }

  String fingerprint() {
    return fingerprint;
  }

  String format() {
    return format;
  }

  List<Commit> commits() {
    return List.copyOf(commits);
  }

  int nextNumber() {
    return commits.stream().mapToInt(Commit::number).max().orElse(-1) + 1;
  }

  /** The commit that holds an input with this path, if any. */
  Optional<InputFile> committed(String path) {
    return commits.stream()
        .flatMap(commit -> commit.inputs().stream())
        .filter(input -> input.path().equals(path))
        .findFirst();
  }

  /** Records a commit whose files are already in place, and writes the log. */
  void add(Commit commit) throws IOException {
    commits.add(commit);
    ObjectNode root = JSON.createObjectNode();
    root.put("model_fingerprint", fingerprint);
    root.put("format", format);
    ArrayNode list = root.putArray("commits");
    for (Commit each : commits) {
      ObjectNode node = list.addObject();
      node.put("commit", each.number());
      node.put("rows", each.rows());
      ArrayNode inputs = node.putArray("inputs");
      for (InputFile input : each.inputs()) {
        inputs
            .addObject()
            .put("path", input.path())
            .put("size", input.size())
            .put("sha256", input.sha256());
      }
    }
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    AtomicFiles.write(file, out -> out.write(bytes));
  }
}
