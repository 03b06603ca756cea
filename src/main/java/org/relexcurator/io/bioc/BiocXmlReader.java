package org.relexcurator.io.bioc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * Reads a BioC XML file ({@code <collection>} or a lone {@code <document>}) as a stream, so that
 * a file broken half-way still gives the documents before the break. The DTD the file declares is
 * never read ({@link HardenedXmlInput}).
 */
final class BiocXmlReader {

  Corpus read(Path path) throws UnreadableInputException {
    String file = path.toString();
    ProblemLog log = new ProblemLog(file);
    BiocDocumentDecoder decoder = new BiocDocumentDecoder(log);
    List<Document> documents = new ArrayList<>();
    try (BufferedInputStream in = new BufferedInputStream(BiocInput.open(path))) {
      XMLStreamReader xml = start(file, XmlTextDecoder.open(in));
      BiocXmlParser parser = new BiocXmlParser(xml, log);
      try {
        if (xml.getLocalName().equals("document")) {
          documents.add(decoder.decode(parser.document(), 1));
        } else {
          while (parser.nextChild()) {
            if (parser.name().equals("document")) {
              documents.add(decoder.decode(parser.document(), documents.size() + 1));
            } else {
              parser.skip();
            }
          }
        }
      } catch (XMLStreamException | RuntimeException e) {
        Location at = e instanceof XMLStreamException x && x.getLocation() != null
            ? x.getLocation()
            : xml.getLocation();
        log.error(parser.documentId(), Math.max(0, at.getLineNumber()), null,
            "the XML is broken at line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + " (" + reason(e) + "); reading stopped, keeping the "
                + documents.size() + " complete documents before it"
                + (parser.documentId() == null ? "" : " (this one is incomplete and was dropped)"),
            "well-formed BioC XML", null);
      } finally {
        close(xml);
      }
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return new Corpus(file, BiocXmlFormat.NAME, documents, log.problems());
  }

  /** Opens the stream on the root element, which must be a BioC collection or document. */
  private static XMLStreamReader start(String file, Reader in) throws UnreadableInputException {
    try {
      XMLStreamReader xml = HardenedXmlInput.newFactory().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          String root = xml.getLocalName();
          if (root.equals("collection") || root.equals("document")) {
            return xml;
          }
          throw new UnreadableInputException(file + ": not BioC XML (the root element is <"
              + root + ">, expected <collection> or <document>)");
        }
      }
      throw new UnreadableInputException(file + ": not BioC XML (no root element)");
    } catch (XMLStreamException | RuntimeException e) {
      throw new UnreadableInputException(file + ": not BioC XML (" + reason(e) + ")", e);
    }
  }

  /** The parser's own words, without the position prefix the JDK parser puts in front. */
  private static String reason(Exception e) {
    Throwable cause = e instanceof XMLStreamException x && x.getNestedException() != null
        ? x.getNestedException()
        : e.getCause();
    if (cause instanceof CharacterCodingException) {
      return cause.getMessage() + ", so not text in the file's encoding";
    }
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    String reason = (at >= 0 ? message.substring(at + "Message: ".length()) : message)
        .replaceAll("\\s+", " ").strip();
    return e instanceof XMLStreamException ? reason : e.getClass().getSimpleName() + ": " + reason;
  }

  private static void close(XMLStreamReader xml) {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // The underlying stream is closed by its owner; nothing is lost here.
    }
  }
}
