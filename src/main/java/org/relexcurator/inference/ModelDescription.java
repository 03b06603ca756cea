package org.relexcurator.inference;

import java.util.List;

/**
 * Identity of a loaded model, shown wherever its predictions are.
 *
 * @param name the model's name (folder name or Hugging Face repository id)
 * @param location the folder it was loaded from
 * @param labels labels in {@code id2label} order
 * @param device where it runs ({@code cpu}, {@code gpu(0)})
 * @param testModel true for a random model made by {@code relex make-test-model}: its scores mean
 *     nothing and every view of them must say so
 * @param fingerprint a hash of the configuration and weights, so stored predictions name their
 *     model
 */
public record ModelDescription(
    String name,
    String location,
    List<String> labels,
    String device,
    boolean testModel,
    String fingerprint) {

  public ModelDescription {
    labels = List.copyOf(labels);
  }

  public static final String TEST_MODEL_WARNING =
      "TEST MODEL: random weights, its predictions and scores mean nothing";
}
