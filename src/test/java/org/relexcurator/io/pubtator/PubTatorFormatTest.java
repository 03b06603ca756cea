package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relexcurator.io.formats.FormatRegistry;

class PubTatorFormatTest {

  private final PubTatorFormat format = new PubTatorFormat();
  private final Path anyPath = Path.of("input");

  @Test
  void nameAndExtensions() {
    assertThat(format.name()).isEqualTo("pubtator");
    assertThat(format.extensions()).containsExactly("pubtator", "txt");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "14510914|t|Congenital hypothyroidism.\n14510914|a|OBJECTIVE: …",
        "\uFEFF1|t|After a byte order mark\r\n",
        "\n\n227508|a|An abstract line alone is enough.",
        "PMC123|t|"
      })
  void recognisesTitleOrAbstractLines(String head) {
    assertThat(format.recognize(anyPath, head)).isEqualTo(90);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<?xml version=\"1.0\"?><collection>",
        "{\"PubTator3\": []}",
        "T1\tProtein 0 5\tBRCA1\nR1\tBind Arg1:T1 Arg2:T2",
        "1|x|not a title",
        "1\t0\t7\tAspirin\tChemical\tD001241\n",
        "|t|no document id"
      })
  void doesNotRecogniseOtherContent(String head) {
    assertThat(format.recognize(anyPath, head)).isZero();
  }

  @Test
  void registryDetectsAPubTatorFileWhateverItsName(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("corpus.data");
    Files.writeString(file, "1|t|Aspirin helps.\n1\t0\t7\tAspirin\tChemical\tD001241\n");
    FormatRegistry registry = new FormatRegistry(List.of(format));

    assertThat(registry.detect(file)).isSameAs(format);
    assertThat(registry.read(file).documents()).hasSize(1);
  }
}
