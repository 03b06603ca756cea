package org.relexcurator.io.bioc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.model.Infons;

/**
 * Reads BioC XML elements from a StAX stream into {@link Bioc} records, one element at a time. Each
 * method starts on its element's start tag and returns after its end tag; elements BioC does not
 * define are skipped. Both BioC's child elements ({@code <id>}, {@code <offset>}) and BioC v2's
 * attributes ({@code <document id>}, {@code <passage offset>}) are read.
 */
final class BiocXmlParser {

  private final XMLStreamReader in;
  private final ProblemLog log;
  private String documentId;

  BiocXmlParser(XMLStreamReader in, ProblemLog log) {
    this.in = in;
    this.log = log;
  }

  /** Moves to the next child of the current element; false once the element has ended. */
  boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = in.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("the file ends inside an element", in.getLocation());
      }
    }
  }

  String name() {
    return in.getLocalName();
  }

  Bioc.Document document() throws XMLStreamException {
    int line = line();
    documentId = attribute("id");
    Map<String, Object> infons = new LinkedHashMap<>();
    List<Bioc.Passage> passages = new ArrayList<>();
    List<Bioc.Annotation> annotations = new ArrayList<>();
    List<Bioc.Relation> relations = new ArrayList<>();
    while (nextChild()) {
      switch (name()) {
        case "id" -> documentId = text().strip();
        case "infon" -> infon(infons);
        case "passage" -> passages.add(passage());
        case "annotation" -> annotations.add(annotation());
        case "relation" -> relations.add(relation());
        default -> skip();
      }
    }
    String id = documentId;
    documentId = null;
    return new Bioc.Document(id, new Infons(infons), passages, annotations, relations, line);
  }

  /** The id of the document being read, once its {@code <id>} has been seen; null between. */
  String documentId() {
    return documentId;
  }

  private Bioc.Passage passage() throws XMLStreamException {
    int line = line();
    Map<String, Object> infons = new LinkedHashMap<>();
    String offset = attribute("offset");
    String text = null;
    List<Bioc.Sentence> sentences = new ArrayList<>();
    List<Bioc.Annotation> annotations = new ArrayList<>();
    List<Bioc.Relation> relations = new ArrayList<>();
    while (nextChild()) {
      switch (name()) {
        case "infon" -> infon(infons);
        case "offset" -> offset = text();
        case "text" -> text = text();
        case "sentence" -> sentences.add(sentence());
        case "annotation" -> annotations.add(annotation());
        case "relation" -> relations.add(relation());
        default -> skip();
      }
    }
    return new Bioc.Passage(
        new Infons(infons), offset, text, sentences, annotations, relations, line);
  }

  private Bioc.Sentence sentence() throws XMLStreamException {
    int line = line();
    Map<String, Object> infons = new LinkedHashMap<>();
    String offset = attribute("offset");
    String text = null;
    List<Bioc.Annotation> annotations = new ArrayList<>();
    List<Bioc.Relation> relations = new ArrayList<>();
    while (nextChild()) {
      switch (name()) {
        case "infon" -> infon(infons);
        case "offset" -> offset = text();
        case "text" -> text = text();
        case "annotation" -> annotations.add(annotation());
        case "relation" -> relations.add(relation());
        default -> skip();
      }
    }
    return new Bioc.Sentence(new Infons(infons), offset, text, annotations, relations, line);
  }

  private Bioc.Annotation annotation() throws XMLStreamException {
    int line = line();
    String id = in.getAttributeValue(null, "id");
    Map<String, Object> infons = new LinkedHashMap<>();
    List<Bioc.Location> locations = new ArrayList<>();
    String text = null;
    while (nextChild()) {
      switch (name()) {
        case "infon" -> infon(infons);
        case "location" -> {
          locations.add(
              new Bioc.Location(
                  in.getAttributeValue(null, "offset"), in.getAttributeValue(null, "length")));
          skip();
        }
        case "text" -> text = text();
        default -> skip();
      }
    }
    return new Bioc.Annotation(id, new Infons(infons), locations, text, line);
  }

  private Bioc.Relation relation() throws XMLStreamException {
    int line = line();
    String id = in.getAttributeValue(null, "id");
    Map<String, Object> infons = new LinkedHashMap<>();
    List<Bioc.Node> nodes = new ArrayList<>();
    while (nextChild()) {
      switch (name()) {
        case "infon" -> infon(infons);
        case "node" -> {
          nodes.add(
              new Bioc.Node(
                  in.getAttributeValue(null, "refid"), in.getAttributeValue(null, "role")));
          skip();
        }
        default -> skip();
      }
    }
    return new Bioc.Relation(id, new Infons(infons), nodes, line);
  }

  private void infon(Map<String, Object> infons) throws XMLStreamException {
    int line = line();
    String key = in.getAttributeValue(null, "key");
    String value = text();
    if (key == null) {
      log.warning(documentId, line, null, "infon without a key; ignored", "key=\"…\"", value);
    } else if (infons.containsKey(key)) {
      log.warning(
          documentId,
          line,
          null,
          "infon \"" + key + "\" given twice; kept the last value",
          Infons.asText(infons.get(key)),
          value);
      infons.put(key, value);
    } else {
      infons.put(key, value);
    }
  }

  /** The character content of the current element; text inside child elements is ignored. */
  private String text() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (in.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (depth == 1) {
            text.append(in.getText());
          }
        }
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.END_DOCUMENT ->
            throw new XMLStreamException("the file ends inside an element", in.getLocation());
        default -> {
          // comments and processing instructions carry no content
        }
      }
    }
    return text.toString();
  }

  /** Skips the current element with everything inside it. */
  void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      switch (in.next()) {
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.END_DOCUMENT ->
            throw new XMLStreamException("the file ends inside an element", in.getLocation());
        default -> {
          // anything inside a skipped element is ignored
        }
      }
    }
  }

  /**
   * An attribute of the current start tag, null when absent. BioC v2 writers put a document's id
   * and a passage's or sentence's offset there; the child element, where present, wins.
   */
  private String attribute(String name) {
    String value = in.getAttributeValue(null, name);
    return value == null ? null : value.strip();
  }

  private int line() {
    return Math.max(0, in.getLocation().getLineNumber());
  }
}
