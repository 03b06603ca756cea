package org.relexcurator.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ContentHash;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ProjectContents;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;

/**
 * Saves what a project keeps of an opened corpus: each document by identity (its file, the file's
 * hash and format, so an export can find its text again and notice a changed file) and each
 * candidate pair with the text the model reads, so that decisions and predictions have their pair
 * in the project and a JSONL export needs no corpus.
 */
public final class ProjectCorpus {

  private final CorpusPreparation preparation;

  /**
   * @param preparation the preparation that made the corpus, for the pairs' marked text
   */
  public ProjectCorpus(CorpusPreparation preparation) {
    this.preparation = preparation;
  }

  /**
   * Adds the corpus's documents and pairs to the project, replacing earlier versions of the same
   * documents and pairs; each collection in one transaction.
   *
   * @return how many pairs could not be saved because their mentions cannot be marked in their
   *     sentence (the model cannot read them either)
   * @throws IOException if the source file cannot be read for its hash
   */
  public int save(PreparedCorpus corpus, ProjectContents contents)
      throws IOException, CurationStoreException {
    Path source = Path.of(corpus.source()).toAbsolutePath();
    // A folder (brat) has no single hash; its documents are found by path and id alone.
    String hash = Files.isRegularFile(source) ? ContentHash.of(source) : null;
    Map<String, Document> byId = new HashMap<>();
    List<DocumentIdentity> documents = new ArrayList<>();
    for (Document document : corpus.documents()) {
      if (byId.putIfAbsent(document.id(), document) == null) {
        documents.add(new DocumentIdentity(document.id(), source, hash, corpus.format()));
      }
    }
    List<StoredPair> pairs = new ArrayList<>(corpus.pairs().size());
    int unmarkable = 0;
    for (CandidatePair pair : corpus.pairs()) {
      try {
        pairs.add(StoredPair.of(preparation.row(byId.get(pair.documentId()), pair)));
      } catch (IllegalArgumentException e) {
        unmarkable++;
      }
    }
    contents.putDocuments(documents);
    contents.putPairs(pairs);
    return unmarkable;
  }
}
