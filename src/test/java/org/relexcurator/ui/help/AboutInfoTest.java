package org.relexcurator.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.ModelDescription;

class AboutInfoTest {

  private static ModelDescription model(boolean testModel) {
    return new ModelDescription(
        "Glasgow-AI4BioMed/synthetic_relex",
        "/models/rev1",
        List.of("none", "treats"),
        "cpu",
        testModel,
        "f1ng3r");
  }

  @Test
  void aRealModelIsNamedWithItsFolderDeviceAndFingerprintAndNoWarning() {
    AboutInfo info = new AboutInfo("1.0", "17.0.15", "21.0.12", model(false));

    assertThat(info.title()).isEqualTo("RelEx Curator 1.0");
    assertThat(info.warning()).isNull();
    assertThat(info.text())
        .contains(
            "Model: Glasgow-AI4BioMed/synthetic_relex\n"
                + "Folder: /models/rev1\nRuns on: cpu\nLabels: 2\nFingerprint: f1ng3r")
        .endsWith("Java 17.0.15, JavaFX 21.0.12");
  }

  @Test
  void aTestModelComesWithItsWarning() {
    assertThat(new AboutInfo("1.0", "17", "21", model(true)).warning())
        .isEqualTo(ModelDescription.TEST_MODEL_WARNING);
  }

  @Test
  void withoutAModelAboutSaysSo() {
    AboutInfo info = new AboutInfo("development", "17", "21", null);

    assertThat(info.modelLines()).containsExactly("Model: none loaded yet.");
    assertThat(info.warning()).isNull();
    assertThat(AboutInfo.programVersion()).isEqualTo("development");
  }
}
