package org.relexcurator.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;

class DocumentFilesTest {

  private static Document document(String id) {
    return new Document(id, new DocumentText(""), List.of(), List.of(), List.of(), null);
  }

  @Test
  void idsAreRelativePathsWithoutExtension() {
    Path folder = Path.of("corpus");

    assertThat(DocumentFiles.idOf(folder, folder.resolve("GE/PMID-1.ann"))).isEqualTo("GE/PMID-1");
    assertThat(DocumentFiles.idOf(Path.of("x/PMC-1.2.txt"))).isEqualTo("PMC-1.2");
    assertThat(DocumentFiles.idOf(Path.of(".hidden"))).isEqualTo(".hidden");
  }

  @Test
  void fileNamesNeverLeaveTheTargetFolderNorCollide() {
    List<String> names =
        DocumentFiles.fileNames(
            List.of(
                document("../../etc/passwd"),
                document("a/b"),
                document("A/B"),
                document("10.1016/j.x y"),
                document("")));

    assertThat(names).containsExactly("_../_../etc/passwd", "a/b", "A/B-2", "10.1016/j.x_y", "_");
    assertThat(names)
        .allSatisfy(
            name ->
                assertThat(Path.of("out").resolve(name).normalize().startsWith(Path.of("out")))
                    .isTrue());
  }
}
