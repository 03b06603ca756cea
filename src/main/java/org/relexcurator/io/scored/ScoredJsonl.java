package org.relexcurator.io.scored;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Problem;

/**
 * Scored pairs as JSON lines: one {@code .jsonl} file as {@code relex predict --out} writes it, or
 * a folder of Spark's {@code part-*} files ({@code relex spark-predict --format jsonl}), each
 * possibly gzipped. Both carry the same fields; Spark's rows name the model in {@code
 * model_fingerprint} where {@code relex predict} nests it in {@code model}.
 */
public final class ScoredJsonl implements ScoredPairSource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final List<Path> files;

  private ScoredJsonl(Path path, List<Path> files) {
    this.path = path;
    this.files = List.copyOf(files);
  }

  /**
   * The scored file, or the scored files of a folder: Spark's {@code part-*} files and any {@code
   * .jsonl} or {@code .json} file, in name order; Spark's {@code .crc} and {@code _SUCCESS} files
   * are not data.
   */
  public static ScoredJsonl of(Path path) throws UnreadableInputException {
    if (Files.isRegularFile(path)) {
      return new ScoredJsonl(path, List.of(path));
    }
    if (!Files.isDirectory(path)) {
      throw new UnreadableInputException(path + ": no such file or folder");
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(path)) {
      files =
          listed.filter(Files::isRegularFile).filter(ScoredJsonl::isScoredFile).sorted().toList();
    } catch (IOException e) {
      throw new UnreadableInputException(path + ": cannot list the folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new UnreadableInputException(
          path + " holds no scored file (expected part-* files of relex spark-predict or .jsonl)");
    }
    return new ScoredJsonl(path, files);
  }

  private static boolean isScoredFile(Path file) {
    String name = file.getFileName().toString();
    if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc")) {
      return false;
    }
    String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return name.startsWith("part-") || plain.endsWith(".jsonl") || plain.endsWith(".json");
  }

  @Override
  public String describe() {
    return files.size() == 1 ? files.get(0).toString() : path + " (" + files.size() + " files)";
  }

  @Override
  public void read(Consumer<ScoredPair> each, List<Problem> problems)
      throws UnreadableInputException {
    for (Path file : files) {
      ProblemLog log = new ProblemLog(file.toString());
      try (BufferedReader lines = open(file)) {
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          number++;
          if (!line.isBlank()) {
            ScoredPair pair = parse(file, number, line, log);
            if (pair != null) {
              each.accept(pair);
            }
          }
        }
      } catch (IOException e) {
        throw new UnreadableInputException(file + ": cannot be read: " + e.getMessage(), e);
      } finally {
        problems.addAll(log.problems());
      }
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The pair of one line, or null after logging why the line cannot be used. */
  private static ScoredPair parse(Path file, int number, String line, ProblemLog log) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      log.error(null, number, null, "line is not JSON", "one JSON object", e.getOriginalMessage());
      return null;
    }
    if (node == null || !node.isObject()) {
      log.error(null, number, null, "line is not a JSON object", "one JSON object", line);
      return null;
    }
    String documentId = text(node, "doc_id");
    JsonNode prediction = node.path("prediction");
    JsonNode scores = prediction.path("scores");
    String label = text(prediction, "label");
    String pairKey = pairKey(node, documentId);
    String missing =
        documentId == null
            ? "doc_id"
            : pairKey == null
                ? "pair (or e1_id and e2_id)"
                : label == null
                    ? "prediction.label"
                    : !prediction.path("score").isNumber()
                        ? "prediction.score"
                        : !scores.isObject() || scores.isEmpty() ? "prediction.scores" : null;
    if (missing != null) {
      log.error(
          documentId,
          number,
          pairKey,
          "scored line lacks " + missing,
          "the fields relex predict writes",
          abbreviate(line));
      return null;
    }
    List<String> labels = new ArrayList<>();
    List<Double> probabilities = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : scores.properties()) {
      labels.add(entry.getKey());
      probabilities.add(entry.getValue().asDouble(Double.NaN));
    }
    int top = labels.indexOf(label);
    double highest = probabilities.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    if (top < 0 || probabilities.get(top) < highest) {
      // The label makes the stratum and the scores the stored prediction: they must agree.
      log.error(
          documentId,
          number,
          pairKey,
          "prediction.label is not the top label of prediction.scores",
          label,
          abbreviate(scores.toString()));
      return null;
    }
    List<Double> logits = logits(prediction.path("logits"), probabilities);
    if (logits == null) {
      log.error(
          documentId,
          number,
          pairKey,
          "prediction.logits does not match prediction.scores",
          labels.size() + " numbers",
          abbreviate(prediction.path("logits").toString()));
      return null;
    }
    String fingerprint = text(node, "model_fingerprint");
    JsonNode model = node.path("model");
    return new ScoredPair(
        file.toString(),
        number,
        text(node, "input_file"),
        documentId,
        pairKey,
        text(node, "text"),
        labels,
        logits,
        label,
        prediction.path("score").asDouble(),
        fingerprint != null ? fingerprint : text(model, "fingerprint"),
        text(model, "name"),
        model.path("test_model").asBoolean(false));
  }

  /** The logits as written, or, where the row has none, the log of the scores (same softmax). */
  private static List<Double> logits(JsonNode written, List<Double> probabilities) {
    if (written.isMissingNode() || written.isNull()) {
      return probabilities.stream().map(Math::log).toList();
    }
    if (!written.isArray() || written.size() != probabilities.size()) {
      return null;
    }
    List<Double> logits = new ArrayList<>(written.size());
    for (JsonNode value : written) {
      if (!value.isNumber()) {
        return null;
      }
      logits.add(value.asDouble());
    }
    return logits;
  }

  /** {@code relex predict} writes the key; a row without it has the mention ids it is made of. */
  private static String pairKey(JsonNode node, String documentId) {
    String pair = text(node, "pair");
    if (pair != null) {
      return pair;
    }
    String e1 = text(node, "e1_id");
    String e2 = text(node, "e2_id");
    return documentId == null || e1 == null || e2 == null ? null : documentId + "|" + e1 + "|" + e2;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static String abbreviate(String line) {
    return line.length() <= 120 ? line : line.substring(0, 117) + "...";
  }
}
