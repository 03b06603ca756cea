package org.relexcurator.io.scored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Problem;

class ScoredJsonlTest {

  @TempDir Path folder;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ScoredJsonlTest.class.getResource("/sampling/" + name).toURI());
  }

  private static List<ScoredPair> read(Path path, List<Problem> problems)
      throws UnreadableInputException {
    List<ScoredPair> pairs = new ArrayList<>();
    ScoredPairSource.of(path).read(pairs::add, problems);
    return pairs;
  }

  @Test
  void readsThePairsOfRelexPredictWithTheModelAndInputFileItNames() throws Exception {
    List<Problem> problems = new ArrayList<>();

    List<ScoredPair> pairs = read(resource("scored-predict.jsonl"), problems);

    assertThat(pairs).hasSize(2);
    ScoredPair first = pairs.get(0);
    assertThat(first.pairKey()).isEqualTo("2001|T0|T2");
    assertThat(first.label()).isEqualTo("Negative_Correlation");
    assertThat(first.score()).isEqualTo(0.7);
    assertThat(first.labels()).containsExactly("None", "Association", "Negative_Correlation");
    assertThat(first.logits()).containsExactly(0.0, 0.6931, 1.9459);
    assertThat(first.inputFile()).isEqualTo("three-abstracts.pubtator");
    assertThat(first.modelFingerprint()).isEqualTo("sha256:abc");
    assertThat(first.modelName()).isEqualTo("test-model");
    assertThat(first.testModel()).isTrue();
    assertThat(first.line()).isEqualTo(1);
    assertThat(pairs.get(1).line()).isEqualTo(2);
  }

  @Test
  void aBadLineIsReportedWithItsFileAndLineAndTheLinesAfterItAreStillRead() throws Exception {
    Path file = folder.resolve("scored.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(resource("scored-predict.jsonl")));
    lines.add(lines.get(0));
    Files.write(file, lines);
    List<Problem> problems = new ArrayList<>();

    List<ScoredPair> pairs = read(file, problems);

    assertThat(pairs).extracting(ScoredPair::line).containsExactly(1, 2, 5);
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).file()).isEqualTo(file.toString());
    assertThat(problems.get(0).line()).isEqualTo(3);
    assertThat(problems.get(0).message()).isEqualTo("line is not JSON");
    assertThat(problems.get(1).line()).isEqualTo(4);
    assertThat(problems.get(1).message()).isEqualTo("scored line lacks prediction.label");
    assertThat(problems.get(1).annotationId()).isEqualTo("2002|T0|T2");
  }

  @Test
  void readsSparksPartFilesAndLeavesItsMarkersAndChecksumsAlone() throws Exception {
    List<Problem> problems = new ArrayList<>();

    List<ScoredPair> pairs = read(resource("spark-jsonl"), problems);

    assertThat(problems).isEmpty();
    assertThat(pairs).extracting(ScoredPair::pairKey).containsExactly("2001|T0|T2", "2001|T5|T4");
    assertThat(pairs.get(0).modelFingerprint()).isEqualTo("sha256:abc");
    assertThat(pairs.get(0).modelName()).isNull();
    assertThat(pairs.get(0).inputFile()).isEqualTo("file:/data/three-abstracts.pubtator");
    assertThat(ScoredPairSource.of(resource("spark-jsonl")).describe()).endsWith("(2 files)");
  }

  @Test
  void readsGzippedPartFiles() throws Exception {
    Path part = folder.resolve("part-00000.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part))) {
      out.write(Files.readAllBytes(resource("spark-jsonl/part-00001-6f1c.json")));
    }

    List<ScoredPair> pairs = read(folder, new ArrayList<>());

    assertThat(pairs).extracting(ScoredPair::pairKey).containsExactly("2001|T5|T4");
  }

  @Test
  void aRowWithoutLogitsTakesTheLogOfItsScoresWhichGiveTheSameProbabilities() throws Exception {
    Path file = folder.resolve("scored.jsonl");
    Files.writeString(
        file,
        "{\"doc_id\":\"d\",\"pair\":\"d|a|b\",\"prediction\":{\"label\":\"x\",\"score\":0.75,"
            + "\"scores\":{\"x\":0.75,\"y\":0.25}}}\n");

    List<ScoredPair> pairs = read(file, new ArrayList<>());

    assertThat(pairs.get(0).logits()).containsExactly(Math.log(0.75), Math.log(0.25));
  }

  @Test
  void aLabelThatIsNotTheTopOfItsScoresIsRefused() throws Exception {
    Path file = folder.resolve("scored.jsonl");
    Files.writeString(
        file,
        "{\"doc_id\":\"d\",\"pair\":\"d|a|b\",\"prediction\":{\"label\":\"y\",\"score\":0.25,"
            + "\"scores\":{\"x\":0.75,\"y\":0.25}}}\n");
    List<Problem> problems = new ArrayList<>();

    assertThat(read(file, problems)).isEmpty();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("is not the top label");
              assertThat(p.line()).isEqualTo(1);
            });
  }

  @Test
  void aFolderWithoutScoredFilesCannotBeRead() throws IOException {
    Files.writeString(folder.resolve("_SUCCESS"), "");

    assertThatThrownBy(() -> ScoredPairSource.of(folder))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessageContaining("holds no scored file");
  }
}
