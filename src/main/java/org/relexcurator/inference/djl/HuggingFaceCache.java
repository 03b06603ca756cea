package org.relexcurator.inference.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Hugging Face hub cache that {@code huggingface_hub} downloads into: {@code
 * <hub>/models--<owner>--<name>/snapshots/<revision>/}, with the revision of {@code main} in {@code
 * refs/main}. The hub folder is {@code $HF_HUB_CACHE}, else {@code $HF_HOME/hub}, else {@code
 * $XDG_CACHE_HOME/huggingface/hub}, else {@code ~/.cache/huggingface/hub}, as in huggingface_hub.
 */
final class HuggingFaceCache {

  private static final Pattern REPOSITORY_ID = Pattern.compile("[\\w.-]+/[\\w.-]+");

  private final Path hub;

  HuggingFaceCache(Path hub) {
    this.hub = hub;
  }

  static HuggingFaceCache fromEnvironment(Map<String, String> env, Path userHome) {
    String hubCache = env.get("HF_HUB_CACHE");
    if (hubCache != null && !hubCache.isBlank()) {
      return new HuggingFaceCache(Path.of(hubCache));
    }
    String hfHome = env.get("HF_HOME");
    if (hfHome != null && !hfHome.isBlank()) {
      return new HuggingFaceCache(Path.of(hfHome, "hub"));
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".cache");
    return new HuggingFaceCache(cache.resolve("huggingface").resolve("hub"));
  }

  static boolean looksLikeRepositoryId(String text) {
    return REPOSITORY_ID.matcher(text).matches();
  }

  Path hub() {
    return hub;
  }

  /** The cache folder of a repository such as {@code Glasgow-AI4BioMed/synthetic_relex}. */
  Path repositoryFolder(String repositoryId) {
    return hub.resolve("models--" + repositoryId.replace("/", "--"));
  }

  /**
   * The snapshot to use in a repository's cache folder: the one {@code refs/main} names, else the
   * most recently modified.
   */
  static Optional<Path> snapshot(Path repositoryFolder) throws IOException {
    Path snapshots = repositoryFolder.resolve("snapshots");
    if (!Files.isDirectory(snapshots)) {
      return Optional.empty();
    }
    Path mainRef = repositoryFolder.resolve("refs").resolve("main");
    if (Files.isRegularFile(mainRef)) {
      Path named = snapshots.resolve(Files.readString(mainRef).strip());
      if (Files.isDirectory(named)) {
        return Optional.of(named);
      }
    }
    try (Stream<Path> revisions = Files.list(snapshots)) {
      return revisions
          .filter(Files::isDirectory)
          .max(Comparator.comparing(HuggingFaceCache::modified));
    }
  }

  /** A folder that is itself a repository's cache folder (it has snapshots/ and refs/). */
  static boolean isRepositoryFolder(Path folder) {
    return Files.isDirectory(folder.resolve("snapshots"))
        && folder.getFileName() != null
        && folder.getFileName().toString().startsWith("models--");
  }

  private static FileTime modified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
