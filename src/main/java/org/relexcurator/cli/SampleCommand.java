package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.relexcurator.curation.evaluation.ReviewedCounts;
import org.relexcurator.curation.sampling.DrawnSample;
import org.relexcurator.curation.sampling.ReviewDraw;
import org.relexcurator.curation.sampling.ScoreBands;
import org.relexcurator.curation.sampling.Stratum;
import org.relexcurator.curation.sampling.StratumQuota;
import org.relexcurator.io.scored.ScoredPairSource;
import org.relexcurator.model.Problem;
import org.relexcurator.pipeline.SampleProject;
import org.relexcurator.pipeline.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code relex sample}: a review sample of a scored corpus, as a new project. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Draws a review sample from scored pairs (relex predict --out, or the JSON part-* files of",
      "relex spark-predict --format jsonl), stratified by predicted label and score band with a",
      "uniform control share, and makes a new project of the sampled pairs, their documents",
      "(read again from each pair's input_file) and each pair's inclusion probability, for",
      "relex evaluate PROJECT --population SCORED.",
      "Exit code 0: project made; 1: made, some lines or pairs dropped; 2: no project made."
    })
final class SampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SCORED",
      description = "Scored pairs: a JSONL file or a folder of part-* files.")
  private Path from;

  @Option(names = "--size", required = true, paramLabel = "N", description = "Pairs to draw.")
  private int size;

  @Option(
      names = "--control",
      defaultValue = "0.2",
      paramLabel = "SHARE",
      description =
          "Share of the sample drawn uniformly from all pairs (default ${DEFAULT-VALUE}).")
  private double control;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description =
          "Random seed; the same input, size, share and seed draw the same pairs"
              + " (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--min-per-stratum",
      defaultValue = "" + ReviewedCounts.MINIMUM_PER_LABEL,
      paramLabel = "N",
      description = "Reviewed pairs a stratum needs before evaluate trusts it (default 10).")
  private int minimumPerStratum;

  @Option(
      names = "--project",
      required = true,
      paramLabel = "NEW.relex",
      description = "The project file to make; it must not exist yet.")
  private Path projectFile;

  @Mixin private PairingOptions pairing;

  @Override
  public Integer call() throws Exception {
    if (size < 1 || !(control >= 0 && control <= 1) || minimumPerStratum < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--size must be 1 or more, --control from 0 to 1, --min-per-stratum 0 or more");
    }
    if (Files.exists(projectFile)) {
      throw new ParameterException(
          spec.commandLine(), projectFile + " exists; sample into a new project file");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // The project names the scored corpus wherever it is opened from.
    ScoredPairSource source = ScoredPairSource.of(from.toAbsolutePath().normalize());
    DrawnSample sample = ReviewDraw.draw(source, ScoreBands.STANDARD, size, control, seed);
    SampleSummary summary =
        new SampleProject(pairing.preparation(), Clock.systemUTC())
            .make(sample, minimumPerStratum, projectFile);
    ProblemLines.print(err, summary.problems());
    if (summary.project() == null) {
      err.printf(
          "relex: none of the %d drawn pairs could be found in its input file; no project made%n",
          summary.drawn());
      err.flush();
      return Main.UNUSABLE;
    }
    printStrata(out, sample);
    out.printf(
        Locale.ROOT,
        "drew %d of %,d scored pairs (seed %d); saved %d pairs of %d documents in %s%n",
        summary.drawn(),
        sample.population(),
        seed,
        summary.saved(),
        summary.documents(),
        summary.project());
    out.flush();
    err.flush();
    boolean clean =
        summary.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    return clean ? Main.OK : Main.PROBLEMS;
  }

  private static void printStrata(PrintWriter out, DrawnSample sample) {
    out.printf("%-40s %12s %8s %8s %10s%n", "stratum", "pairs", "drawn", "control", "incl. p");
    for (Map.Entry<Stratum, StratumQuota> entry : sample.quotas().entrySet()) {
      StratumQuota quota = entry.getValue();
      out.printf(
          Locale.ROOT,
          "%-40s %,12d %8d %8d %10.6f%n",
          entry.getKey().describe(sample.bands()),
          quota.population(),
          quota.sampled(),
          quota.control(),
          quota.inclusionProbability());
    }
  }
}
