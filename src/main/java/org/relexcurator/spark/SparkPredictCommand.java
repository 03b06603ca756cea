package org.relexcurator.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.formats.FormatRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code relex spark-predict}: every candidate pair of a corpus scored on Apache Spark, as a
 * Parquet or JSON-lines dataset. Nothing in the application calls this package; {@code ./relex}
 * starts this class, with Spark on the class path, for this one command.
 */
@Command(
    name = "spark-predict",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every candidate pair of FILEs and folders on Apache Spark with the model of",
      "relex predict, writing one row per pair (relex predict's fields, plus input_file and",
      "model_fingerprint) into --out as Parquet or JSON lines. Reruns with the same --out skip",
      "the inputs already committed there; a job that was stopped is resumed without",
      "duplicating a row. Exit code 0: done; 1: problems in the input, rows written;",
      "2: nothing done (bad arguments, unusable model, or --out written with another model)."
    })
public final class SparkPredictCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int PROBLEMS = 1;
  static final int UNUSABLE = 2;

  /** Libtorch threads per task: Spark runs one task per core, each its own forward passes. */
  private static final int ONE_THREAD_PER_TASK = 1;

  @Spec private CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder.")
  private String model;

  @Option(
      names = "--master",
      defaultValue = "local[*]",
      paramLabel = "URL",
      description =
          "Spark master: local[*] (default, inside this JVM), local[N], spark://HOST:PORT,"
              + " yarn, k8s://…")
  private String master;

  @Option(
      names = "--format",
      defaultValue = "parquet",
      paramLabel = "parquet|jsonl",
      description = "Output format (default ${DEFAULT-VALUE}).")
  private String format;

  @Option(
      names = "--device",
      defaultValue = "auto",
      paramLabel = "cpu|gpu|auto",
      description = "Where each executor runs the model (default auto: a GPU if it sees one).")
  private String device;

  @Option(
      names = "--batch-size",
      defaultValue = "16",
      paramLabel = "N",
      description = "Sentences per forward pass (default ${DEFAULT-VALUE}).")
  private int batchSize;

  @Option(
      names = "--partitions",
      defaultValue = "0",
      paramLabel = "N",
      description = "Scoring tasks per commit (default: the cluster's cores).")
  private int partitions;

  @Option(
      names = "--commit-every",
      defaultValue = "64",
      paramLabel = "N",
      description = "Inputs per commit to --out (default ${DEFAULT-VALUE}).")
  private int commitEvery;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path out;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Corpus inputs.")
  private List<Path> inputs;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    return run(new PrintWriter(System.err, true), args);
  }

  /** Runs the command with its messages going to {@code err}. */
  public static int run(PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SparkPredictCommand());
    cli.setErr(err);
    cli.setOut(err);
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          if (e instanceof UnreadableInputException
              || e instanceof ClassificationException
              || e instanceof IOException
              || e instanceof IllegalArgumentException) {
            err.println("relex: " + e.getMessage());
          } else {
            err.println("relex: internal error: " + e);
            e.printStackTrace(err);
          }
          return UNUSABLE;
        });
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          err.println("relex: " + e.getMessage());
          err.println("Try 'relex spark-predict --help'.");
          return UNUSABLE;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    OutputFormat output = OutputFormat.parse(format);
    ClassifierSettings settings =
        new ClassifierSettings(DeviceChoice.parse(device), batchSize, ONE_THREAD_PER_TASK);
    if (partitions < 0 || commitEvery < 1) {
      throw new IllegalArgumentException(
          "--partitions must be 0 or more and --commit-every 1 or more");
    }
    SparkLogging.quiet(settings.device() == DeviceChoice.GPU);
    // As given: on a cluster the executors resolve it, against a shared filesystem or the folder
    // that --archives unpacked into their working directory (docs/scale.md).
    String modelPath = model;
    ModelDescription description = ExecutorModel.get(modelPath, settings).description();
    if (description.testModel()) {
      err.println("relex: " + ModelDescription.TEST_MODEL_WARNING);
    }
    Path outFolder = out.toAbsolutePath().normalize();
    CommitLog log = CommitLog.of(outFolder, description.fingerprint(), output.name);
    Optional<String> refusal = refusal(log, description, output);
    if (refusal.isPresent()) {
      err.println("relex: " + refusal.get());
      return UNUSABLE;
    }
    List<InputFile> all = new InputListing(FormatRegistry.standard()).list(inputs);
    List<InputFile> todo = new ArrayList<>();
    for (InputFile input : all) {
      Optional<InputFile> committed = log.committed(input.path());
      if (committed.isEmpty()) {
        todo.add(input);
      } else if (!committed.get().equals(input)) {
        err.printf(
            "relex: %s changed since it was scored into %s (size or content differ); score it"
                + " into another --out%n",
            input.path(), outFolder);
        return UNUSABLE;
      }
    }
    OutputFolder folder = new OutputFolder(outFolder);
    int removed = folder.removeUncommitted(OutputFolder.numbers(log.commits()));
    if (removed > 0) {
      err.printf("relex: removed %d data files of a commit that did not finish%n", removed);
    }
    err.printf(
        "relex: %d inputs, %d already in %s, %d to score with %s on %s%n",
        all.size(), all.size() - todo.size(), outFolder, todo.size(), description.name(), master);
    if (todo.isEmpty()) {
      return OK;
    }
    return score(todo, folder, log, modelPath, settings, output, err);
  }

  private Optional<String> refusal(
      CommitLog log, ModelDescription description, OutputFormat output) {
    if (!log.fingerprint().equals(description.fingerprint())) {
      return Optional.of(
          out
              + " holds rows of another model (fingerprint "
              + log.fingerprint()
              + "); "
              + model
              + " has fingerprint "
              + description.fingerprint()
              + ". Score into another --out, or give the model that wrote it.");
    }
    if (!log.format().equals(output.name)) {
      return Optional.of(
          out
              + " holds "
              + log.format()
              + " rows; give --format "
              + log.format()
              + " to add to it");
    }
    return Optional.empty();
  }

  private int score(
      List<InputFile> todo,
      OutputFolder folder,
      CommitLog log,
      String modelPath,
      ClassifierSettings settings,
      OutputFormat output,
      PrintWriter err)
      throws IOException {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("relex spark-predict")
            .master(master)
            .config("spark.ui.enabled", "false");
    if (!master.startsWith("local")
        && System.getProperty("spark.jars") == null
        && System.getProperty("spark.executor.extraClassPath") == null) {
      builder.config(
          "spark.jars", String.join(",", JobJars.of(System.getProperty("java.class.path"))));
    }
    SparkSession spark = builder.getOrCreate();
    LinkedHashSet<String> problems = new LinkedHashSet<>();
    try {
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      int tasks = partitions > 0 ? partitions : context.defaultParallelism();
      long rows = 0;
      for (int from = 0; from < todo.size(); from += commitEvery) {
        List<InputFile> group = todo.subList(from, Math.min(todo.size(), from + commitEvery));
        CollectionAccumulator<String> groupProblems = context.sc().collectionAccumulator();
        CollectionAccumulator<String> unreadable = context.sc().collectionAccumulator();
        int commit = log.nextNumber();
        Path staging = folder.staging(commit);
        JavaRDD<Row> scored =
            context
                .parallelize(group, group.size())
                .flatMap(new PairReader(groupProblems, unreadable))
                .repartition(tasks)
                .mapPartitions(new PartitionScorer(modelPath, settings));
        spark
            .createDataFrame(scored, PredictionRows.SCHEMA)
            .write()
            .mode(SaveMode.ErrorIfExists)
            .format(output.sparkFormat)
            // relex predict writes "label": null for a pair without a gold label; so do we.
            .option("ignoreNullFields", "false")
            .save(staging.toString());
        long written = spark.read().format(output.sparkFormat).load(staging.toString()).count();
        folder.moveIn(staging, commit);
        List<InputFile> read =
            group.stream().filter(input -> !unreadable.value().contains(input.path())).toList();
        log.add(new CommitLog.Commit(commit, read, written));
        problems.addAll(groupProblems.value());
        rows += written;
        err.printf(
            "relex: commit %d: %d of %d inputs, %d rows%n",
            commit, Math.min(todo.size(), from + commitEvery), todo.size(), written);
      }
      problems.forEach(problem -> err.println("relex: " + problem));
      err.printf(Locale.ROOT, "relex: %d rows written to %s%n", rows, folder.path());
    } finally {
      spark.stop();
    }
    return problems.isEmpty() ? OK : PROBLEMS;
  }

  /** The output formats and Spark's names for them. */
  private enum OutputFormat {
    PARQUET("parquet", "parquet"),
    JSONL("jsonl", "json");

    private final String name;
    private final String sparkFormat;

    OutputFormat(String name, String sparkFormat) {
      this.name = name;
      this.sparkFormat = sparkFormat;
    }

    static OutputFormat parse(String text) {
      for (OutputFormat format : values()) {
        if (format.name.equals(text)) {
          return format;
        }
      }
      throw new IllegalArgumentException("--format must be parquet or jsonl, was '" + text + "'");
    }
  }
}
