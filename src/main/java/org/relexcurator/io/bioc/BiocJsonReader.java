package org.relexcurator.io.bioc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.TextEncoding;
import org.relexcurator.io.UndecodableBytesException;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * Reads a BioC JSON file as a stream, so that a file broken half-way still gives the documents
 * before the break. The text is decoded here ({@link TextEncoding}), not by the JSON parser, which
 * names the byte after a malformed one ("Invalid UTF-8 middle byte 0x20" for a lone 0xE9).
 */
final class BiocJsonReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  Corpus read(Path path) throws UnreadableInputException {
    String file = path.toString();
    ProblemLog log = new ProblemLog(file);
    BiocDocumentDecoder decoder = new BiocDocumentDecoder(log);
    List<Document> documents = new ArrayList<>();
    try (Reader in = TextEncoding.open(BiocInput.open(path));
        JsonParser json = MAPPER.createParser(in)) {
      JsonToken first = first(file, json);
      BiocJsonParser parser =
          new BiocJsonParser(
              json, MAPPER, log, raw -> documents.add(decoder.decode(raw, documents.size() + 1)));
      try {
        for (JsonToken token = first; token != null; token = json.nextToken()) {
          parser.topLevel();
        }
      } catch (UndecodableBytesException e) {
        if (!parser.sawBioc()) {
          throw new UnreadableInputException(file + ": " + e.getMessage(), e);
        }
        log.error(
            null,
            e.line(),
            null,
            "the file is "
                + e.getMessage()
                + "; reading stopped, keeping the "
                + documents.size()
                + " complete documents before it",
            "well-formed BioC JSON",
            null);
      } catch (JsonProcessingException | RuntimeException e) {
        JsonLocation at =
            e instanceof JsonProcessingException p && p.getLocation() != null
                ? p.getLocation()
                : json.currentLocation();
        String reason =
            oneLine(
                e instanceof JsonProcessingException p
                    ? p.getOriginalMessage()
                    : e.getClass().getSimpleName() + ": " + e.getMessage());
        if (!parser.sawBioc()) {
          throw new UnreadableInputException(
              file
                  + ": not BioC JSON ("
                  + reason
                  + " at line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ")",
              e);
        }
        log.error(
            null,
            Math.max(0, at.getLineNr()),
            null,
            "the JSON is broken at line "
                + at.getLineNr()
                + ", column "
                + at.getColumnNr()
                + " ("
                + reason
                + "); reading stopped, keeping the "
                + documents.size()
                + " complete documents before it",
            "well-formed BioC JSON",
            null);
      }
      if (!parser.sawBioc()) {
        throw new UnreadableInputException(
            file + ": not BioC JSON (no \"documents\", \"passages\" or \"PubTator3\" found)");
      }
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return new Corpus(file, BiocJsonFormat.NAME, documents, log.problems());
  }

  private static JsonToken first(String file, JsonParser json) throws UnreadableInputException {
    JsonToken first;
    try {
      first = json.nextToken();
    } catch (UndecodableBytesException e) {
      throw new UnreadableInputException(file + ": " + e.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new UnreadableInputException(
          file + ": not JSON (" + oneLine(e.getOriginalMessage()) + ")", e);
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (first == null) {
      throw new UnreadableInputException(file + ": empty file, not BioC JSON");
    }
    if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
      throw new UnreadableInputException(
          file + ": not BioC JSON (expected an object or array at the start)");
    }
    return first;
  }

  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s+", " ").strip();
  }
}
