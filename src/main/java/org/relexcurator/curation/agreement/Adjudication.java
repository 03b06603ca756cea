package org.relexcurator.curation.agreement;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ProjectContents;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;

/**
 * Gives pairs of a project their final gold label: checks that the pair is the project's and the
 * label one the project's model gives, then appends an {@link DecisionAction#ADJUDICATED} decision
 * that, like every decision, keeps what the model had said about the pair.
 *
 * <p>Calls read and write the project: make them off a UI thread.
 */
public final class Adjudication {

  private final CurationStore decisions;
  private final ProjectContents contents;
  private final List<String> labelsWithoutPredictions;
  private final Clock clock;

  /**
   * @param decisions the project's decision log
   * @param contents the project's pairs and predictions
   * @param labelsWithoutPredictions the labels allowed while the project holds no prediction
   *     (synthetic_relex's, for the command line and the window)
   * @param clock tells when an adjudication is made
   */
  public Adjudication(
      CurationStore decisions,
      ProjectContents contents,
      List<String> labelsWithoutPredictions,
      Clock clock) {
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.contents = Objects.requireNonNull(contents, "contents");
    this.labelsWithoutPredictions = List.copyOf(labelsWithoutPredictions);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The labels an adjudicator may give: those of the models whose predictions the project holds, in
   * their models' order; without predictions, the labels given at construction.
   */
  public List<String> labels() throws CurationStoreException {
    Set<String> labels = new LinkedHashSet<>();
    for (StoredPrediction stored : contents.latestPredictions().values()) {
      labels.addAll(stored.prediction().labels());
    }
    return labels.isEmpty() ? labelsWithoutPredictions : List.copyOf(labels);
  }

  /**
   * Records {@code label} as the gold label of {@code pairKey}.
   *
   * @param note why, for the curators; may be empty
   * @param timeSpent how long the adjudicator looked at the pair; zero from the command line
   * @throws CurationStoreException if the adjudicator is unnamed, the pair is not the project's,
   *     the label is not one of {@link #labels}, or the decision cannot be stored; the message is
   *     one line for a person
   */
  public Decision record(
      String pairKey, String label, String curator, String note, Duration timeSpent)
      throws CurationStoreException {
    if (curator == null || curator.isBlank()) {
      throw new CurationStoreException("Name the adjudicator: every decision says who made it");
    }
    if (!knows(pairKey)) {
      throw new CurationStoreException(
          "The project has no pair "
              + pairKey
              + "; a pair key is document|E1|E2, as 'relex adjudicate --list' shows them");
    }
    List<String> allowed = labels();
    if (!allowed.contains(label)) {
      throw new CurationStoreException(
          "'"
              + label
              + "' is not a label of this project; the"
              + " labels are "
              + String.join(", ", allowed));
    }
    List<StoredPrediction> predictions = contents.predictions(pairKey);
    Prediction latest =
        predictions.isEmpty() ? null : predictions.get(predictions.size() - 1).prediction();
    return decisions.record(
        new DecisionDraft(
            pairKey,
            curator,
            DecisionAction.ADJUDICATED,
            label,
            latest == null ? null : latest.topLabel(),
            latest == null ? null : latest.topScore(),
            null,
            note,
            clock.instant(),
            timeSpent,
            null));
  }

  /** Whether the pair was decided in the project or is among its stored pairs. */
  private boolean knows(String pairKey) throws CurationStoreException {
    if (!decisions.history(pairKey).isEmpty()) {
      return true;
    }
    for (StoredPair pair : contents.pairs()) {
      if (pair.key().equals(pairKey)) {
        return true;
      }
    }
    return false;
  }
}
