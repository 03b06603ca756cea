package org.relexcurator.curation.project;

import java.util.Optional;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.sampling.ReviewSample;

/**
 * The review sample a project was made from ({@code relex sample}): its design, strata and each
 * sampled pair's inclusion probability. A project made otherwise has none.
 */
public interface ReviewSampleStore {

  /**
   * Saves the sample, in one transaction.
   *
   * @throws CurationStoreException if the project has a sample already, or a sampled pair is not
   *     among its pairs
   */
  void save(ReviewSample sample) throws CurationStoreException;

  /** The project's sample, if it was made from one. */
  Optional<ReviewSample> read() throws CurationStoreException;
}
