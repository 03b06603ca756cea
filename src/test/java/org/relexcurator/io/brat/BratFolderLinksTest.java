package org.relexcurator.io.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/** Reading a brat folder never reads a file outside it, whatever links the folder holds. */
class BratFolderLinksTest {

  private static final String SECRET = "Secret text from outside the folder.";

  @TempDir Path root;

  private Path folder;
  private Path outside;

  @BeforeEach
  void makeFolders() throws IOException {
    folder = Files.createDirectories(root.resolve("corpus"));
    outside = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(folder.resolve("doc.txt"), "IL-10 binds IL-10R1.\n");
    Files.writeString(folder.resolve("doc.ann"), "T1\tProtein 0 5\tIL-10\n");
    Files.writeString(outside.resolve("secret.txt"), SECRET);
    Files.writeString(outside.resolve("secret.ann"), "T1\tProtein 0 6\tSecret\n");
  }

  private static void link(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("this file system cannot make symbolic links: " + e.getMessage());
    }
  }

  @Test
  void aTextFileLinkedFromOutsideIsReportedAndItsDocumentSkipped() throws Exception {
    link(folder.resolve("leak.txt"), outside.resolve("secret.txt"));
    Files.writeString(folder.resolve("leak.ann"), "");

    Corpus corpus = new BratFormat().read(folder);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("doc");
    assertThat(corpus.problems()).hasSize(1);
    Problem problem = corpus.problems().get(0);
    assertThat(problem.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(problem.file()).isEqualTo(folder.resolve("leak.txt").toString());
    assertThat(problem.documentId()).isEqualTo("leak");
    assertThat(problem.message()).contains("outside the folder");
    assertThat(problem.found()).isEqualTo(outside.resolve("secret.txt").toRealPath().toString());
  }

  @Test
  void anAnnotationFileLinkedFromOutsideIsReportedAndItsDocumentSkipped() throws Exception {
    Files.writeString(folder.resolve("leak.txt"), "Secret text of our own.");
    link(folder.resolve("leak.ann"), outside.resolve("secret.ann"));

    Corpus corpus = new BratFormat().read(folder);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("doc");
    assertThat(corpus.problems())
        .extracting(Problem::file)
        .containsExactly(folder.resolve("leak.ann").toString());
  }

  @Test
  void filesLinkedFromInsideTheFolderAreRead() throws Exception {
    Files.createDirectories(folder.resolve("sub"));
    link(folder.resolve("sub/alias.txt"), folder.resolve("doc.txt"));
    link(folder.resolve("sub/alias.ann"), Path.of("../doc.ann"));

    Corpus corpus = new BratFormat().read(folder);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("doc", "sub/alias");
    assertThat(corpus.documents().get(1).entities()).hasSize(1);
  }

  @Test
  void aFolderNamedThroughALinkIsReadAsTheFolderItLeadsTo() throws Exception {
    Path named = root.resolve("corpus-link");
    link(named, folder);

    Corpus corpus = new BratFormat().read(named);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("doc");
  }

  @Test
  void aFolderLinkedFromInsideIsNotFollowed() throws Exception {
    link(folder.resolve("more"), outside);

    Corpus corpus = new BratFormat().read(folder);

    assertThat(corpus.documents()).extracting(Document::id).containsExactly("doc");
    assertThat(corpus.documents())
        .allSatisfy(d -> assertThat(d.text().value()).doesNotContain(SECRET));
  }
}
