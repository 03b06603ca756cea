package org.relexcurator.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.cli.Main;
import org.relexcurator.inference.djl.TestModelMaker;
import org.relexcurator.spark.ScoredRows.Run;

/**
 * A real Spark standalone cluster on 127.0.0.1: a master and two workers, each a JVM started from
 * this test's class path, whose workers start executor JVMs of their own for the job.
 */
class StandaloneClusterTest {

  private static final Pattern MASTER_URL = Pattern.compile("(spark://127\\.0\\.0\\.1:\\d+)");
  private static final Pattern REGISTERED =
      Pattern.compile("(Successfully registered with master)");

  /** Settings of the driver, in this JVM; Spark reads spark.* system properties. */
  private static final Map<String, String> DRIVER =
      Map.of(
          "spark.driver.host", "127.0.0.1",
          "spark.driver.bindAddress", "127.0.0.1",
          "spark.executor.memory", "512m",
          "spark.executor.cores", "1",
          "spark.cores.max", "2",
          // Executors need the application's classes: here, this test's class path.
          "spark.executor.extraClassPath", System.getProperty("java.class.path"));

  @TempDir Path dir;

  @Test
  void twoWorkersScoreEveryPairAsRelexPredictDoesIntoAParquetDataset() throws Exception {
    Path model = dir.resolve("model");
    TestModelMaker.write(model, TestModelMaker.Spec.SMALL);
    Path input = ScoredRows.bioredDocuments(dir, "cluster.pubtator", 0, 4);
    Map<String, Double> expected = relexPredictScores(model, input);
    // The worker builds its executors' command from SPARK_HOME's jars/ (here empty: the class
    // path comes from spark.executor.extraClassPath) and needs to know the Scala version.
    Path sparkHome = Files.createDirectories(dir.resolve("spark-home/jars")).getParent();
    Map<String, String> environment =
        Map.of(
            "SPARK_HOME", sparkHome.toString(),
            "SPARK_SCALA_VERSION", "2.13",
            "SPARK_LOCAL_IP", "127.0.0.1");
    Path out = dir.resolve("out");
    Run run;
    try (ChildJava master =
        ChildJava.start(
            dir,
            environment,
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--webui-port",
            "0")) {
      String url = master.await(MASTER_URL, Duration.ofMinutes(2));
      try (ChildJava first = worker(environment, url, "work-1");
          ChildJava second = worker(environment, url, "work-2")) {
        first.await(REGISTERED, Duration.ofMinutes(2));
        second.await(REGISTERED, Duration.ofMinutes(2));
        DRIVER.forEach(System::setProperty);
        try {
          run =
              ScoredRows.sparkPredict(
                  "--model",
                  model.toString(),
                  "--master",
                  url,
                  "--partitions",
                  "2",
                  "--out",
                  out.toString(),
                  input.toString());
        } finally {
          DRIVER.keySet().forEach(System::clearProperty);
        }
      }
    }

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(executorsStartedIn(dir.resolve("work-1"))).isOne();
    assertThat(executorsStartedIn(dir.resolve("work-2"))).isOne();
    Map<String, Double> scored = parquetScores(out);
    assertThat(scored).hasSize(expected.size()).hasSizeGreaterThan(20);
    expected.forEach(
        (pair, score) -> assertThat(scored.get(pair)).as(pair).isCloseTo(score, within(1e-5)));
  }

  private ChildJava worker(Map<String, String> environment, String masterUrl, String work)
      throws IOException {
    return ChildJava.start(
        dir,
        environment,
        "org.apache.spark.deploy.worker.Worker",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--webui-port",
        "0",
        "--cores",
        "1",
        "--memory",
        "1g",
        "--work-dir",
        dir.resolve(work).toString(),
        masterUrl);
  }

  /** Executor folders a worker made for applications (work/app-…/N). */
  private static long executorsStartedIn(Path work) throws IOException {
    try (Stream<Path> below = Files.walk(work, 2)) {
      return below.filter(p -> p.getParent().getFileName().toString().startsWith("app-")).count();
    }
  }

  private static Map<String, Double> relexPredictScores(Path model, Path input) throws IOException {
    Path predicted = input.resolveSibling("predicted.jsonl");
    StringWriter ignored = new StringWriter();
    int exit =
        Main.run(
            new PrintWriter(ignored),
            new PrintWriter(ignored),
            "predict",
            "--model",
            model.toString(),
            "--out",
            predicted.toString(),
            input.toString());
    assertThat(exit).as(ignored.toString()).isZero();
    Map<String, Double> scores = new HashMap<>();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (String line : Files.readAllLines(predicted, StandardCharsets.UTF_8)) {
      var row = json.readTree(line);
      scores.put(row.get("pair").asText(), row.at("/prediction/score").asDouble());
    }
    return scores;
  }

  /** The dataset as any Spark user reads it: {@code spark.read.parquet(out)}. */
  private static Map<String, Double> parquetScores(Path out) {
    SparkSession spark =
        SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    try {
      List<Row> rows =
          spark.read().parquet(out.toString()).select("pair", "prediction.score").collectAsList();
      Map<String, Double> scores = new HashMap<>();
      rows.forEach(row -> scores.put(row.getString(0), row.getDouble(1)));
      assertThat(scores).hasSameSizeAs(rows);
      return scores;
    } finally {
      spark.stop();
    }
  }
}
