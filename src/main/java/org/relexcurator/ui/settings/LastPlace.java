package org.relexcurator.ui.settings;

import java.nio.file.Path;

/**
 * Where the curator was when the window last closed, so that the next start comes back to it. Every
 * part may be {@code null}: nothing was open.
 *
 * @param project the project file decisions went to; {@code null} for the default project
 * @param corpus the corpus file open
 * @param documentId the document shown
 * @param pairKey the pair shown (its {@code CandidatePair.key()})
 */
public record LastPlace(Path project, Path corpus, String documentId, String pairKey) {

  public static final LastPlace NOWHERE = new LastPlace(null, null, null, null);

  /** Another project; the corpus and what was shown in it stay. */
  public LastPlace withProject(Path file) {
    return new LastPlace(file, corpus, documentId, pairKey);
  }

  /** Another corpus, with no document or pair shown yet. */
  public LastPlace withCorpus(Path file) {
    return new LastPlace(project, file, null, null);
  }

  public LastPlace withDocument(String id) {
    return new LastPlace(project, corpus, id, pairKey);
  }

  public LastPlace withPair(String key) {
    return new LastPlace(project, corpus, documentId, key);
  }
}
