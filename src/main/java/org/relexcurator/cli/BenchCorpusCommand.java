package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code relex bench-corpus}: documents per second for reading a file and for turning it into
 * candidate pairs (sentence splitting, type mapping, pairing), after warm-up rounds so that the JIT
 * has compiled the hot paths. Reports the median and the spread of the measured rounds.
 */
@Command(
    name = "bench-corpus",
    mixinStandardHelpOptions = true,
    description = "Measures reading and pair generation throughput (documents/second) per file.")
final class BenchCorpusCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private PairingOptions pairing;

  @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds (default 3).")
  private int warmup;

  @Option(names = "--rounds", defaultValue = "7", description = "Measured rounds (default 7).")
  private int rounds;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  private List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CorpusPreparation preparation = pairing.preparation();
    FormatRegistry registry = FormatRegistry.standard();
    MachineDescription machine = MachineDescription.current();
    out.printf(
        java.util.Locale.ROOT,
        "machine: %d cores, %s, Java %s, load average %s%n",
        machine.cores(),
        machine.cpuModel(),
        System.getProperty("java.version"),
        machine.loadAverage());
    out.printf(
        "rounds: %d warm-up, %d measured; figures are median (min-max) documents/second%n",
        warmup, rounds);
    for (Path file : files) {
      double[] readRates = new double[rounds];
      double[] pairRates = new double[rounds];
      PreparedCorpus last = null;
      for (int round = -warmup; round < rounds; round++) {
        long start = System.nanoTime();
        Corpus corpus = registry.read(file);
        long read = System.nanoTime();
        last = preparation.prepare(corpus);
        long paired = System.nanoTime();
        if (round >= 0) {
          readRates[round] = perSecond(corpus.documents().size(), read - start);
          pairRates[round] = perSecond(corpus.documents().size(), paired - read);
        }
      }
      out.printf(
          "%s (%s): %d documents, %d sentences, %d pairs%n",
          file,
          last.format(),
          last.documents().size(),
          last.documents().stream().mapToInt(d -> d.sentenceCount()).sum(),
          last.pairs().size());
      out.printf("  reading          %s%n", summary(readRates));
      out.printf("  sentences+pairs  %s%n", summary(pairRates));
    }
    out.flush();
    return Main.OK;
  }

  private static double perSecond(int documents, long nanos) {
    return documents / (nanos / 1e9);
  }

  private static String summary(double[] rates) {
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    return String.format(
        java.util.Locale.ROOT,
        "%,.0f docs/s (%,.0f-%,.0f)",
        sorted[sorted.length / 2],
        sorted[0],
        sorted[sorted.length - 1]);
  }
}
