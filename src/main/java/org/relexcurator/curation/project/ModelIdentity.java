package org.relexcurator.curation.project;

import java.nio.file.Path;
import java.util.Objects;
import org.relexcurator.inference.ModelDescription;

/**
 * The model behind stored predictions.
 *
 * @param fingerprint a hash of its configuration and weights; two models are the same if and only
 *     if their fingerprints are
 * @param name its name as shown (folder name or Hugging Face repository id)
 * @param folder where it was loaded from; null if not known
 * @param testModel true for a random model made by {@code relex make-test-model}, whose scores mean
 *     nothing; every export of its predictions says so
 */
public record ModelIdentity(String fingerprint, String name, Path folder, boolean testModel) {

  public ModelIdentity {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(name, "name");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("model fingerprint is blank");
    }
  }

  /** The identity of a loaded model. */
  public static ModelIdentity of(ModelDescription model) {
    return new ModelIdentity(
        model.fingerprint(),
        model.name(),
        model.location() == null ? null : Path.of(model.location()),
        model.testModel());
  }
}
