package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.sampling.ReviewSample;
import org.relexcurator.curation.sampling.SampledPair;
import org.relexcurator.curation.sampling.StratumQuota;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.model.DecisionDraft;

/**
 * {@code relex sample} and {@code relex evaluate --population} on a hand-made corpus whose
 * candidate pairs are given made-up scores, as a scoring run would write them.
 */
class SampleAndEvaluateCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double[] SCORES = {0.3, 0.6, 0.9, 0.99};

  /** Four labels, so that a top score of 0.3 is still the top one. */
  private static final List<String> LABELS = List.of("none", "Association", "Bind", "Cotreatment");

  @TempDir Path folder;

  private Path corpus;
  private Path scored;
  private Path project;

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** Every candidate pair of the corpus with a label and score of its own, and its input file. */
  @BeforeEach
  void scoreTheCorpus() throws IOException {
    corpus = folder.resolve("three-abstracts.pubtator");
    try (InputStream in = getClass().getResourceAsStream("/sampling/three-abstracts.pubtator")) {
      Files.copy(in, corpus);
    }
    Path pairs = folder.resolve("pairs.jsonl");
    assertThat(relex("pairs", corpus.toString(), "--out", pairs.toString()).exit()).isZero();
    List<String> lines = new ArrayList<>();
    int i = 0;
    for (String line : Files.readAllLines(pairs)) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      String label = i % 3 == 0 ? "Association" : "none";
      double score = SCORES[i % SCORES.length];
      node.put(
          "pair",
          node.get("doc_id").asText()
              + "|"
              + node.get("e1_id").asText()
              + "|"
              + node.get("e2_id").asText());
      node.put("input_file", corpus.toString());
      ObjectNode prediction = node.putObject("prediction");
      prediction.put("label", label);
      prediction.put("score", score);
      ObjectNode scores = prediction.putObject("scores");
      for (String other : LABELS) {
        scores.put(other, other.equals(label) ? score : (1 - score) / (LABELS.size() - 1));
      }
      node.putObject("model").put("name", "made-up").put("fingerprint", "sha256:made-up");
      lines.add(JSON.writeValueAsString(node));
      i++;
    }
    scored = folder.resolve("scored.jsonl");
    Files.write(scored, lines);
    project = folder.resolve("sample.relex");
  }

  private Run sample(String size) {
    return relex(
        "sample",
        "--from",
        scored.toString(),
        "--size",
        size,
        "--control",
        "0.25",
        "--seed",
        "5",
        "--project",
        project.toString());
  }

  @Test
  void theProjectHoldsOnlyTheSampledPairsTheirDocumentsAndEachPairsInclusionProbability()
      throws Exception {
    Run run = sample("8");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("drew 8 of 16 scored pairs (seed 5); saved 8 pairs");
    Set<String> scoredKeys =
        Files.readAllLines(scored).stream()
            .map(line -> line.replaceAll(".*\"pair\":\"([^\"]+)\".*", "$1"))
            .collect(Collectors.toSet());
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      List<StoredPair> pairs = opened.contents().pairs();
      ReviewSample sample = opened.reviewSample().read().orElseThrow();
      assertThat(pairs).hasSize(8);
      assertThat(pairs).extracting(StoredPair::key).allMatch(scoredKeys::contains);
      assertThat(sample.pairs())
          .extracting(SampledPair::pairKey)
          .containsExactlyInAnyOrderElementsOf(pairs.stream().map(StoredPair::key).toList());
      for (SampledPair pair : sample.pairs()) {
        StratumQuota quota = sample.quotas().get(pair.stratum());
        assertThat(pair.inclusionProbability())
            .isEqualTo((double) quota.sampled() / quota.population());
        assertThat(opened.contents().predictions(pair.pairKey())).hasSize(1);
      }
      assertThat(sample.quotas().values().stream().mapToLong(StratumQuota::population).sum())
          .isEqualTo(16);
      assertThat(sample.pairs().stream().filter(SampledPair::control).count()).isEqualTo(2);
      assertThat(opened.contents().documents())
          .extracting(DocumentIdentity::sourcePath)
          .containsOnly(corpus.toAbsolutePath());
      assertThat(opened.contents().documents())
          .allSatisfy(d -> assertThat(d.format()).isEqualTo("pubtator"));
    }
  }

  @Test
  void aBadScoredLineAndAPairTheCorpusDoesNotHaveAreNamedAndTheRestIsSampled() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(scored));
    lines.add(2, "{not json");
    lines.set(0, lines.get(0).replaceFirst("\"pair\":\"[^\"]+\"", "\"pair\":\"2001|T0|T99\""));
    Files.write(scored, lines);

    Run run = sample("16");

    assertThat(run.exit()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err())
        .contains(scored + ":3: line is not JSON")
        .contains("2001|T0|T99")
        .contains("is not among the candidate pairs of " + corpus);
    assertThat(run.out()).contains("drew 16 of 16 scored pairs (seed 5); saved 15 pairs");
  }

  @Test
  void pairsWhoseInputFileIsOnAnotherFileSystemAreNamedAndNoProjectIsMade() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(scored)) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      node.put("input_file", "hdfs://cluster/corpus.pubtator");
      lines.add(JSON.writeValueAsString(node));
    }
    Files.write(scored, lines);

    Run run = sample("4");

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err())
        .contains("hdfs://cluster/corpus.pubtator is not a path of this machine's file system")
        .contains("none of the 4 drawn pairs could be found in its input file; no project made");
    assertThat(project).doesNotExist();
  }

  @Test
  void anExistingProjectIsNotOverwritten() throws IOException {
    Files.writeString(project, "mine");

    Run run = sample("4");

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(Files.readString(project)).isEqualTo("mine");
  }

  @Test
  void evaluateEstimatesPrecisionForTheWholeCorpusAndNamesTheThinStrata() throws Exception {
    assertThat(sample("8").exit()).isZero();
    try (ProjectDatabase opened = ProjectDatabase.open(project)) {
      Instant time = Instant.parse("2026-01-01T00:00:00Z");
      for (StoredPair pair : opened.contents().pairs()) {
        String predicted = opened.contents().predictions(pair.key()).get(0).prediction().topLabel();
        opened
            .decisions()
            .record(
                DecisionDraft.labelled(
                    pair.key(),
                    "ann",
                    predicted,
                    predicted,
                    0.9,
                    null,
                    "",
                    time,
                    Duration.ofSeconds(3)));
      }
    }

    Run run = relex("evaluate", project.toString(), "--population", scored.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("16 scored pairs; 8 reviewed sample pairs")
        .contains("| Association | 6 |")
        .contains("| none | 10 |")
        .contains("## Thin strata")
        .contains("| stratum | pairs | reviewed |");
    // Every reviewed pair was right, so both labels' precision is 1.
    assertThat(
            run.out()
                .lines()
                .filter(l -> l.matches("\\| (Association|none) \\|.*\\| 1\\.000 \\|.*")))
        .as(run.out())
        .hasSize(2);
    assertThat(run.err()).contains("strata have fewer than 10 reviewed pairs");
  }

  @Test
  void evaluateSaysSoWhenATestModelScoredTheCorpus() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(scored)) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      ((ObjectNode) node.get("model")).put("test_model", true);
      lines.add(JSON.writeValueAsString(node));
    }
    Files.write(scored, lines);
    assertThat(sample("8").exit()).isZero();

    Run run = relex("evaluate", project.toString(), "--population", scored.toString());

    assertThat(run.err()).contains("relex: warning: " + ModelDescription.TEST_MODEL_WARNING);
    assertThat(run.out()).startsWith("**" + ModelDescription.TEST_MODEL_WARNING + "**");
  }

  @Test
  void evaluateRefusesAPopulationOtherThanTheOneSampled() throws IOException {
    assertThat(sample("8").exit()).isZero();
    List<String> lines = new ArrayList<>(Files.readAllLines(scored));
    lines.remove(lines.size() - 1);
    Path other = folder.resolve("other.jsonl");
    Files.write(other, lines);

    Run run = relex("evaluate", project.toString(), "--population", other.toString());

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).contains("is not the scored corpus this sample was drawn from");
  }

  @Test
  void evaluateWithAPopulationNeedsAProjectMadeByRelexSample() throws Exception {
    Path plain = folder.resolve("plain.relex");
    ProjectDatabase.create(plain).close();

    Run run = relex("evaluate", plain.toString(), "--population", scored.toString());

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).contains("holds no review sample");
  }
}
