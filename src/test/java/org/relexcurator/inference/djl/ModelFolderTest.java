package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ClassificationException;

class ModelFolderTest {

  private static final String REPO = "Glasgow-AI4BioMed/synthetic_relex";

  @TempDir Path dir;

  private Path snapshot(Path hub, String revision) throws Exception {
    Path folder = hub.resolve("models--Glasgow-AI4BioMed--synthetic_relex/snapshots/" + revision);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("config.json"), "{}");
    Files.writeString(folder.resolve("model.safetensors"), "");
    return folder;
  }

  @Test
  void findsTheRevisionThatRefsMainNamesInHfHubCache() throws Exception {
    Path hub = dir.resolve("hub");
    Path wanted = snapshot(hub, "aaa111");
    Path newer = snapshot(hub, "bbb222");
    Files.setLastModifiedTime(newer, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Path refs = hub.resolve("models--Glasgow-AI4BioMed--synthetic_relex/refs");
    Files.createDirectories(refs);
    Files.writeString(refs.resolve("main"), "aaa111\n");

    ModelFolder model =
        ModelFolder.locate(
            REPO,
            Map.of("HF_HUB_CACHE", hub.toString(), "HF_HOME", dir.resolve("elsewhere").toString()),
            dir);

    assertThat(model.folder()).isEqualTo(wanted);
    assertThat(model.name()).isEqualTo(REPO);
    assertThat(model.form()).isEqualTo(ModelFolder.Form.SAFETENSORS);
  }

  @Test
  void takesTheNewestSnapshotWithoutRefsUnderHfHome() throws Exception {
    Path hub = dir.resolve("hf-home/hub");
    Path older = snapshot(hub, "old");
    Path newer = snapshot(hub, "new");
    Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000));

    ModelFolder model =
        ModelFolder.locate(REPO, Map.of("HF_HOME", dir.resolve("hf-home").toString()), dir);

    assertThat(model.folder()).isEqualTo(newer);
  }

  @Test
  void defaultsToTheCacheInTheHomeFolder() throws Exception {
    Path wanted = snapshot(dir.resolve(".cache/huggingface/hub"), "c0ffee");

    assertThat(ModelFolder.locate(REPO, Map.of(), dir).folder()).isEqualTo(wanted);
  }

  @Test
  void acceptsTheRepositoryCacheFolderItself() throws Exception {
    Path wanted = snapshot(dir, "abc");

    ModelFolder model =
        ModelFolder.locate(
            dir.resolve("models--Glasgow-AI4BioMed--synthetic_relex").toString(), Map.of(), dir);

    assertThat(model.folder()).isEqualTo(wanted);
    assertThat(model.name()).isEqualTo(REPO);
  }

  @Test
  void explainsAModelThatIsNeitherFolderNorCached() {
    assertThatThrownBy(() -> ModelFolder.locate(REPO, Map.of("HF_HUB_CACHE", dir.toString()), dir))
        .isInstanceOf(ClassificationException.class)
        .hasMessage(
            "model "
                + REPO
                + " is neither a folder nor in the Hugging Face cache "
                + dir
                + " (expected models--Glasgow-AI4BioMed--synthetic_relex/snapshots/<revision>/);"
                + " pass the model's folder");
  }

  @Test
  void namesTheMissingFile() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("model"));
    assertThatThrownBy(() -> ModelFolder.locate(folder.toString(), Map.of(), dir))
        .hasMessage(
            folder.resolve("config.json")
                + ": missing; expected a Hugging Face model folder with config.json");

    Files.writeString(folder.resolve("config.json"), "{}");
    Files.writeString(folder.resolve("pytorch_model.bin"), "pickle");
    assertThatThrownBy(() -> ModelFolder.locate(folder.toString(), Map.of(), dir))
        .hasMessage(
            folder.resolve("model.safetensors")
                + ": missing; expected the model's"
                + " weights as model.safetensors or a TorchScript .pt file (pytorch_model.bin is a"
                + " Python pickle, which is not read for safety; convert it to model.safetensors)");
  }

  @Test
  void recognisesATorchScriptExport() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("traced"));
    Files.writeString(folder.resolve("config.json"), "{}");
    Files.writeString(folder.resolve("relex.pt"), "");

    ModelFolder model = ModelFolder.locate(folder.toString(), Map.of(), dir);

    assertThat(model.form()).isEqualTo(ModelFolder.Form.TORCHSCRIPT);
    assertThat(model.weights()).isEqualTo(folder.resolve("relex.pt"));
    assertThat(model.name()).isEqualTo("traced");
  }
}
