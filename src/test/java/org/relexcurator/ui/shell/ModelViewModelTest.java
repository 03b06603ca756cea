package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.task.SynchronousTaskExecutor;

class ModelViewModelTest {

  @TempDir Path temp;

  private final ClassifierSettings cpu = new ClassifierSettings(DeviceChoice.CPU, 4, 1);
  private ModelViewModel viewModel;

  @AfterEach
  void close() {
    System.clearProperty("relex.data.home");
    if (viewModel != null) {
      viewModel.close();
    }
  }

  @Test
  void aChosenTestModelLoadsAndTheStatusSaysItIsATestModel() throws Exception {
    Path folder = temp.resolve("model");
    TestModelMaker.write(folder, TestModelMaker.Spec.SMALL);
    viewModel = new ModelViewModel(new SynchronousTaskExecutor(), cpu, "unused");

    viewModel.load(folder.toString());

    assertThat(viewModel.classifierProperty().get()).isNotNull();
    assertThat(viewModel.statusProperty().get())
        .isEqualTo("Model: " + ModelDescription.TEST_MODEL_WARNING + " (cpu)");
  }

  @Test
  void aFolderThatIsNoModelLeavesNoModelAndSaysWhy() {
    viewModel = new ModelViewModel(new SynchronousTaskExecutor(), cpu, "unused");

    viewModel.load(temp.resolve("nothing-here").toString());

    assertThat(viewModel.classifierProperty().get()).isNull();
    assertThat(viewModel.statusProperty().get()).isEqualTo("No model loaded");
    assertThat(viewModel.loadFailureProperty().get())
        .startsWith("Could not load ")
        .contains("nothing-here");
  }

  @Test
  void aFailedLoadKeepsTheTestModelInUseMarkedAsOne() throws Exception {
    Path folder = temp.resolve("model");
    TestModelMaker.write(folder, TestModelMaker.Spec.SMALL);
    viewModel = new ModelViewModel(new SynchronousTaskExecutor(), cpu, "unused");
    viewModel.load(folder.toString());

    viewModel.load(temp.resolve("nothing-here").toString());

    assertThat(viewModel.classifierProperty().get().description().testModel()).isTrue();
    assertThat(viewModel.statusProperty().get())
        .isEqualTo("Model: " + ModelDescription.TEST_MODEL_WARNING + " (cpu)");
    assertThat(viewModel.loadFailureProperty().get()).contains("nothing-here");
  }

  @Test
  void aLoadThatWorksClearsTheEarlierFailure() throws Exception {
    Path folder = temp.resolve("model");
    TestModelMaker.write(folder, TestModelMaker.Spec.SMALL);
    viewModel = new ModelViewModel(new SynchronousTaskExecutor(), cpu, "unused");
    viewModel.load(temp.resolve("nothing-here").toString());

    viewModel.load(folder.toString());

    assertThat(viewModel.loadFailureProperty().get()).isEmpty();
  }

  @Test
  void withoutTheTargetModelTheDefaultIsATestModelMadeOnceInTheAppFolder() {
    System.setProperty("relex.data.home", temp.resolve("app").toString());
    viewModel =
        new ModelViewModel(
            new SynchronousTaskExecutor(), cpu, temp.resolve("no-such-snapshot").toString());

    viewModel.loadDefault();

    assertThat(Files.exists(temp.resolve("app/test-model/config.json"))).isTrue();
    assertThat(viewModel.classifierProperty().get().description().testModel()).isTrue();
    assertThat(viewModel.statusProperty().get()).contains(ModelDescription.TEST_MODEL_WARNING);
  }

  @Test
  void settingsChangedAfterStartAreUsedByTheNextLoad() throws Exception {
    Path folder = temp.resolve("model");
    TestModelMaker.write(folder, TestModelMaker.Spec.SMALL);
    viewModel =
        new ModelViewModel(
            new SynchronousTaskExecutor(),
            new ClassifierSettings(DeviceChoice.GPU, 4, 1),
            "unused");

    viewModel.useSettings(cpu);
    viewModel.load(folder.toString());

    assertThat(viewModel.statusProperty().get()).endsWith("(cpu)");
  }
}
