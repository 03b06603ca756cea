package org.relexcurator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.BertConfig;
import org.relexcurator.inference.djl.BertFlops;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.DjlRelationClassifier;
import org.relexcurator.inference.djl.MatmulProbe;
import org.relexcurator.inference.djl.Precision;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.task.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code relex bench}: throughput and latency of the model on this machine, and how close the
 * forward pass comes to the speed libtorch reaches on a plain matrix product of the same size.
 * Sentences are sorted by length and cut into batches as {@code classify} does with a long list, so
 * each batch is padded only to its longest sentence.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures pairs per second, latency and GFLOP/s of a model, against libtorch's"
            + " speed on a plain matrix product of the same size.")
final class BenchCommand implements Callable<Integer> {

  private static final String[] SYNTHETIC_WORDS =
      ("in a cohort of adults the treatment was"
              + " associated with lower rates of relapse and fewer adverse events than placebo after"
              + " adjustment for age sex and baseline severity")
          .split(" ");

  @Spec private CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "DIR|OWNER/NAME",
      description = "Model folder, or a repository id found in the Hugging Face cache.")
  private String model;

  @Option(
      names = "--sentences",
      paramLabel = "FILE",
      description = "Marked sentences, one a line (default: synthetic ones, see --length).")
  private Path sentencesFile;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "Take --count candidate pairs, spread evenly, from this corpus file.")
  private Path corpus;

  @Option(
      names = "--batch-sizes",
      defaultValue = "1,8,32",
      split = ",",
      description = "Batch sizes to measure (default 1,8,32).")
  private int[] batchSizes;

  @Option(
      names = "--device",
      defaultValue = "cpu",
      paramLabel = "cpu|gpu|auto",
      description = "Where to run (default cpu).")
  private String device;

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

  @Option(
      names = "--length",
      defaultValue = "64",
      description = "Typical length in tokens of synthetic sentences (default 64).")
  private int length;

  @Option(
      names = "--count",
      defaultValue = "64",
      description = "How many synthetic sentences (default 64).")
  private int count;

  @Option(
      names = "--min-seconds",
      defaultValue = "12",
      description = "Measure each batch size at least this long (default 12).")
  private double minSeconds;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description = "Rounds per batch size; the best counts (default 3).")
  private int rounds;

  @Override
  public Integer call() throws Exception {
    DeviceChoice choice = DeviceChoice.parse(device);
    DjlLogging.quiet(choice == DeviceChoice.GPU);
    PrintWriter out = spec.commandLine().getOut();
    int largest = Arrays.stream(batchSizes).max().orElse(1);
    long loadStart = System.nanoTime();
    try (DjlRelationClassifier classifier =
        DjlRelationClassifier.open(
            model, new ClassifierSettings(choice, largest, threads, Precision.parse(precision)))) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      ModelDescription description = classifier.description();
      BertConfig config = classifier.config();
      MachineDescription machine = MachineDescription.current();
      out.printf(
          Locale.ROOT,
          "machine    %d cores, %s, device %s, libtorch %d intra-op threads,"
              + " OMP_WAIT_POLICY=%s, load average %s%n",
          machine.cores(),
          machine.cpuModel(),
          description.device(),
          classifier.threads(),
          machine.ompWaitPolicy(),
          machine.loadAverage());
      out.printf(
          Locale.ROOT,
          "model      %s: %d layers, hidden %d, %d heads, intermediate %d;" + " loaded in %.1f s%n",
          description.name(),
          config.layers(),
          config.hiddenSize(),
          config.heads(),
          config.intermediateSize(),
          loadSeconds);
      if (description.testModel()) {
        out.println("           " + ModelDescription.TEST_MODEL_WARNING);
      }
      List<Sized> sentences = sentences(classifier);
      int[] lengths = sentences.stream().mapToInt(Sized::tokens).sorted().toArray();
      double meanFlops =
          sentences.stream()
              .mapToDouble(s -> BertFlops.perSequence(config, s.tokens()))
              .average()
              .orElse(0);
      out.printf(
          Locale.ROOT,
          "sentences  %d %s, tokens per pair min %d, median %d, max %d;"
              + " %.2f GFLOP per pair on average%n",
          sentences.size(),
          sentencesFile != null
              ? "from " + sentencesFile
              : corpus != null ? "candidate pairs from " + corpus : "synthetic",
          lengths[0],
          lengths[lengths.length / 2],
          lengths[lengths.length - 1],
          meanFlops / 1e9);
      out.println(
          "batch   pairs/s  pairs/cpu-s  p50 ms  p95 ms  padding  GFLOP/s  matmul GFLOP/s  ratio");
      for (int batchSize : batchSizes) {
        out.println(measure(classifier, config, choice, sentences, batchSize).row());
        out.flush();
      }
      out.println(
          "pairs/s, pairs/cpu-s (per second of the process's CPU time), GFLOP/s and matmul: best of "
              + rounds
              + " rounds; latency per batch"
              + " over all rounds; GFLOP/s counts the padded work done; matmul is [batch x padded"
              + " tokens, hidden] . [hidden, intermediate] through the same DJL call");
    }
    return Main.OK;
  }

  /** A sentence and its token count. */
  private record Sized(String text, int tokens) {}

  private record Measurement(
      int batchSize,
      double pairsPerSecond,
      double pairsPerCpuSecond,
      double p50,
      double p95,
      double paddingShare,
      double gflops,
      double matmulGflops) {

    String row() {
      return String.format(
          Locale.ROOT,
          "%5d  %8.1f  %10.2f  %6.1f  %6.1f  %6.1f%%  %7.1f  %14.1f  %5.2f",
          batchSize,
          pairsPerSecond,
          pairsPerCpuSecond,
          p50,
          p95,
          100 * paddingShare,
          gflops,
          matmulGflops,
          gflops / matmulGflops);
    }
  }

  /**
   * Runs {@link #rounds} rounds, each a pass over all batches (repeated until a third of {@link
   * #minSeconds}) followed by a plain matrix product timed on the same sizes. The best round
   * counts: on a shared machine, other load only ever slows a round down.
   */
  private Measurement measure(
      DjlRelationClassifier classifier,
      BertConfig config,
      DeviceChoice choice,
      List<Sized> sentences,
      int batchSize)
      throws ClassificationException {
    List<List<Sized>> batches = new ArrayList<>();
    for (int from = 0; from < sentences.size(); from += batchSize) {
      batches.add(sentences.subList(from, Math.min(sentences.size(), from + batchSize)));
    }
    classifier.classify(texts(batches.get(batches.size() / 2)), TaskMonitor.NONE);
    double executedPerPass = 0;
    double usefulPerPass = 0;
    long paddedTokens = 0;
    for (List<Sized> batch : batches) {
      int padded = batch.stream().mapToInt(Sized::tokens).max().orElse(0);
      executedPerPass += batch.size() * BertFlops.perSequence(config, padded);
      usefulPerPass +=
          batch.stream().mapToDouble(s -> BertFlops.perSequence(config, s.tokens())).sum();
      paddedTokens += (long) batch.size() * padded;
    }
    int rows =
        (int)
            Math.round(
                (double) paddedTokens / sentences.size() * Math.min(batchSize, sentences.size()));
    List<Double> latencies = new ArrayList<>();
    double bestPassSeconds = Double.MAX_VALUE;
    double bestPassCpuSeconds = Double.MAX_VALUE;
    double bestMatmul = 0;
    for (int round = 0; round < rounds; round++) {
      long roundStart = System.nanoTime();
      do {
        long passStart = System.nanoTime();
        long passCpuStart = processCpuNanos();
        for (List<Sized> batch : batches) {
          long t0 = System.nanoTime();
          classifier.classify(texts(batch), TaskMonitor.NONE);
          latencies.add((System.nanoTime() - t0) / 1e6);
        }
        bestPassSeconds = Math.min(bestPassSeconds, (System.nanoTime() - passStart) / 1e9);
        bestPassCpuSeconds = Math.min(bestPassCpuSeconds, (processCpuNanos() - passCpuStart) / 1e9);
      } while ((System.nanoTime() - roundStart) / 1e9 < minSeconds / rounds);
      bestMatmul =
          Math.max(
              bestMatmul,
              MatmulProbe.gflops(
                  choice, rows, config.hiddenSize(), config.intermediateSize(), 1.0));
    }
    latencies.sort(Comparator.naturalOrder());
    return new Measurement(
        batchSize,
        sentences.size() / bestPassSeconds,
        sentences.size() / bestPassCpuSeconds,
        percentile(latencies, 0.50),
        percentile(latencies, 0.95),
        1 - usefulPerPass / executedPerPass,
        executedPerPass / bestPassSeconds / 1e9,
        bestMatmul);
  }

  /**
   * CPU time of the whole process, all threads: on a machine others share, pairs per CPU-second
   * move much less with their load than pairs per second do.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double percentile(List<Double> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static List<String> texts(List<Sized> batch) {
    return batch.stream().map(Sized::text).toList();
  }

  /** The input sentences with their token counts, sorted by length as classify sorts them. */
  private List<Sized> sentences(DjlRelationClassifier classifier)
      throws IOException, ClassificationException, UnreadableInputException {
    List<String> texts =
        sentencesFile != null
            ? readSentences(sentencesFile)
            : corpus != null ? corpusSample(corpus, count) : null;
    List<Sized> sized = new ArrayList<>();
    if (texts != null) {
      for (String text : texts) {
        sized.add(new Sized(text, classifier.tokenize(text).length()));
      }
    } else {
      for (int i = 0; i < count; i++) {
        int target = Math.max(12, length / 2 + (int) ((long) i * length / Math.max(1, count)));
        sized.add(synthetic(classifier, i, target));
      }
    }
    sized.sort(Comparator.comparingInt(Sized::tokens));
    return sized;
  }

  /** Every n-th candidate pair of a corpus, so that the sample has the corpus's lengths. */
  private static List<String> corpusSample(Path file, int count)
      throws IOException, UnreadableInputException {
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    PreparedCorpus prepared = preparation.prepare(file);
    List<PairRow> rows = preparation.rows(prepared);
    if (rows.isEmpty()) {
      throw new IOException(file + ": no candidate pairs to measure with");
    }
    List<String> texts = new ArrayList<>();
    double step = Math.max(1.0, (double) rows.size() / count);
    for (double at = 0; at < rows.size() && texts.size() < count; at += step) {
      texts.add(rows.get((int) at).text());
    }
    return texts;
  }

  private static List<String> readSentences(Path file) throws IOException {
    List<String> lines =
        Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    if (lines.isEmpty()) {
      throw new IOException(file + ": no sentences; expected one marked sentence a line");
    }
    return lines;
  }

  /** A marked sentence of about {@code target} tokens, different for each index. */
  private static Sized synthetic(DjlRelationClassifier classifier, int index, int target)
      throws ClassificationException {
    StringBuilder text =
        new StringBuilder("[E1]tamoxifen[/E1] lowered the risk of [E2]breast" + " cancer[/E2]");
    int word = index;
    int tokens = classifier.tokenize(text.toString()).length();
    while (tokens < target) {
      text.append(' ').append(SYNTHETIC_WORDS[word++ % SYNTHETIC_WORDS.length]);
      tokens = classifier.tokenize(text.toString()).length();
    }
    return new Sized(text.toString(), tokens);
  }
}
