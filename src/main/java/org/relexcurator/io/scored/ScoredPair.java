package org.relexcurator.io.scored;

import java.util.List;
import java.util.Objects;

/**
 * One candidate pair as a scoring run wrote it ({@code relex predict} or {@code relex
 * spark-predict}), reduced to what sampling and estimation read.
 *
 * @param file the scored file it was read from
 * @param line its 1-based line in that file
 * @param inputFile the corpus file the pair was read from; null when the run did not say
 * @param documentId the pair's document
 * @param pairKey the pair's key, as {@code CandidatePair.key()} makes it
 * @param text the marked sentence the model read
 * @param labels the model's labels, in the order of its scores
 * @param logits the model's logits in the same order
 * @param label the top label
 * @param score the top label's score
 * @param modelFingerprint the model's fingerprint; null when the run did not say
 * @param modelName the model's name; null when the run did not say
 * @param testModel whether the run says the model is a test model
 */
public record ScoredPair(
    String file,
    int line,
    String inputFile,
    String documentId,
    String pairKey,
    String text,
    List<String> labels,
    List<Double> logits,
    String label,
    double score,
    String modelFingerprint,
    String modelName,
    boolean testModel) {

  public ScoredPair {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(pairKey, "pairKey");
    Objects.requireNonNull(label, "label");
    labels = List.copyOf(labels);
    logits = List.copyOf(logits);
    if (labels.size() != logits.size()) {
      throw new IllegalArgumentException(
          file + ":" + line + ": " + labels.size() + " labels but " + logits.size() + " logits");
    }
  }
}
