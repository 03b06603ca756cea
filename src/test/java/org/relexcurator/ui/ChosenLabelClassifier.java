package org.relexcurator.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;

/**
 * Answers the marked sentences a test names with the top label it chose for each, and every other
 * sentence as {@link TextScoredClassifier} does: for tests that need a given pair of answers, such
 * as two directions that contradict each other.
 */
public final class ChosenLabelClassifier extends TextScoredClassifier {

  private final Map<String, String> labelBySentence;

  /**
   * @param labelBySentence the top label for each marked sentence a test cares about
   */
  public ChosenLabelClassifier(Map<String, String> labelBySentence) {
    super(false);
    this.labelBySentence = Map.copyOf(labelBySentence);
  }

  /** A prediction whose top label is {@code label}, at a softmax score of about 0.57. */
  public static Prediction withTopLabel(String label) {
    double[] logits = new double[LABELS.size()];
    logits[LABELS.indexOf(label)] = 3;
    return new Prediction(LABELS, logits);
  }

  @Override
  public List<Prediction> classify(List<String> markedSentences, TaskMonitor monitor)
      throws ClassificationException {
    List<Prediction> scored = super.classify(markedSentences, monitor);
    return IntStream.range(0, markedSentences.size())
        .mapToObj(
            i -> {
              String label = labelBySentence.get(markedSentences.get(i));
              return label == null ? scored.get(i) : withTopLabel(label);
            })
        .toList();
  }
}
