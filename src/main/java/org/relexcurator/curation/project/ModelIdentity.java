package org.relexcurator.curation.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The model behind stored predictions.
 *
 * @param fingerprint a hash of its configuration and weights; two models are the same if and only
 *     if their fingerprints are
 * @param name its name as shown (folder name or Hugging Face repository id)
 * @param folder where it was loaded from; null if not known
 */
public record ModelIdentity(String fingerprint, String name, Path folder) {

  public ModelIdentity {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(name, "name");
    if (fingerprint.isBlank()) {
      throw new IllegalArgumentException("model fingerprint is blank");
    }
  }
}
