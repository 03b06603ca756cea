package org.relexcurator.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.TestData;

class RelationSpecsTest {

  private final RelationSpecs bundled = RelationSpecs.bundled();

  @Test
  void bundledSpecsAreTheProjectsFileUnchanged() throws IOException {
    Path original = TestData.path("synthetic_relex/relation_specs.json");
    try (InputStream in = RelationSpecs.class.getResourceAsStream("relation_specs.json")) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(original));
    }
  }

  @Test
  void bundledSpecsListTheTrainingTypePairsInFileOrder() {
    assertThat(bundled.typePairs())
        .containsExactly(
            "Chemical|Disease",
            "Chemical|Gene",
            "Chemical|Chemical",
            "Gene|Disease",
            "Gene|Gene",
            "DNAMutation|Disease",
            "ProteinMutation|Disease",
            "DNAMutation|Chemical",
            "ProteinMutation|Chemical",
            "Disease|Disease");
  }

  @Test
  void typePairsAreDirectional() {
    assertThat(bundled.allows("Chemical", "Disease")).isTrue();
    assertThat(bundled.allows("Disease", "Chemical")).isFalse();
    assertThat(bundled.allows("Gene", "Disease")).isTrue();
    assertThat(bundled.allows("Disease", "Gene")).isFalse();
    assertThat(bundled.allows("ProteinMutation", "Disease")).isTrue();
    assertThat(bundled.allows("SNP", "Disease")).isFalse();
    assertThat(bundled.allows("Species", "Disease")).isFalse();
    assertThat(bundled.allows("chemical", "disease")).isFalse();
  }

  @Test
  void labelsIncludeThoseTheModelNeverLearned() {
    assertThat(bundled.labels("Chemical", "Disease"))
        .containsExactly("treats", "causes", "prevents", "contraindicated_for");
    assertThat(bundled.labels("Chemical", "Gene")).contains("activates", "metabolized_by");
    assertThat(bundled.labels("Gene", "Gene")).hasSize(9).contains("ortholog_of");
    assertThat(bundled.labels("Disease", "Chemical")).isEmpty();
  }

  @Test
  void aUserFileReplacesTheBundledSpecs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("specs.json");
    Files.writeString(file, "{\"Species|Disease\": [\"host_of\"]}");

    RelationSpecs specs = RelationSpecs.load(file);

    assertThat(specs.allows("Species", "Disease")).isTrue();
    assertThat(specs.allows("Chemical", "Disease")).isFalse();
    assertThat(specs.labels("Species", "Disease")).containsExactly("host_of");
  }

  @Test
  void badSpecFilesAreRefusedWithTheFileAndTheFault(@TempDir Path dir) throws IOException {
    assertRefused(dir, "{\"Chemical|Disease\": [\"treats\"", "not valid JSON");
    assertRefused(dir, "[\"treats\"]", "expected an object");
    assertRefused(dir, "{\"ChemicalDisease\": [\"treats\"]}", "is not a type pair");
    assertRefused(dir, "{\"Chemical|Disease\": \"treats\"}", "must list its labels");
    assertRefused(dir, "{\"Chemical|Disease\": [1]}", "not a label name");
    assertRefused(dir, "{\"A|B\": [], \"A|B\": []}", "Duplicate field");
    assertThatThrownBy(() -> RelationSpecs.load(dir.resolve("missing.json")))
        .isInstanceOf(SettingsFileException.class)
        .hasMessageContaining("cannot be read");
  }

  private static void assertRefused(Path dir, String content, String fault) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, content);
    assertThatThrownBy(() -> RelationSpecs.load(file))
        .isInstanceOf(SettingsFileException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(fault);
  }
}
