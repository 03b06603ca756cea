package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestCommandTest {

  private static final List<String> COMMANDS =
      List.of("inspect", "pairs", "convert", "predict", "evaluate", "export", "import");

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(NearestCommand.editDistance("", "abc")).isEqualTo(3);
    assertThat(NearestCommand.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(NearestCommand.editDistance("evalute", "evaluate")).isEqualTo(1);
    assertThat(NearestCommand.editDistance("same", "same")).isZero();
  }

  @Test
  void theNearestCommandIsSuggestedWhateverTheCase() {
    assertThat(NearestCommand.to("exprot", COMMANDS)).isEqualTo("export");
    assertThat(NearestCommand.to("PREDICT", COMMANDS)).isEqualTo("predict");
    assertThat(NearestCommand.to("inport", COMMANDS)).isEqualTo("import");
  }
}
