package org.relexcurator.inference.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.inference.djl.ModelCheckReport.Line;
import org.relexcurator.inference.djl.ModelCheckReport.Outcome;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.TaskMonitor;

class ModelFolderCheckTest {

  @TempDir Path dir;

  private final ModelFolderCheck check = new ModelFolderCheck(TestModels.cpu(1));

  private Path model() throws Exception {
    return TestModels.copy(TestModels.TINY, dir.resolve("model"));
  }

  private static Line line(ModelCheckReport report, String check) {
    return report.line(check).orElseThrow(() -> new AssertionError(check + " not in " + report));
  }

  private static void editJson(Path file, Consumer<ObjectNode> edit) throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(file.toFile());
    edit.accept(root);
    json.writeValue(file.toFile(), root);
  }

  @Test
  void aGoodTestModelPassesEveryCheckAndIsReportedAsATestModel() throws Exception {
    Path folder = model();

    ModelCheckReport report = check.check(folder, TaskMonitor.NONE);

    assertThat(report.usable()).isTrue();
    assertThat(report.testModel()).isTrue();
    assertThat(report.folder()).isEqualTo(folder);
    assertThat(report.lines())
        .extracting(Line::check)
        .containsExactly(
            ModelFolderCheck.FOLDER,
            ModelFolderCheck.CONFIG,
            ModelFolderCheck.WEIGHTS,
            ModelFolderCheck.TOKENIZER,
            ModelFolderCheck.ARCHITECTURE,
            ModelFolderCheck.TEST_MODEL,
            ModelFolderCheck.LABELS,
            ModelFolderCheck.MARKERS,
            ModelFolderCheck.PREDICTION);
    assertThat(line(report, ModelFolderCheck.WEIGHTS).detail())
        .matches("model\\.safetensors, [0-9.]+ MB");
    assertThat(line(report, ModelFolderCheck.TOKENIZER).detail())
        .startsWith("tokenizer.json ")
        .contains("vocab.txt ")
        .contains("added_tokens.json ");
    assertThat(line(report, ModelFolderCheck.LABELS).detail())
        .startsWith("16 labels, those of synthetic_relex: affects_efficacy_of, binds_to");
    assertThat(line(report, ModelFolderCheck.MARKERS))
        .isEqualTo(
            new Line(
                Outcome.PASSED,
                ModelFolderCheck.MARKERS,
                "[E1], [/E1], [E2], [/E2] are one token each"));
    assertThat(line(report, ModelFolderCheck.TEST_MODEL).outcome()).isEqualTo(Outcome.WARNING);
    Line prediction = line(report, ModelFolderCheck.PREDICTION);
    assertThat(prediction.outcome()).isEqualTo(Outcome.WARNING);
    assertThat(prediction.detail())
        .matches("[a-z_]+ 0\\.\\d{3} for \u201c\\[E1\\]Paclitaxel.*\\(on cpu, .*")
        .endsWith(ModelDescription.TEST_MODEL_WARNING + ".");
    assertThat(SyntheticRelexLabels.ALL).contains(prediction.detail().split(" ")[0]);
  }

  @Test
  void missingWeightsFailWithAPlainReasonAndTheOtherFilesAreStillChecked() throws Exception {
    Path folder = model();
    Files.delete(folder.resolve("model.safetensors"));

    ModelCheckReport report = check.check(folder, TaskMonitor.NONE);

    assertThat(report.usable()).isFalse();
    assertThat(report.failures()).extracting(Line::check).containsExactly(ModelFolderCheck.WEIGHTS);
    assertThat(line(report, ModelFolderCheck.WEIGHTS).detail())
        .startsWith("missing: expected model.safetensors");
    assertThat(line(report, ModelFolderCheck.LABELS).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(report.line(ModelFolderCheck.PREDICTION)).isEmpty();
  }

  @Test
  void onlyAPickleIsNamedAndExplainedInsteadOfLoaded() throws Exception {
    Path folder = model();
    Files.move(folder.resolve("model.safetensors"), folder.resolve("pytorch_model.bin"));

    ModelCheckReport report = check.check(folder, TaskMonitor.NONE);

    assertThat(line(report, ModelFolderCheck.WEIGHTS).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(line(report, ModelFolderCheck.WEIGHTS).detail())
        .startsWith("only pytorch_model.bin (")
        .contains("Python pickle")
        .contains("model.safetensors");
  }

  @Test
  void anEmptyWeightsFileIsAnUnfinishedDownload() throws Exception {
    Path folder = model();
    Files.write(folder.resolve("model.safetensors"), new byte[0]);

    ModelCheckReport report = check.check(folder, TaskMonitor.NONE);

    assertThat(line(report, ModelFolderCheck.WEIGHTS))
        .isEqualTo(
            new Line(
                Outcome.FAILED,
                ModelFolderCheck.WEIGHTS,
                "model.safetensors is empty (0 bytes); the download did not" + " finish"));
  }

  @Test
  void wrongLabelsNameWhatIsMissingAndWhatIsNotExpected() throws Exception {
    Path folder = model();
    editJson(
        folder.resolve("config.json"),
        config -> {
          ObjectNode id2label = config.putObject("id2label");
          id2label.put("0", "none");
          id2label.put("1", "treats");
          id2label.put("2", "cures");
        });

    ModelCheckReport report = check.check(folder, TaskMonitor.NONE);

    Line labels = line(report, ModelFolderCheck.LABELS);
    assertThat(labels.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(labels.detail())
        .startsWith(
            "config.json lists 3 labels (id2label); synthetic_relex has 16. Missing:"
                + " affects_efficacy_of, binds_to,")
        .contains("Not expected: cures.")
        .contains("This is not the synthetic_relex model");
    // The weights were made for 16 labels, so loading fails too, and says why.
    Line prediction = line(report, ModelFolderCheck.PREDICTION);
    assertThat(prediction.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(prediction.detail())
        .startsWith("the model could not be loaded or run: ")
        .contains("classifier");
    assertThat(report.usable()).isFalse();
  }

  @Test
  void markersSplitIntoPiecesAreReportedMarkerByMarker() throws Exception {
    Path folder = model();
    editJson(
        folder.resolve("tokenizer.json"),
        tokenizer -> {
          ArrayNode added = (ArrayNode) tokenizer.get("added_tokens");
          List<Integer> markers = new ArrayList<>();
          for (int i = 0; i < added.size(); i++) {
            if (added.get(i).get("content").asText().matches("\\[/?E[12]\\]")) {
              markers.add(i);
            }
          }
          for (int i = markers.size() - 1; i >= 0; i--) {
            added.remove(markers.get(i));
          }
        });

    ModelCheckReport report = check.check(folder, TaskMonitor.NONE);

    Line markers = line(report, ModelFolderCheck.MARKERS);
    assertThat(markers.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(markers.detail())
        .startsWith("[E1] becomes 3 tokens [[, e1, ]]; [/E1] becomes 4 tokens [[, /, e1, ]];")
        .contains("saved without the four markers");
    assertThat(report.line(ModelFolderCheck.PREDICTION)).isEmpty();
  }

  @Test
  void aMissingConfigIsExplainedAndNothingIsLoaded() throws Exception {
    Path folder = model();
    Files.delete(folder.resolve("config.json"));

    ModelCheckReport report = check.check(folder, TaskMonitor.NONE);

    assertThat(report.failures()).extracting(Line::check).containsExactly(ModelFolderCheck.CONFIG);
    assertThat(line(report, ModelFolderCheck.CONFIG).detail())
        .startsWith("missing: every Hugging Face model folder has a config.json");
    assertThat(report.line(ModelFolderCheck.LABELS)).isEmpty();
    assertThat(report.line(ModelFolderCheck.PREDICTION)).isEmpty();
  }

  @Test
  void aFolderThatDoesNotExistGivesOneLine() {
    Path missing = dir.resolve("nowhere");

    ModelCheckReport report = check.check(missing, TaskMonitor.NONE);

    assertThat(report.lines())
        .containsExactly(
            new Line(
                Outcome.FAILED,
                ModelFolderCheck.FOLDER,
                missing
                    + " does not exist; choose the folder that holds config.json and the weights"));
  }

  @Test
  void aCacheFolderIsCheckedAtTheSnapshotItsMainRefNames() throws Exception {
    Path repository = dir.resolve("models--Glasgow-AI4BioMed--synthetic_relex");
    Path snapshot = TestModels.copy(TestModels.TINY, repository.resolve("snapshots/abc123"));
    Files.createDirectories(repository.resolve("refs"));
    Files.writeString(repository.resolve("refs/main"), "abc123");

    ModelCheckReport report = check.check(repository, TaskMonitor.NONE);

    assertThat(report.folder()).isEqualTo(snapshot);
    assertThat(report.usable()).isTrue();
  }

  @Test
  void aCancelledCheckStopsBetweenSteps() throws Exception {
    Path folder = model();
    TaskMonitor cancelled =
        new TaskMonitor() {
          @Override
          public void progress(long done, long total, String message) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };

    assertThatThrownBy(() -> check.check(folder, cancelled)).isInstanceOf(CancelledException.class);
  }

  @Test
  void theCachedModelIsFoundWithoutJudgingItsFiles() throws Exception {
    Path hub = dir.resolve("hub");
    Path snapshot =
        Files.createDirectories(
            hub.resolve("models--Glasgow-AI4BioMed--synthetic_relex/snapshots/rev1"));

    CachedModel found =
        CachedModel.find(
            "Glasgow-AI4BioMed/synthetic_relex", Map.of("HF_HUB_CACHE", hub.toString()), dir);
    CachedModel absent =
        CachedModel.find("Glasgow-AI4BioMed/other", Map.of("HF_HUB_CACHE", hub.toString()), dir);

    assertThat(found.found()).isTrue();
    assertThat(found.snapshot()).isEqualTo(snapshot);
    assertThat(absent.found()).isFalse();
    assertThat(absent.hub()).isEqualTo(hub);
  }

  @Test
  void sizesReadAsAFileManagerShowsThem() throws Exception {
    Path small = Files.write(dir.resolve("small"), new byte[999]);
    Path large = Files.write(dir.resolve("large"), new byte[1_234_567]);

    assertThat(ModelFolderCheck.size(small)).isEqualTo("999 bytes");
    assertThat(ModelFolderCheck.size(large)).isEqualTo("1.2 MB");
  }
}
