package org.relexcurator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifiedSentence;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.DjlRelationClassifier;
import org.relexcurator.inference.djl.Precision;
import org.relexcurator.inference.djl.TokenizedSentence;
import org.relexcurator.io.dataset.PairJsonlWriter;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Prediction;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code relex predict}: the model's prediction for one marked sentence ({@code --text}), or for
 * every candidate pair of some files, as JSONL.
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Classifies one marked sentence (--text: [E1]…[/E1] and [E2]…[/E2] around the two",
      "entities; the relation is read from E1 to E2), or every candidate pair of FILEs, written",
      "as JSONL with the top label, its score, all label scores and logits. With --out, a",
      "rerun skips the pairs already in the file, so a stopped run can be resumed.",
      "Exit code 0: done; 1: problems in the input, predictions written; 2: nothing done."
    })
final class PredictCommand implements Callable<Integer> {

  /** Pairs classified between two appends to --out: small enough to lose little on a kill. */
  private static final int CHUNK = 256;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec private CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "DIR|OWNER/NAME",
      description = "Model folder, or a repository id found in the Hugging Face cache.")
  private String model;

  @Option(
      names = "--text",
      paramLabel = "SENTENCE",
      description = "A marked sentence; may be given several times.")
  private List<String> texts = List.of();

  @Option(
      names = "--json",
      description = "With --text: one JSON line per sentence (scores, logits) instead of a table.")
  private boolean json;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Corpus files or brat folders.")
  private List<Path> files = List.of();

  @Option(
      names = "--out",
      paramLabel = "F",
      description = "JSONL output (default: standard output); reruns resume it.")
  private Path out;

  @Option(
      names = "--device",
      defaultValue = "auto",
      paramLabel = "cpu|gpu|auto",
      description = "Where to run (default auto: a GPU if libtorch sees one).")
  private String device;

  @Option(
      names = "--batch-size",
      defaultValue = "16",
      paramLabel = "N",
      description = "Sentences per forward pass (default ${DEFAULT-VALUE}).")
  private int batchSize;

  @Option(
      names = "--precision",
      defaultValue = "fp32",
      paramLabel = "fp32|bf16",
      description =
          "fp32 (default), or bf16: the fast mode, matrix products in bfloat16, about 3x the"
              + " speed where the CPU has AVX512-BF16 or AMX; scores change"
              + " (docs/performance.md).")
  private String precision;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "CPU threads for libtorch (default: one per core).")
  private int threads;

  @Option(names = "--tokens", description = "Also output the tokens the model saw.")
  private boolean tokens;

  @Mixin private PairingOptions pairing;

  @Override
  public Integer call() throws Exception {
    if (texts.isEmpty() == files.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "give either --text SENTENCE (one or more) or one or more FILEs");
    }
    DeviceChoice choice = DeviceChoice.parse(device);
    DjlLogging.quiet(choice == DeviceChoice.GPU);
    ClassifierSettings settings =
        new ClassifierSettings(choice, batchSize, threads, Precision.parse(precision));
    try (DjlRelationClassifier classifier = DjlRelationClassifier.open(model, settings)) {
      if (!texts.isEmpty()) {
        return json ? predictTextsAsJson(classifier) : predictTexts(classifier);
      }
      return predictFiles(classifier);
    }
  }

  private int predictTexts(DjlRelationClassifier classifier) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelDescription description = classifier.description();
    if (description.testModel()) {
      out.println(ModelDescription.TEST_MODEL_WARNING);
    }
    out.printf("model %s on %s%n", description.name(), description.device());
    for (ClassifiedSentence result : classifier.classifyWithTokens(texts, TaskMonitor.NONE)) {
      if (texts.size() > 1) {
        out.println();
      }
      printTable(out, result);
    }
    return Main.OK;
  }

  private int predictTextsAsJson(DjlRelationClassifier classifier) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ModelDescription description = classifier.description();
    if (description.testModel()) {
      spec.commandLine().getErr().println("relex: " + ModelDescription.TEST_MODEL_WARNING);
    }
    List<ClassifiedSentence> results = classifier.classifyWithTokens(texts, TaskMonitor.NONE);
    for (int i = 0; i < results.size(); i++) {
      ObjectNode node = JSON.createObjectNode();
      node.put("text", texts.get(i));
      PredictionJson.describe(node, results.get(i), description, tokens);
      out.println(JSON.writeValueAsString(node));
    }
    return Main.OK;
  }

  private void printTable(PrintWriter out, ClassifiedSentence result) {
    Prediction prediction = result.prediction();
    out.printf(Locale.ROOT, "top    %s %.4f%n", prediction.topLabel(), prediction.topScore());
    out.println("scores");
    double[] scores = prediction.probabilities();
    for (int i = 0; i < scores.length; i++) {
      out.printf(Locale.ROOT, "  %-22s %.4f%n", prediction.labels().get(i), scores[i]);
    }
    TokenizedSentence input = result.input();
    if (input.windowed()) {
      out.printf(
          "the sentence has %d tokens, more than the model's limit: classified a window"
              + " of %d around the marked entities%n",
          input.fullLength(), input.length());
    }
    if (tokens) {
      out.printf("tokens (%d): %s%n", input.length(), String.join(" ", input.tokens()));
    }
  }

  /** A pair to predict, and the corpus file it comes from (written as {@code input_file}). */
  private record Job(String key, PairRow row, Path inputFile) {}

  private int predictFiles(DjlRelationClassifier classifier) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ModelDescription description = classifier.description();
    if (description.testModel()) {
      err.println("relex: " + ModelDescription.TEST_MODEL_WARNING);
    }
    CorpusPreparation preparation = pairing.preparation();
    List<Job> jobs = new ArrayList<>();
    int problems = 0;
    for (Path file : files) {
      PreparedCorpus corpus = preparation.prepare(file);
      Path inputFile = file.toAbsolutePath().normalize();
      ProblemLines.print(err, corpus.problems());
      problems += corpus.problems().size();
      java.util.Map<String, Document> documents = new java.util.HashMap<>();
      corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
      for (CandidatePair pair : corpus.pairs()) {
        jobs.add(
            new Job(
                pair.key(), preparation.row(documents.get(pair.documentId()), pair), inputFile));
      }
    }
    String markers = preparation.markerMode().label();
    try (PredictionLog log =
        out == null ? null : PredictionLog.open(out, description.fingerprint(), markers)) {
      List<Job> todo =
          log == null ? jobs : jobs.stream().filter(job -> !log.has(job.key())).toList();
      if (log != null && log.truncatedBytes() > 0) {
        err.printf(
            "relex: %s ended in a cut-off line (%d bytes), removed; it is predicted again%n",
            out, log.truncatedBytes());
      }
      err.printf(
          "relex: %d candidate pairs, %d already in the output, %d to predict with %s on %s%n",
          jobs.size(),
          jobs.size() - todo.size(),
          todo.size(),
          description.name(),
          description.device());
      TerminalProgress progress = new TerminalProgress(err, todo.size());
      for (int from = 0; from < todo.size(); from += CHUNK) {
        List<Job> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
        List<ClassifiedSentence> results =
            classifier.classifyWithTokens(
                chunk.stream().map(job -> job.row().text()).toList(), TaskMonitor.NONE);
        List<String> lines = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
          lines.add(line(chunk.get(i), results.get(i), description, markers));
        }
        if (log == null) {
          PredictionLog.writeTo(System.out, lines);
        } else {
          log.append(lines);
        }
        progress.update(from + chunk.size());
      }
      progress.finish();
    }
    err.flush();
    return problems == 0 ? Main.OK : Main.PROBLEMS;
  }

  private String line(
      Job job, ClassifiedSentence result, ModelDescription description, String markers)
      throws java.io.IOException {
    ObjectNode node = PairJsonlWriter.toJson(job.row());
    node.put("pair", job.key());
    node.put("input_file", job.inputFile().toString());
    PredictionJson.describe(node, result, description, tokens);
    node.put("markers", markers);
    return JSON.writeValueAsString(node);
  }
}
