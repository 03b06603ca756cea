package org.relexcurator.inference;

import java.util.List;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;

/**
 * Classifies marked sentences ({@code [E1]…[/E1] … [E2]…[/E2]}) into relation labels. Calls block
 * and may take seconds: callers run them off the UI thread. Implementations are thread-safe.
 */
public interface RelationClassifier extends AutoCloseable {

  /** What model this is: name, labels, device, and whether it is a random test model. */
  ModelDescription description();

  /**
   * Predictions for every marked sentence, in input order.
   *
   * @throws ClassificationException if the model cannot process an input (the message says which)
   * @throws org.relexcurator.task.CancelledException if the monitor was cancelled
   */
  List<Prediction> classify(List<String> markedSentences, TaskMonitor monitor)
      throws ClassificationException;

  default Prediction classify(String markedSentence) throws ClassificationException {
    return classify(List.of(markedSentence), TaskMonitor.NONE).get(0);
  }

  /** Frees native memory; the classifier cannot be used afterwards. */
  @Override
  void close();
}
