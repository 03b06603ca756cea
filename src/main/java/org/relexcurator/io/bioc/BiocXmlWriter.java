package org.relexcurator.io.bioc;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.relexcurator.model.Infons;

/**
 * Writes BioC XML in UTF-8, one element per line and indented so that files diff well. No DOCTYPE:
 * nothing needs the DTD, and readers that would fetch it are better left without it. A passage with
 * sentences keeps its own {@code <text>} too, which the DTD does not foresee (text or sentences)
 * but common BioC libraries read; it keeps what lies between the sentences.
 *
 * <p>XML 1.0 cannot carry some characters a text may hold: control characters other than tab, line
 * feed and carriage return, unpaired surrogates and U+FFFE/U+FFFF are written as U+FFFD (one
 * character for one, so offsets stay right); carriage returns are written as {@code &#13;} since a
 * parser would turn a literal one into a line feed. Infon values that are not strings are written
 * as text (a list as its items joined by commas, null as an empty value).
 */
final class BiocXmlWriter {

  private XMLStreamWriter xml;

  void write(Bioc.Collection collection, OutputStream out) throws IOException {
    try {
      xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      start("collection", 0);
      element("source", collection.source(), 1);
      element("date", collection.date(), 1);
      element("key", collection.key(), 1);
      for (Bioc.Document document : collection.documents()) {
        document(document);
      }
      end(0);
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write BioC XML: " + e.getMessage(), e);
    }
  }

  private void document(Bioc.Document document) throws XMLStreamException {
    start("document", 1);
    element("id", document.id(), 2);
    infons(document.infons(), 2);
    for (Bioc.Passage passage : document.passages()) {
      passage(passage);
    }
    for (Bioc.Relation relation : document.relations()) {
      relation(relation, 2);
    }
    end(1);
  }

  private void passage(Bioc.Passage passage) throws XMLStreamException {
    start("passage", 2);
    infons(passage.infons(), 3);
    element("offset", passage.offset(), 3);
    element("text", passage.text(), 3);
    for (Bioc.Sentence sentence : passage.sentences()) {
      start("sentence", 3);
      infons(sentence.infons(), 4);
      element("offset", sentence.offset(), 4);
      element("text", sentence.text(), 4);
      for (Bioc.Annotation annotation : sentence.annotations()) {
        annotation(annotation, 4);
      }
      end(3);
    }
    for (Bioc.Annotation annotation : passage.annotations()) {
      annotation(annotation, 3);
    }
    for (Bioc.Relation relation : passage.relations()) {
      relation(relation, 3);
    }
    end(2);
  }

  private void annotation(Bioc.Annotation annotation, int depth) throws XMLStreamException {
    start("annotation", depth);
    attribute("id", annotation.id());
    infons(annotation.infons(), depth + 1);
    for (Bioc.Location location : annotation.locations()) {
      indent(depth + 1);
      xml.writeEmptyElement("location");
      attribute("offset", location.offset());
      attribute("length", location.length());
    }
    element("text", annotation.text(), depth + 1);
    end(depth);
  }

  private void relation(Bioc.Relation relation, int depth) throws XMLStreamException {
    start("relation", depth);
    attribute("id", relation.id());
    infons(relation.infons(), depth + 1);
    for (Bioc.Node node : relation.nodes()) {
      indent(depth + 1);
      xml.writeEmptyElement("node");
      attribute("refid", node.refid());
      attribute("role", node.role());
    }
    end(depth);
  }

  private void infons(Infons infons, int depth) throws XMLStreamException {
    for (Map.Entry<String, Object> infon : infons.values().entrySet()) {
      indent(depth);
      xml.writeStartElement("infon");
      attribute("key", infon.getKey());
      characters(infon.getValue() == null ? "" : Infons.asText(infon.getValue()));
      xml.writeEndElement();
    }
  }

  private void start(String name, int depth) throws XMLStreamException {
    indent(depth);
    xml.writeStartElement(name);
  }

  private void end(int depth) throws XMLStreamException {
    indent(depth);
    xml.writeEndElement();
  }

  private void element(String name, String text, int depth) throws XMLStreamException {
    indent(depth);
    xml.writeStartElement(name);
    characters(text);
    xml.writeEndElement();
  }

  private void indent(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private void attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, XmlCharacters.clean(value).replace('\r', ' '));
  }

  private void characters(String text) throws XMLStreamException {
    String[] lines = XmlCharacters.clean(text).split("\r", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        xml.writeEntityRef("#13");
      }
      if (!lines[i].isEmpty()) {
        xml.writeCharacters(lines[i]);
      }
    }
  }
}
