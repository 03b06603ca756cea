package org.relexcurator.curation.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relexcurator.curation.project.ContentHash;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;

/**
 * The documents of a project read again from their source files, for exports that carry the whole
 * text (BioC, brat). A project keeps documents by identity, not text, so each file must still be
 * where it was and hold the bytes it held: the pairs' offsets and mention ids point into exactly
 * that content.
 */
final class SourceDocuments {

  private final FormatRegistry formats;

  SourceDocuments(FormatRegistry formats) {
    this.formats = formats;
  }

  /**
   * Every document, by id, in the project's order; each file is read once.
   *
   * @throws ExportException naming the document and file when one cannot be had as it was
   */
  Map<String, Document> read(List<DocumentIdentity> identities) throws ExportException {
    Map<Path, Map<String, Document>> byFile = new HashMap<>();
    Map<String, Document> documents = new LinkedHashMap<>();
    for (DocumentIdentity identity : identities) {
      Path file = identity.sourcePath();
      if (file == null) {
        throw new ExportException(
            "Document "
                + identity.id()
                + " has no source file in this"
                + " project (it was typed in, or imported from JSONL), and BioC and brat exports"
                + " carry the whole text; export JSONL or CSV instead");
      }
      Map<String, Document> inFile = byFile.get(file);
      if (inFile == null) {
        inFile = readChecked(identity);
        byFile.put(file, inFile);
      }
      Document document = inFile.get(identity.id());
      if (document == null) {
        throw new ExportException(
            file
                + " no longer holds document "
                + identity.id()
                + ", which the project read from it");
      }
      documents.put(identity.id(), document);
    }
    return documents;
  }

  private Map<String, Document> readChecked(DocumentIdentity identity) throws ExportException {
    Path file = identity.sourcePath();
    if (!Files.exists(file)) {
      throw new ExportException(
          file
              + " is gone: document "
              + identity.id()
              + " was read from"
              + " it, and BioC and brat exports need its text; put the file back or export JSONL or"
              + " CSV");
    }
    if (identity.contentHash() != null) {
      String now;
      try {
        now = ContentHash.of(file);
      } catch (IOException e) {
        throw new ExportException(file + " cannot be read: " + e.getMessage(), e);
      }
      if (!now.equals(identity.contentHash())) {
        throw new ExportException(
            file
                + " has changed since the project read document "
                + identity.id()
                + " from it, so the pairs' offsets may no longer fit its text;"
                + " restore the file or export JSONL or CSV");
      }
    }
    try {
      Optional<DocumentFormat> named =
          identity.format() == null ? Optional.empty() : formats.byName(identity.format());
      Corpus corpus = (named.isPresent() ? named.get() : formats.detect(file)).read(file);
      Map<String, Document> documents = new HashMap<>();
      corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
      return documents;
    } catch (UnreadableInputException e) {
      throw new ExportException(e.getMessage(), e);
    }
  }
}
