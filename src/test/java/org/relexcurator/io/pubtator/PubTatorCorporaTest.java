package org.relexcurator.io.pubtator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relexcurator.TestData;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;

/**
 * Every PubTator file in testdata/ (slices of BioRED and CDR cut at document boundaries), read and
 * written whole. The expected counts come from the files themselves, not from this reader:
 *
 * <pre>
 * documents: grep -c '|t|' FILE
 * mentions:  awk -F'\t' 'NF>=6 &amp;&amp; $2 ~ /^[0-9]+$/' FILE | wc -l
 * relations: awk -F'\t' 'NF>=4 &amp;&amp; NF<=5 &amp;&amp; $2 !~ /^[0-9]+$/' FILE | wc -l
 * </pre>
 *
 * <p>Written back, a file differs from the original only in the id column of some mention lines:
 * BioRED MeSH id lists written with a comma ({@code awk -F'\t' 'NF==6 && $6 ~
 * /^[A-Z][0-9]+(,[A-Z][0-9]+)+$/'}: 4 in Dev, 4 in Train) come out joined by {@code |}, and Train's
 * five {@code " CVCL_1452"} ids ({@code awk -F'\t' 'NF>=6 && $6 ~ /^ /'}) lose their leading space.
 */
class PubTatorCorporaTest {

  @TempDir Path folder;

  @ParameterizedTest
  @CsvSource({
    "biored/Dev-first40.PubTator, 40, 1183, 373, 4",
    "biored/Train-first20.PubTator, 20, 571, 97, 9",
    "cdr/CDR_DevelopmentSet-first100.PubTator.txt, 100, 1918, 184, 0",
    "cdr/CDR_TrainingSet-first50.PubTator.txt, 50, 751, 98, 0"
  })
  void realCorpusReadsWithoutErrorsAndWritesBackAlmostByteForByte(
      String name, int documents, int mentions, int relations, int changedLines) throws Exception {
    Path file = TestData.path(name);

    long started = System.nanoTime();
    Corpus corpus = new PubTatorFormat().read(file);
    long readMillis = (System.nanoTime() - started) / 1_000_000;
    Path written = folder.resolve(file.getFileName());
    new PubTatorFormat().write(corpus.documents(), written);

    List<Document> read = corpus.documents();
    long warnings =
        corpus.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
    System.out.printf(
        "%s: %d documents, %d mentions, %d relations, %d warnings, read in %d ms%n",
        name,
        read.size(),
        read.stream().mapToInt(d -> d.entities().size()).sum(),
        read.stream().mapToInt(d -> d.relations().size()).sum(),
        warnings,
        readMillis);
    assertThat(corpus.problems()).isEmpty();
    assertThat(read).hasSize(documents);
    assertThat(read.stream().mapToInt(d -> d.entities().size()).sum()).isEqualTo(mentions);
    assertThat(read.stream().mapToInt(d -> d.relations().size()).sum()).isEqualTo(relations);
    List<String> original = Files.readAllLines(file);
    List<String> rewritten = Files.readAllLines(written);
    assertThat(rewritten).hasSameSizeAs(original);
    int changed = 0;
    for (int i = 0; i < original.size(); i++) {
      changed += original.get(i).equals(rewritten.get(i)) ? 0 : 1;
    }
    assertThat(changed).isEqualTo(changedLines);
    assertThat(new PubTatorFormat().read(written).documents()).isEqualTo(read);
  }
}
