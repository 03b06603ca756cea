package org.relexcurator.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.relexcurator.TestData;

/** What the Spark tests share: running the command, reading its JSON rows, slicing inputs. */
final class ScoredRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int exit, String err) {}

  private ScoredRows() {}

  static Run sparkPredict(String... args) {
    StringWriter err = new StringWriter();
    int exit = SparkPredictCommand.run(new PrintWriter(err, true), args);
    return new Run(exit, err.toString());
  }

  /** Every row of the JSON-lines data files in an output folder. */
  static List<JsonNode> jsonRows(Path out) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
          rows.add(JSON.readTree(line));
        }
      }
    }
    return rows;
  }

  /**
   * PubTator documents {@code from} (inclusive) to {@code to} (exclusive) of the BioRED development
   * slice in testdata, as a file of their own: inputs small enough for a quick job.
   */
  static Path bioredDocuments(Path folder, String name, int from, int to) throws IOException {
    String all =
        Files.readString(TestData.path("biored/Dev-first40.PubTator"), StandardCharsets.UTF_8);
    String[] documents = all.strip().split("\n\\s*\n");
    Path file = folder.resolve(name);
    Files.writeString(
        file,
        String.join("\n\n", List.of(documents).subList(from, to)) + "\n\n",
        StandardCharsets.UTF_8);
    return file;
  }
}
