package org.relexcurator.inference.djl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a repository such as {@code Glasgow-AI4BioMed/synthetic_relex} lies in the Hugging Face
 * cache, found as {@link ModelFolder#locate} finds it, but without judging the files: a download
 * that stopped half-way is still found, so that a model check can say what is missing.
 *
 * @param repository the repository id looked for
 * @param hub the cache folder looked in
 * @param snapshot the snapshot folder, or {@code null} when the repository is not in the cache
 */
public record CachedModel(String repository, Path hub, Path snapshot) {

  /** Looks in the cache the environment names ({@code HF_HUB_CACHE}, {@code HF_HOME}, …). */
  public static CachedModel find(String repository, Map<String, String> env, Path userHome) {
    HuggingFaceCache cache = HuggingFaceCache.fromEnvironment(env, userHome);
    Optional<Path> snapshot;
    try {
      snapshot = HuggingFaceCache.snapshot(cache.repositoryFolder(repository));
    } catch (IOException e) {
      snapshot = Optional.empty();
    }
    return new CachedModel(repository, cache.hub(), snapshot.orElse(null));
  }

  /** Looks in the cache of this process's environment and user. */
  public static CachedModel find(String repository) {
    return find(repository, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  public boolean found() {
    return snapshot != null;
  }
}
