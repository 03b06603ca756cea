package org.relexcurator.io.bioc;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relexcurator.model.Infons;

/**
 * Writes a BioC JSON collection, indented by two spaces: {@code
 * {"source":…,"date":…,"key":…,"infons":{},"documents":[…]}}. Infon keys the reader flattened from
 * objects ({@code role1.identifier}) are nested again, so a PubTator3 relation keeps its {@code
 * role1} object; a key that itself contains a dot is therefore written as a nested object too.
 */
final class BiocJsonWriter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonGenerator json;

  void write(Bioc.Collection collection, OutputStream out) throws IOException {
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json = generator;
      json.setPrettyPrinter(prettyPrinter());
      json.writeStartObject();
      json.writeStringField("source", collection.source());
      json.writeStringField("date", collection.date());
      json.writeStringField("key", collection.key());
      json.writeObjectFieldStart("infons");
      json.writeEndObject();
      json.writeArrayFieldStart("documents");
      for (Bioc.Document document : collection.documents()) {
        document(document);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  private void document(Bioc.Document document) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", document.id());
    infons(document.infons());
    json.writeArrayFieldStart("passages");
    for (Bioc.Passage passage : document.passages()) {
      passage(passage);
    }
    json.writeEndArray();
    relations(document.relations());
    json.writeEndObject();
  }

  private void passage(Bioc.Passage passage) throws IOException {
    json.writeStartObject();
    infons(passage.infons());
    json.writeFieldName("offset");
    json.writeNumber(passage.offset());
    json.writeStringField("text", passage.text());
    json.writeArrayFieldStart("sentences");
    for (Bioc.Sentence sentence : passage.sentences()) {
      json.writeStartObject();
      infons(sentence.infons());
      json.writeFieldName("offset");
      json.writeNumber(sentence.offset());
      json.writeStringField("text", sentence.text());
      annotations(sentence.annotations());
      relations(sentence.relations());
      json.writeEndObject();
    }
    json.writeEndArray();
    annotations(passage.annotations());
    relations(passage.relations());
    json.writeEndObject();
  }

  private void annotations(List<Bioc.Annotation> annotations) throws IOException {
    json.writeArrayFieldStart("annotations");
    for (Bioc.Annotation annotation : annotations) {
      json.writeStartObject();
      json.writeStringField("id", annotation.id());
      infons(annotation.infons());
      json.writeStringField("text", annotation.text());
      json.writeArrayFieldStart("locations");
      for (Bioc.Location location : annotation.locations()) {
        json.writeStartObject();
        json.writeFieldName("offset");
        json.writeNumber(location.offset());
        json.writeFieldName("length");
        json.writeNumber(location.length());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void relations(List<Bioc.Relation> relations) throws IOException {
    json.writeArrayFieldStart("relations");
    for (Bioc.Relation relation : relations) {
      json.writeStartObject();
      json.writeStringField("id", relation.id());
      infons(relation.infons());
      json.writeArrayFieldStart("nodes");
      for (Bioc.Node node : relation.nodes()) {
        json.writeStartObject();
        json.writeStringField("refid", node.refid());
        json.writeStringField("role", node.role());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void infons(Infons infons) throws IOException {
    json.writeFieldName("infons");
    value(nest(infons.values()));
  }

  /**
   * Dotted keys grouped into objects by their first segment, recursively. A dotted key whose first
   * segment is also a key of its own stays flat, so that no value is lost.
   */
  static Map<String, Object> nest(Map<String, Object> flat) {
    Set<String> plain = new HashSet<>();
    flat.keySet().stream().filter(k -> !isNestable(k)).forEach(plain::add);
    Map<String, Object> nested = new LinkedHashMap<>();
    Map<String, Map<String, Object>> groups = new HashMap<>();
    flat.forEach(
        (key, value) -> {
          String head =
              isNestable(key) ? key.substring(0, key.indexOf(BiocJsonParser.NESTING)) : null;
          if (head == null || plain.contains(head)) {
            nested.put(key, value);
          } else {
            groups
                .computeIfAbsent(
                    head,
                    h -> {
                      Map<String, Object> group = new LinkedHashMap<>();
                      nested.put(h, group);
                      return group;
                    })
                .put(key.substring(head.length() + 1), value);
          }
        });
    groups.forEach((head, group) -> nested.put(head, nest(group)));
    return nested;
  }

  private static boolean isNestable(String key) {
    int dot = key.indexOf(BiocJsonParser.NESTING);
    return dot > 0 && dot < key.length() - 1;
  }

  private void value(Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      json.writeNumber(big);
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof Number number) {
      json.writeNumber(number.doubleValue());
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        value(item);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(entry.getKey().toString());
        value(entry.getValue());
      }
      json.writeEndObject();
    } else {
      json.writeString(value.toString());
    }
  }
}
