package org.relexcurator.curation.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;

/**
 * What a project's decisions are about: its documents (by identity, not text), their candidate
 * pairs and the models' predictions. The decisions themselves are the project's {@link
 * CurationStore}.
 *
 * <p>Each call is one transaction: all of a collection is saved, or none of it. Implementations are
 * thread-safe.
 */
public interface ProjectContents {

  /** Adds documents; one whose id the project has replaces it. */
  void putDocuments(Collection<DocumentIdentity> documents) throws CurationStoreException;

  /** Every document, in the order first added. */
  List<DocumentIdentity> documents() throws CurationStoreException;

  /**
   * Adds pairs; one whose key the project has replaces it.
   *
   * @throws CurationStoreException if a pair's document is not in the project
   */
  void putPairs(Collection<StoredPair> pairs) throws CurationStoreException;

  /** Every pair, in the order first added. */
  List<StoredPair> pairs() throws CurationStoreException;

  /**
   * Adds predictions; earlier ones are kept.
   *
   * @throws CurationStoreException if a prediction's pair is not in the project
   */
  void addPredictions(Collection<StoredPrediction> predictions) throws CurationStoreException;

  /** Every prediction of one pair, oldest first. */
  List<StoredPrediction> predictions(String pairKey) throws CurationStoreException;

  /**
   * Adds models without predictions of their own, so that a project split from another names the
   * same model (relex assign); one whose fingerprint the project has is left as it is.
   */
  void putModels(Collection<ModelIdentity> models) throws CurationStoreException;

  /** Every model the project names, in the order first added. */
  List<ModelIdentity> models() throws CurationStoreException;

  /** The latest prediction of each pair that has one, whichever model made it. */
  Map<String, StoredPrediction> latestPredictions() throws CurationStoreException;
}
