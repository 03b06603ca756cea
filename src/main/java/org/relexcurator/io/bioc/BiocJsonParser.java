package org.relexcurator.io.bioc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.model.Infons;

/**
 * Reads BioC JSON into {@link Bioc} records as a token stream, handing each document on as soon as
 * it is complete. Accepts a collection ({@code {"source":…, "documents":[…]}}), PubTator3's {@code
 * {"PubTator3":[…]}}, a bare document, an array of these, or several of these one after another
 * (JSON lines).
 *
 * <p>Infon values keep their JSON type. An object value (PubTator3's relation {@code role1}) is
 * flattened into dotted keys ({@code role1.identifier}, {@code role1.type}, …) because the model's
 * infons hold no objects; {@link BiocJsonWriter} nests them again. A value the model cannot hold at
 * all (an object inside a list, an empty object) is kept as its JSON text, with a warning.
 */
final class BiocJsonParser {

  static final String NESTING = ".";

  private final JsonParser json;
  private final ObjectMapper mapper;
  private final ProblemLog log;
  private final Consumer<Bioc.Document> documents;
  private boolean sawBioc;

  BiocJsonParser(
      JsonParser json, ObjectMapper mapper, ProblemLog log, Consumer<Bioc.Document> documents) {
    this.json = json;
    this.mapper = mapper;
    this.log = log;
    this.documents = documents;
  }

  /** Whether anything BioC-shaped (documents, passages) has been seen yet. */
  boolean sawBioc() {
    return sawBioc;
  }

  /** Reads the top-level value the parser is on. */
  void topLevel() throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.START_ARRAY) {
      while (json.nextToken() != JsonToken.END_ARRAY) {
        if (json.currentToken() == JsonToken.START_OBJECT) {
          collectionOrDocument();
        } else {
          ignored("an array element that is not an object");
        }
      }
    } else if (token == JsonToken.START_OBJECT) {
      collectionOrDocument();
    } else {
      ignored("a top-level value that is not an object or array");
    }
  }

  private void collectionOrDocument() throws IOException {
    int line = line();
    DocumentFields fields = new DocumentFields();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      if (name.equals("documents") || name.equals("PubTator3")) {
        sawBioc = true;
        forEach(name, this::document, documents);
      } else {
        fields.read(name);
      }
    }
    if (fields.passages != null
        || fields.id != null
        || fields.annotations != null
        || fields.relations != null) {
      documents.accept(fields.build(line));
    }
  }

  /** The fields of a document, which a top-level object shares with a collection's. */
  private final class DocumentFields {
    String id;
    Infons infons = Infons.empty();
    List<Bioc.Passage> passages;
    List<Bioc.Annotation> annotations;
    List<Bioc.Relation> relations;

    void read(String name) throws IOException {
      switch (name) {
        case "id" -> id = scalar(name);
        case "infons" -> infons = infons();
        case "passages" -> {
          sawBioc = true;
          passages = array(name, BiocJsonParser.this::passage);
        }
        case "annotations" -> annotations = array(name, BiocJsonParser.this::annotation);
        case "relations" -> relations = array(name, BiocJsonParser.this::relation);
        default -> json.skipChildren();
      }
    }

    Bioc.Document build(int line) {
      return new Bioc.Document(
          id,
          infons,
          passages == null ? List.of() : passages,
          annotations == null ? List.of() : annotations,
          relations == null ? List.of() : relations,
          line);
    }
  }

  private Bioc.Document document() throws IOException {
    int line = line();
    DocumentFields fields = new DocumentFields();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      fields.read(name);
    }
    return fields.build(line);
  }

  private Bioc.Passage passage() throws IOException {
    int line = line();
    Infons infons = Infons.empty();
    String offset = null;
    String text = null;
    List<Bioc.Sentence> sentences = List.of();
    List<Bioc.Annotation> annotations = List.of();
    List<Bioc.Relation> relations = List.of();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "infons" -> infons = infons();
        case "offset" -> offset = scalar(name);
        case "text" -> text = scalar(name);
        case "sentences" -> sentences = array(name, this::sentence);
        case "annotations" -> annotations = array(name, this::annotation);
        case "relations" -> relations = array(name, this::relation);
        default -> json.skipChildren();
      }
    }
    return new Bioc.Passage(infons, offset, text, sentences, annotations, relations, line);
  }

  private Bioc.Sentence sentence() throws IOException {
    int line = line();
    Infons infons = Infons.empty();
    String offset = null;
    String text = null;
    List<Bioc.Annotation> annotations = List.of();
    List<Bioc.Relation> relations = List.of();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "infons" -> infons = infons();
        case "offset" -> offset = scalar(name);
        case "text" -> text = scalar(name);
        case "annotations" -> annotations = array(name, this::annotation);
        case "relations" -> relations = array(name, this::relation);
        default -> json.skipChildren();
      }
    }
    return new Bioc.Sentence(infons, offset, text, annotations, relations, line);
  }

  private Bioc.Annotation annotation() throws IOException {
    int line = line();
    String id = null;
    Infons infons = Infons.empty();
    String text = null;
    List<Bioc.Location> locations = List.of();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "id" -> id = scalar(name);
        case "infons" -> infons = infons();
        case "text" -> text = scalar(name);
        case "locations" -> locations = array(name, this::location);
        default -> json.skipChildren();
      }
    }
    return new Bioc.Annotation(id, infons, locations, text, line);
  }

  private Bioc.Location location() throws IOException {
    String offset = null;
    String length = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "offset" -> offset = scalar(name);
        case "length" -> length = scalar(name);
        default -> json.skipChildren();
      }
    }
    return new Bioc.Location(offset, length);
  }

  private Bioc.Relation relation() throws IOException {
    int line = line();
    String id = null;
    Infons infons = Infons.empty();
    List<Bioc.Node> nodes = List.of();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "id" -> id = scalar(name);
        case "infons" -> infons = infons();
        case "nodes" -> nodes = array(name, this::node);
        default -> json.skipChildren();
      }
    }
    return new Bioc.Relation(id, infons, nodes, line);
  }

  private Bioc.Node node() throws IOException {
    String refid = null;
    String role = null;
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      json.nextToken();
      switch (name) {
        case "refid" -> refid = scalar(name);
        case "role" -> role = scalar(name);
        default -> json.skipChildren();
      }
    }
    return new Bioc.Node(refid, role);
  }

  /** Reads one element of an array; the parser is on the element's opening brace. */
  @FunctionalInterface
  private interface ElementReader<T> {
    T read() throws IOException;
  }

  private <T> List<T> array(String field, ElementReader<T> reader) throws IOException {
    List<T> elements = new ArrayList<>();
    forEach(field, reader, elements::add);
    return elements;
  }

  /** Hands on each element as soon as it is read, so that a break later keeps it. */
  private <T> void forEach(String field, ElementReader<T> reader, Consumer<T> consumer)
      throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (json.currentToken() != JsonToken.START_ARRAY) {
      ignored("\"" + field + "\" that is not an array");
      return;
    }
    while (json.nextToken() != JsonToken.END_ARRAY) {
      if (json.currentToken() == JsonToken.START_OBJECT) {
        consumer.accept(reader.read());
      } else {
        ignored("an element of \"" + field + "\" that is not an object");
      }
    }
  }

  /** A string or number field as text; null when absent, null or not a scalar. */
  private String scalar(String field) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token.isScalarValue()) {
      return json.getText();
    }
    ignored("\"" + field + "\" that is not a string or number");
    return null;
  }

  private Infons infons() throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return Infons.empty();
    }
    if (json.currentToken() != JsonToken.START_OBJECT) {
      ignored("\"infons\" that is not an object");
      return Infons.empty();
    }
    int line = line();
    JsonNode node = mapper.readTree(json);
    Map<String, Object> values = new LinkedHashMap<>();
    flatten("", node, values, line);
    return new Infons(values);
  }

  private void flatten(String prefix, JsonNode object, Map<String, Object> values, int line) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String key = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject() && !value.isEmpty()) {
        flatten(key + NESTING, value, values, line);
      } else {
        Object converted = value(value);
        if (converted == null && !value.isNull()) {
          log.warning(
              null,
              line,
              null,
              "infon \"" + key + "\" holds a value infons cannot hold; kept as its JSON text",
              null,
              value.toString());
          converted = value.toString();
        }
        values.put(key, converted);
      }
    }
  }

  /** The value as an infon value, or null when it is JSON null or not representable. */
  private static Object value(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isNumber()) {
      return value.numberValue();
    }
    if (value.isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : value) {
        Object converted = value(item);
        if (converted == null && !item.isNull()) {
          return null;
        }
        items.add(converted);
      }
      return items;
    }
    return null;
  }

  private void ignored(String what) throws IOException {
    log.warning(null, line(), null, "ignored " + what, null, null);
    json.skipChildren();
  }

  private int line() {
    return Math.max(0, json.currentTokenLocation().getLineNr());
  }
}
