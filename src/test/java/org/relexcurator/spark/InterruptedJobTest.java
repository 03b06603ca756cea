package org.relexcurator.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.spark.ScoredRows.Run;

/** A job killed midway, then rerun, writes the rows of a job that ran through. */
class InterruptedJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aJobKilledAfterItsFirstCommitAndRerunGivesTheRowsOfAnUninterruptedOne() throws Exception {
    Path model = dir.resolve("model");
    TestModelMaker.write(model, TestModelMaker.Spec.SMALL);
    List<Path> inputs =
        List.of(
            ScoredRows.bioredDocuments(dir, "a.pubtator", 0, 3),
            ScoredRows.bioredDocuments(dir, "b.pubtator", 3, 6),
            ScoredRows.bioredDocuments(dir, "c.pubtator", 6, 9),
            ScoredRows.bioredDocuments(dir, "d.pubtator", 9, 12));
    Path killed = dir.resolve("killed");
    Path through = dir.resolve("through");
    String[] options = {
      "--model",
      model.toString(),
      "--master",
      "local[1]",
      "--format",
      "jsonl",
      "--commit-every",
      "1"
    };
    String[] files = inputs.stream().map(Path::toString).toArray(String[]::new);
    int commitsAtKill;
    try (ChildJava child =
        ChildJava.start(
            dir,
            Map.of(),
            SparkPredictCommand.class.getName(),
            SparkPredictCommandTest.concat(
                SparkPredictCommandTest.concat(options, "--out", killed.toString()), files))) {
      commitsAtKill = awaitFirstCommit(killed.resolve(CommitLog.FILE), child);
      child.kill();
    }

    Run rerun =
        ScoredRows.sparkPredict(
            SparkPredictCommandTest.concat(
                SparkPredictCommandTest.concat(options, "--out", killed.toString()), files));
    Run uninterrupted =
        ScoredRows.sparkPredict(
            SparkPredictCommandTest.concat(
                SparkPredictCommandTest.concat(options, "--out", through.toString()), files));

    assertThat(commitsAtKill).isBetween(1, inputs.size() - 1);
    assertThat(rerun.exit()).as(rerun.err()).isZero();
    assertThat(rerun.err()).contains(inputs.size() + " inputs, " + commitsAtKill + " already in");
    assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();
    List<JsonNode> resumed = ScoredRows.jsonRows(killed);
    Map<String, JsonNode> expected =
        ScoredRows.jsonRows(through).stream()
            .collect(Collectors.toMap(SparkPredictCommandTest::key, Function.identity()));
    assertThat(resumed.stream().map(SparkPredictCommandTest::key).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (JsonNode row : resumed) {
      JsonNode want = expected.get(SparkPredictCommandTest.key(row));
      assertThat(row.at("/prediction/label")).isEqualTo(want.at("/prediction/label"));
      assertThat(row.at("/prediction/score").asDouble())
          .isCloseTo(want.at("/prediction/score").asDouble(), within(1e-5));
    }
  }

  /** Waits until the child's commit log names a commit; returns how many it names. */
  private static int awaitFirstCommit(Path log, ChildJava child) throws Exception {
    Instant end = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end) && child.isAlive()) {
      if (Files.exists(log)) {
        int commits = commits(log);
        if (commits > 0) {
          return commits;
        }
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the child committed nothing; it said:\n" + child.output());
  }

  private static int commits(Path log) throws IOException {
    return JSON.readTree(log.toFile()).path("commits").size();
  }
}
