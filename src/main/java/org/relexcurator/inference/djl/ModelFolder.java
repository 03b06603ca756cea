package org.relexcurator.inference.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.relexcurator.inference.ClassificationException;

/**
 * A model on disk in one of the two forms this engine runs: a Hugging Face folder ({@code
 * config.json}, {@code model.safetensors}, tokenizer files), or a TorchScript export ({@code *.pt}
 * beside the same {@code config.json} and tokenizer files).
 *
 * @param folder where the files are
 * @param name what to call the model: its repository id when found in the Hugging Face cache, else
 *     the folder's name
 * @param weights {@code model.safetensors} or the TorchScript file
 */
public record ModelFolder(Path folder, String name, Path weights, Form form) {

  /** How the weights are stored. */
  public enum Form {
    SAFETENSORS,
    TORCHSCRIPT
  }

  static final String CONFIG = "config.json";
  static final String SAFETENSORS = "model.safetensors";

  Path config() {
    return folder.resolve(CONFIG);
  }

  /**
   * Finds a model from what a person typed: a model folder, a {@code models--owner--name} cache
   * folder, or a repository id such as {@code Glasgow-AI4BioMed/synthetic_relex} looked up in the
   * Hugging Face cache.
   */
  public static ModelFolder locate(String model, Map<String, String> env, Path userHome)
      throws ClassificationException {
    Path path = Path.of(model);
    if (Files.isDirectory(path)) {
      if (HuggingFaceCache.isRepositoryFolder(path)) {
        String id = path.getFileName().toString().substring("models--".length()).replace("--", "/");
        return inSnapshot(path, id);
      }
      return of(path, path.toAbsolutePath().normalize().getFileName().toString());
    }
    if (HuggingFaceCache.looksLikeRepositoryId(model) && !Files.exists(path)) {
      HuggingFaceCache cache = HuggingFaceCache.fromEnvironment(env, userHome);
      Path repository = cache.repositoryFolder(model);
      if (Files.isDirectory(repository)) {
        return inSnapshot(repository, model);
      }
      throw new ClassificationException(
          "model "
              + model
              + " is neither a folder nor in the"
              + " Hugging Face cache "
              + cache.hub()
              + " (expected "
              + repository.getFileName()
              + "/snapshots/<revision>/); pass the model's folder");
    }
    throw new ClassificationException(model + ": no such model folder");
  }

  private static ModelFolder inSnapshot(Path repository, String id) throws ClassificationException {
    Optional<Path> snapshot;
    try {
      snapshot = HuggingFaceCache.snapshot(repository);
    } catch (IOException e) {
      throw new ClassificationException(
          repository + ": cannot be read (" + e.getMessage() + ")", e);
    }
    return of(
        snapshot.orElseThrow(
            () ->
                new ClassificationException(
                    repository + ": no snapshots/<revision>/ folder; the download is incomplete")),
        id);
  }

  /** Checks which files a model folder has, without reading them. */
  static ModelFolder of(Path folder, String name) throws ClassificationException {
    if (!Files.isRegularFile(folder.resolve(CONFIG))) {
      throw new ClassificationException(
          folder.resolve(CONFIG)
              + ": missing; expected a Hugging Face model folder with config.json");
    }
    Path safetensors = folder.resolve(SAFETENSORS);
    if (Files.isRegularFile(safetensors)) {
      return new ModelFolder(folder, name, safetensors, Form.SAFETENSORS);
    }
    List<Path> torchScripts = torchScripts(folder);
    if (torchScripts.size() == 1) {
      return new ModelFolder(folder, name, torchScripts.get(0), Form.TORCHSCRIPT);
    }
    if (torchScripts.size() > 1) {
      throw new ClassificationException(
          folder
              + ": several TorchScript files "
              + torchScripts.stream().map(p -> p.getFileName().toString()).toList()
              + "; expected one");
    }
    String hint =
        Files.exists(folder.resolve("model.safetensors.index.json"))
            ? " (sharded weights are not supported; a BERT-base model fits one file)"
            : Files.exists(folder.resolve("pytorch_model.bin"))
                ? " (pytorch_model.bin is a Python pickle, which is not read for safety; convert it"
                    + " to model.safetensors)"
                : "";
    throw new ClassificationException(
        safetensors
            + ": missing; expected the model's weights as"
            + " model.safetensors or a TorchScript .pt file"
            + hint);
  }

  private static List<Path> torchScripts(Path folder) throws ClassificationException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".pt"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new ClassificationException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
    }
  }
}
