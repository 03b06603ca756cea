package org.relexcurator.curation.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Span;

/**
 * A mention of a mention edit as a JSON object in the decision log: {@code {"id": "T3", "type":
 * "Chemical", "spans": [[12, 20]], "text": "…", "concept_ids": ["D003409"]}}. Spans are code points
 * of the document's text, as everywhere in the model.
 */
final class MentionJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MentionJson() {}

  static String write(Entity mention) {
    if (mention == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("id", mention.id());
    node.put("type", mention.type());
    ArrayNode spans = node.putArray("spans");
    for (Span span : mention.spans()) {
      spans.addArray().add(span.start()).add(span.end());
    }
    node.put("text", mention.text());
    ArrayNode ids = node.putArray("concept_ids");
    mention.conceptIds().forEach(ids::add);
    return node.toString();
  }

  /**
   * @throws IllegalArgumentException if the text is no mention object
   */
  static Entity read(String json) {
    if (json == null) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a mention is not JSON: " + e.getOriginalMessage(), e);
    }
    List<Span> spans = new ArrayList<>();
    for (JsonNode span : required(node, "spans")) {
      spans.add(new Span(span.path(0).asInt(-1), span.path(1).asInt(-1)));
    }
    List<String> conceptIds = new ArrayList<>();
    required(node, "concept_ids").forEach(id -> conceptIds.add(id.asText()));
    return new Entity(
        required(node, "id").asText(),
        required(node, "type").asText(),
        spans,
        required(node, "text").asText(),
        conceptIds,
        Infons.empty());
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("a mention lacks its " + field);
    }
    return value;
  }
}
