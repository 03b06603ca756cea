package org.relexcurator.io.dataset;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.Problem;

/** Dataset rows as JSON Lines: one object per line with the dataset's columns as keys. */
final class JsonlRows {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // Characters outside the BMP as UTF-8, not as escaped surrogate pairs.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  private JsonlRows() {}

  static List<DatasetRow> read(String content, String file, List<Problem> problems) {
    List<DatasetRow> rows = new ArrayList<>();
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JacksonException e) {
        problems.add(
            Problem.error(
                file,
                null,
                i + 1,
                null,
                "not a JSON object: " + e.getOriginalMessage(),
                "one JSON object per line",
                null));
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.add(
            Problem.error(
                file,
                null,
                i + 1,
                null,
                "not a JSON object",
                "one JSON object per line",
                abbreviated(line)));
        continue;
      }
      String[] values = new String[DatasetRow.COLUMNS.size()];
      for (int c = 0; c < values.length; c++) {
        JsonNode value = node.get(DatasetRow.COLUMNS.get(c));
        values[c] =
            value == null
                ? null
                : value.isNull() ? "" : value.isValueNode() ? value.asText() : value.toString();
      }
      rows.add(DatasetRow.of(values, i + 1));
    }
    return rows;
  }

  static void write(List<DatasetRow> rows, OutputStream out) throws IOException {
    for (DatasetRow row : rows) {
      ObjectNode object = JSON.createObjectNode();
      List<String> values = row.values();
      for (int c = 0; c < values.size(); c++) {
        object.put(DatasetRow.COLUMNS.get(c), values.get(c));
      }
      out.write(JSON.writeValueAsBytes(object));
      out.write('\n');
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
