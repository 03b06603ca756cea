package org.relexcurator.curation.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.Span;

/**
 * The typed fields of a JSONL line; each accessor throws {@link BadLine} saying which field is
 * missing or of the wrong kind, and what was there instead.
 */
final class JsonFields {

  private JsonFields() {}

  static boolean isNull(JsonNode node) {
    return node == null || node.isNull();
  }

  static void requireObject(JsonNode node, String name) throws BadLine {
    if (!node.isObject()) {
      throw new BadLine(name + " is not an object", "an object or null", node.toString());
    }
  }

  static String text(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new BadLine(field + " is missing or not a string", "a string", String.valueOf(value));
    }
    return value.asText();
  }

  static String optionalText(JsonNode node, String field) throws BadLine {
    return isNull(node.get(field)) ? null : text(node, field);
  }

  static int integer(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || !value.isInt()) {
      throw new BadLine(
          field + " is missing or not an integer", "an integer", String.valueOf(value));
    }
    return value.intValue();
  }

  static long integerLong(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new BadLine(
          field + " is missing or not an integer", "an integer", String.valueOf(value));
    }
    return value.longValue();
  }

  static double number(JsonNode node, String field) throws BadLine {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber()) {
      throw new BadLine(field + " is missing or not a number", "a number", String.valueOf(value));
    }
    return value.doubleValue();
  }

  static Instant instant(JsonNode node, String field) throws BadLine {
    String text = text(node, field);
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new BadLine(field + " is not an ISO-8601 instant", "e.g. 2026-03-02T10:00:00Z", text);
    }
  }

  static List<Span> spans(JsonNode node, String field) throws BadLine {
    JsonNode array = node.get(field);
    if (array == null || !array.isArray() || array.isEmpty()) {
      throw new BadLine(
          field + " is not a list of spans", "[[start, end], …]", String.valueOf(array));
    }
    List<Span> spans = new ArrayList<>();
    for (JsonNode span : array) {
      if (!span.isArray()
          || span.size() != 2
          || !span.get(0).isInt()
          || !span.get(1).isInt()
          || span.get(0).intValue() < 0
          || span.get(1).intValue() < span.get(0).intValue()) {
        throw new BadLine(
            field + " holds a span that is not [start, end] with 0 <= start <= end",
            "[start, end]",
            span.toString());
      }
      spans.add(new Span(span.get(0).intValue(), span.get(1).intValue()));
    }
    return spans;
  }

  static List<String> strings(JsonNode node, String field) throws BadLine {
    JsonNode array = node.get(field);
    if (array == null || !array.isArray()) {
      throw new BadLine(field + " is not a list of strings", "[\"id\", …]", String.valueOf(array));
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      if (!value.isTextual()) {
        throw new BadLine(field + " is not a list of strings", "[\"id\", …]", array.toString());
      }
      values.add(value.asText());
    }
    return values;
  }
}
