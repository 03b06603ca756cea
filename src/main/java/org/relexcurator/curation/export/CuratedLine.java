package org.relexcurator.curation.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relexcurator.inference.SyntheticRelexLabels;

/**
 * One line of a curated-pairs file as {@link CuratedJsonlReader} hands it on: a JSON object, its
 * number, and its gold {@code label} held to the label policy. Warnings about the line are kept
 * until it turns out to be usable, so that a skipped line gives one error and nothing else.
 */
public final class CuratedLine {

  private final int number;
  private final ObjectNode row;
  private final List<String> warnings = new ArrayList<>();
  private String gold;

  CuratedLine(int number, ObjectNode row) {
    this.number = number;
    this.row = row;
  }

  /** The line's number, counting from 1. */
  public int number() {
    return number;
  }

  /** The line's JSON object. */
  public ObjectNode row() {
    return row;
  }

  /** The gold label, a label name, or null when the pair has none. */
  public String gold() {
    return gold;
  }

  /** The line's {@code doc_id}, when it has one, for the location of problems. */
  String documentId() {
    JsonNode id = row.get("doc_id");
    return id != null && id.isTextual() ? id.asText() : null;
  }

  void readGold() throws BadLine {
    JsonNode label = row.get("label");
    if (label == null) {
      throw new BadLine("no \"label\" field", "\"label\": a label name or null", null);
    }
    if (!label.isNull() && !label.isTextual()) {
      throw new BadLine("label is not a label name", "a label name or null", label.toString());
    }
    gold = label.isNull() ? null : labelName(label.asText(), "label");
  }

  /**
   * The label a curator gave, held to the one policy for labels read from a file: a label name as
   * written is kept; one that differs from a label name only in case is read as that name, with a
   * warning, so that {@code CAUSES}, {@code Causes} and {@code causes} count as one label; anything
   * else is refused. The label names are synthetic_relex's, which curators choose from, and those
   * of the model whose scores the line gives.
   *
   * @param field the field it comes from, for the problem
   * @throws BadLine if it is not a label name in any case
   */
  public String labelName(String written, String field) throws BadLine {
    Set<String> names = labelNames();
    if (names.contains(written)) {
      return written;
    }
    for (String name : names) {
      if (name.equalsIgnoreCase(written)) {
        warn(
            field
                + " \""
                + written
                + "\" is read as \""
                + name
                + "\", the label of that"
                + " name in another case");
        return name;
      }
    }
    throw new BadLine(
        field + " \"" + written + "\" is not a label name",
        "one of " + String.join(", ", names),
        written);
  }

  private Set<String> labelNames() {
    Set<String> names = new LinkedHashSet<>(SyntheticRelexLabels.ALL);
    JsonNode prediction = row.get("prediction");
    JsonNode scores = prediction == null ? null : prediction.get("scores");
    if (scores != null && scores.isObject()) {
      for (Iterator<String> model = scores.fieldNames(); model.hasNext(); ) {
        names.add(model.next());
      }
    }
    return names;
  }

  /** Something about the line that was kept as is or repaired, for a warning if it is used. */
  void warn(String message) {
    warnings.add(message);
  }

  List<String> warnings() {
    return warnings;
  }
}
