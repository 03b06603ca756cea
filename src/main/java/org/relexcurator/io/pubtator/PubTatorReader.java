package org.relexcurator.io.pubtator;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.io.ProblemLog;
import org.relexcurator.io.TextEncoding;
import org.relexcurator.io.TextFiles;
import org.relexcurator.io.UndecodableBytesException;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.pubtator.PubTatorLine.Blank;
import org.relexcurator.io.pubtator.PubTatorLine.Malformed;
import org.relexcurator.io.pubtator.PubTatorLine.MentionLine;
import org.relexcurator.io.pubtator.PubTatorLine.RelationLine;
import org.relexcurator.io.pubtator.PubTatorLine.TextLine;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * Reads a PubTator file: blocks of {@code ID|t|title}, {@code ID|a|abstract}, mention and relation
 * lines, separated by blank lines.
 *
 * <p>The document text is the title, one space and the abstract; offsets count its code points.
 * Mentions get ids {@code T0, T1, …} and relations {@code R0, R1, …} by their order in the document
 * (a dropped line keeps its number, so problems can name it). Relation arguments are concept ids
 * with roles {@code entity1} and {@code entity2}, the shape the BioC readers give BioRED too.
 *
 * <p>Blocks that follow each other under one id are one document, each block a further passage
 * (full texts are written so, one passage per block; see {@link DocumentBlocks}). Where that
 * reading cannot be right, the block is read as a document of its own, with a fresh id ({@code
 * ID#2}) and a warning: when it repeats the first block's title and abstract word for word (the
 * same document twice), or when other documents come between it and the id's earlier blocks.
 *
 * <p>The file is streamed line by line, in UTF-8 or in the UTF-16 a byte-order mark names; CRLF
 * line ends, the mark and a missing final newline are read as if they were not there. Bytes that
 * are not text end the reading with an error naming their line, column and byte offset.
 */
public final class PubTatorReader {

  public Corpus read(Path path) throws UnreadableInputException {
    String file = path.toString();
    Reading reading = new Reading(new ProblemLog(file));
    try (BufferedReader in = new BufferedReader(TextEncoding.open(Files.newInputStream(path)))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        reading.accept(PubTatorLineParser.parse(line));
      }
    } catch (UndecodableBytesException e) {
      reading.stopAt(e);
    } catch (IOException e) {
      throw TextFiles.unreadable(path, e);
    }
    reading.endBlock();
    reading.endDocument();
    return new Corpus(file, PubTatorFormat.NAME, reading.documents, reading.log.problems());
  }

  /** The state of one pass over a file. */
  private static final class Reading {

    private final ProblemLog log;
    private final List<Document> documents = new ArrayList<>();
    private final Map<String, Integer> firstLineOfDocument = new HashMap<>();
    private DocumentBlock block;
    private DocumentBlocks document;
    private int lineNumber;

    Reading(ProblemLog log) {
      this.log = log;
    }

    void accept(PubTatorLine line) {
      lineNumber++;
      if (line instanceof Blank) {
        endBlock();
      } else if (line instanceof Malformed bad) {
        log.error(
            bad.documentId() != null ? bad.documentId() : currentDocumentId(),
            lineNumber,
            null,
            bad.reason(),
            bad.expected(),
            bad.found());
      } else if (line instanceof TextLine text) {
        acceptText(text);
      } else if (line instanceof MentionLine mention && fitsBlock(mention.documentId())) {
        block.add(mention, lineNumber);
      } else if (line instanceof RelationLine relation && fitsBlock(relation.documentId())) {
        block.add(relation, lineNumber);
      }
    }

    private void acceptText(TextLine text) {
      if (block != null && !block.documentId().equals(text.documentId())) {
        if (text.kind() == 'a') {
          fitsBlock(text.documentId());
          return;
        }
        log.warning(
            text.documentId(),
            lineNumber,
            null,
            "no blank line between this document and the one before; read as two",
            "a blank line",
            null);
        endBlock();
      }
      if (block == null) {
        block = new DocumentBlock(text.documentId(), lineNumber, log);
      }
      block.add(text, lineNumber);
    }

    /** Whether an annotation line of this document may join the current block; logs why not. */
    private boolean fitsBlock(String documentId) {
      if (block == null) {
        log.error(
            documentId,
            lineNumber,
            null,
            "line before any title line; skipped",
            documentId + "|t|title",
            null);
        return false;
      }
      if (!block.documentId().equals(documentId)) {
        log.error(
            block.documentId(),
            lineNumber,
            null,
            "line of another document inside this document's block; skipped",
            block.documentId(),
            documentId);
        return false;
      }
      return true;
    }

    private String currentDocumentId() {
      return block == null ? null : block.documentId();
    }

    void endBlock() {
      if (block == null) {
        return;
      }
      DocumentBlock ended = block;
      block = null;
      if (!ended.hasTitle()) {
        log.error(
            ended.documentId(),
            ended.firstLine(),
            null,
            "no title line; the block is skipped",
            ended.documentId() + "|t|title",
            null);
        return;
      }
      boolean sameId = document != null && document.fileId().equals(ended.documentId());
      if (sameId && !ended.hasTheTextOf(document.first())) {
        document.add(ended);
        return;
      }
      endDocument();
      String id = ended.documentId();
      Integer earlier = firstLineOfDocument.get(id);
      if (earlier != null) {
        id = freshId(id);
        log.warning(
            ended.documentId(),
            ended.firstLine(),
            null,
            (sameId
                    ? "block repeats the title and abstract of the document on line "
                    : "document id already used, with other documents between, by the document on"
                        + " line ")
                + earlier
                + "; read as a document of its own, "
                + id,
            null,
            null);
      }
      firstLineOfDocument.put(id, ended.firstLine());
      document = new DocumentBlocks(id, ended, log);
    }

    /** {@code ID#2}, {@code ID#3}, …: the first that no document of the file has yet. */
    private String freshId(String fileId) {
      for (int n = 2; ; n++) {
        String candidate = fileId + "#" + n;
        if (!firstLineOfDocument.containsKey(candidate)) {
          return candidate;
        }
      }
    }

    /**
     * Ends the reading at bytes that are not text: what came before stays, but the block they fall
     * in is dropped, since its text or mentions would be cut short.
     */
    void stopAt(UndecodableBytesException e) {
      String cut = currentDocumentId();
      block = null;
      endDocument();
      log.error(
          cut,
          e.line(),
          null,
          "the file is "
              + e.getMessage()
              + "; reading stopped, keeping the "
              + documents.size()
              + " documents before it"
              + (cut == null ? "" : " (the block this line is in was cut short and dropped)"),
          "UTF-8 text (or UTF-16 with a byte-order mark)",
          null);
    }

    void endDocument() {
      if (document != null) {
        documents.add(document.build());
        document = null;
      }
    }
  }
}
