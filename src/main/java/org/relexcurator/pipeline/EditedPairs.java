package org.relexcurator.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ProjectContents;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;

/**
 * The candidate pairs that follow a curator's mention edits, made by the same candidate generator
 * and relation specs as the corpus's first pairs ({@link CorpusPreparation#candidates}). A pair's
 * key names its mentions' ids, and an edited mention's id follows its spans and type, so comparing
 * the pairs before and after by key finds exactly the pairs of the sentences an edit touches: every
 * other sentence yields the same pairs under the same keys.
 */
public final class EditedPairs {

  private final CorpusPreparation preparation;

  public EditedPairs(CorpusPreparation preparation) {
    this.preparation = preparation;
  }

  /**
   * @param before the document before the edit (as its file has it, or with earlier edits)
   * @param after the document after it, with the same text and sentences
   */
  public PairChanges changes(String source, Document before, Document after) {
    List<CandidatePair> old = preparation.candidates(source, before).pairs();
    List<CandidatePair> now = preparation.candidates(source, after).pairs();
    Set<String> oldKeys = new LinkedHashSet<>();
    old.forEach(p -> oldKeys.add(p.key()));
    Set<String> obsolete = new LinkedHashSet<>(oldKeys);
    List<CandidatePair> added = new ArrayList<>();
    for (CandidatePair pair : now) {
      obsolete.remove(pair.key());
      if (!oldKeys.contains(pair.key())) {
        added.add(pair);
      }
    }
    return new PairChanges(now, added, obsolete);
  }

  /**
   * Saves pairs of an edited document in the project, with the text the model reads, so that they
   * can be predicted, decided and exported like the corpus's first pairs.
   *
   * @return how many could not be saved because their mentions cannot be marked in their sentence
   * @throws CurationStoreException if the project does not hold the document
   */
  public int save(Document edited, List<CandidatePair> pairs, ProjectContents contents)
      throws CurationStoreException {
    List<StoredPair> stored = new ArrayList<>(pairs.size());
    int unmarkable = 0;
    for (CandidatePair pair : pairs) {
      try {
        stored.add(StoredPair.of(preparation.row(edited, pair)));
      } catch (IllegalArgumentException e) {
        unmarkable++;
      }
    }
    contents.putPairs(stored);
    return unmarkable;
  }
}
