package org.relexcurator.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;

/**
 * A deterministic stand-in for the model: each sentence's scores follow from its text, so a test
 * can compute what the model "says" with {@link #predict(String)}. It remembers every call.
 */
public class TextScoredClassifier implements RelationClassifier {

  public static final List<String> LABELS = SyntheticRelexLabels.ALL;

  private final ModelDescription description;
  private final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());

  public TextScoredClassifier(boolean testModel) {
    this.description =
        new ModelDescription("text-scored", "memory", LABELS, "cpu", testModel, "fingerprint");
  }

  /**
   * The label at index (text hash mod 16) gets a logit from 2 to 5, also chosen by the hash, so
   * that the model's certainty differs between sentences; the next label gets 2, the rest 0.
   */
  public static Prediction predict(String markedSentence) {
    int hash = markedSentence.hashCode();
    double[] logits = new double[LABELS.size()];
    int top = Math.floorMod(hash, LABELS.size());
    logits[top] = 2 + Math.floorMod(hash / LABELS.size(), 4) + 0.5;
    logits[(top + 1) % LABELS.size()] = 2;
    return new Prediction(LABELS, logits);
  }

  @Override
  public ModelDescription description() {
    return description;
  }

  @Override
  public List<Prediction> classify(List<String> markedSentences, TaskMonitor monitor)
      throws ClassificationException {
    calls.add(List.copyOf(markedSentences));
    return markedSentences.stream().map(TextScoredClassifier::predict).toList();
  }

  /** The inputs of every call so far, in order. */
  public List<List<String>> calls() {
    return List.copyOf(calls);
  }

  @Override
  public void close() {}
}
