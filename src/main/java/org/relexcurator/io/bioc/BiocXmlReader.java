package org.relexcurator.io.bioc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.UndecodableBytesException;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * Reads a BioC XML file ({@code <collection>} or a lone {@code <document>}) as a stream, so that a
 * file broken half-way still gives the documents before the break. The DTD the file declares is
 * never read ({@link HardenedXmlInput}).
 */
final class BiocXmlReader {

  Corpus read(Path path) throws UnreadableInputException {
    String file = path.toString();
    ProblemLog log = new ProblemLog(file);
    BiocDocumentDecoder decoder = new BiocDocumentDecoder(log);
    List<Document> documents = new ArrayList<>();
    refuseDeclaredEntities(path);
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
        Location at =
            e instanceof XMLStreamException x && x.getLocation() != null
                ? x.getLocation()
                : xml.getLocation();
        String where =
            undecodable(e)
                .map(bytes -> "the file is " + bytes.getMessage())
                .orElse(
                    "the XML is broken at line "
                        + at.getLineNumber()
                        + ", column "
                        + at.getColumnNumber()
                        + " ("
                        + reason(e)
                        + ")");
        log.error(
            parser.documentId(),
            Math.max(0, at.getLineNumber()),
            null,
            where
                + "; reading stopped, keeping the "
                + documents.size()
                + " complete documents before it"
                + (parser.documentId() == null ? "" : " (this one is incomplete and was dropped)"),
            "well-formed BioC XML",
            null);
      } finally {
        close(xml);
      }
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return new Corpus(file, BiocXmlFormat.NAME, documents, log.problems());
  }

  /**
   * Refuses a file whose DTD declares entities before anything is read: with DTD processing off
   * they are never expanded, but a reference to one then breaks the file where it is used, and the
   * documents after it would be lost with no more than a parse error to show for it. A file that
   * declares them is an attack (billion laughs, XXE) or made by a tool BioC does not know.
   */
  private static void refuseDeclaredEntities(Path path) throws UnreadableInputException {
    XmlProlog prolog;
    try (BufferedInputStream in = new BufferedInputStream(BiocInput.open(path));
        Reader text = XmlTextDecoder.open(in)) {
      prolog = XmlProlog.read(text);
    } catch (IOException e) {
      return; // reading the file proper reports what is wrong with it, and where
    }
    List<String> names = prolog.entities();
    if (!names.isEmpty()) {
      throw new UnreadableInputException(
          path
              + ": its DTD declares "
              + names.size()
              + (names.size() == 1 ? " entity (" : " entities (")
              + String.join(", ", names.subList(0, Math.min(3, names.size())))
              + (names.size() > 3 ? ", …" : "")
              + "); DTD entity declarations are refused for"
              + " safety (they can expand without bound or read other files), so nothing was read");
    }
  }

  /** Opens the stream on the root element, which must be a BioC collection or document. */
  private static XMLStreamReader start(String file, Reader in) throws UnreadableInputException {
    try {
      XMLStreamReader xml = HardenedXmlInput.newFactory().createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          String root = xml.getLocalName();
          if (BiocXmlFormat.BIOC_ROOTS.contains(root)) {
            return xml;
          }
          throw new UnreadableInputException(
              file
                  + ": not BioC XML (the root element is <"
                  + root
                  + ">, expected <collection> or <document>)");
        }
      }
      throw new UnreadableInputException(file + ": not BioC XML (no root element)");
    } catch (XMLStreamException | RuntimeException e) {
      throw new UnreadableInputException(
          file
              + ": "
              + undecodable(e)
                  .map(Exception::getMessage)
                  .orElse("not BioC XML (" + reason(e) + ")"),
          e);
    }
  }

  /** The bytes that were not text, when that is what stopped the parser. */
  private static Optional<UndecodableBytesException> undecodable(Exception e) {
    Throwable cause =
        e instanceof XMLStreamException x && x.getNestedException() != null
            ? x.getNestedException()
            : e.getCause();
    return cause instanceof UndecodableBytesException bytes ? Optional.of(bytes) : Optional.empty();
  }

  /** The parser's own words, without the position prefix the JDK parser puts in front. */
  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    int at = message.indexOf("Message: ");
    String reason =
        (at >= 0 ? message.substring(at + "Message: ".length()) : message)
            .replaceAll("\\s+", " ")
            .strip();
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
