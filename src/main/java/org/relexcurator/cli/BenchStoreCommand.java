package org.relexcurator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code relex bench-store}: how fast a project file takes decisions, each one durable before the
 * next, and how long a project takes to open again. The project is synthetic: documents of 20
 * pairs, each pair with a prediction over synthetic_relex's 16 labels; every tenth decision is an
 * undo. The speed of a durable decision is the speed of the disk's flush, so the folder's file
 * system is part of the report.
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    description = "Measures durable decisions per second and project reopen time.")
final class BenchStoreCommand implements Callable<Integer> {

  private static final int PAIRS_PER_DOCUMENT = 20;
  private static final String SENTENCE =
      "[E1]Tamoxifen[/E1] lowered the risk of contralateral"
          + " [E2]breast cancer[/E2] in women treated after surgery, with fewer adverse events than"
          + " in the placebo group during five years of follow-up.";

  @Spec private CommandSpec spec;

  @Option(
      names = "--pairs",
      defaultValue = "5000",
      description = "Candidate pairs in the project (default 5000).")
  private int pairs;

  @Option(
      names = "--decisions",
      defaultValue = "1000",
      description = "Decisions to record, one at a time (default 1000).")
  private int decisions;

  @Option(
      names = "--reopens",
      defaultValue = "5",
      description = "Times to reopen the project; the median counts (default 5).")
  private int reopens;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "Folder for the project file (default: a new folder under the system's"
              + " temporary folder). Its disk is what is measured.")
  private Path dir;

  @Option(names = "--keep", description = "Keep the project file afterwards.")
  private boolean keep;

  @Override
  public Integer call() throws IOException, CurationStoreException {
    if (pairs < 1 || decisions < 1 || reopens < 1) {
      throw new IllegalArgumentException("--pairs, --decisions and --reopens must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path folder =
        dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("relex-bench-store");
    Path file = folder.resolve("bench-" + System.currentTimeMillis() + ProjectDatabase.EXTENSION);
    MachineDescription machine = MachineDescription.current();
    out.printf(
        Locale.ROOT,
        "machine    %d cores, %s, Java %s, load average %s%n",
        machine.cores(),
        machine.cpuModel(),
        System.getProperty("java.version"),
        machine.loadAverage());
    out.printf(
        Locale.ROOT,
        "project    %s on %s (%s)%n",
        file,
        Files.getFileStore(folder).type(),
        Files.getFileStore(folder).name());
    try {
      try (ProjectDatabase project = ProjectDatabase.create(file)) {
        long fillStart = System.nanoTime();
        List<String> pairKeys = fill(project);
        out.printf(
            Locale.ROOT,
            "contents   %d documents, %d pairs, %d predictions saved in" + " %.2f s%n",
            (pairs + PAIRS_PER_DOCUMENT - 1) / PAIRS_PER_DOCUMENT,
            pairKeys.size(),
            pairKeys.size(),
            seconds(System.nanoTime() - fillStart));
        out.flush();
        out.println(decide(project.decisions(), pairKeys));
      }
      out.printf(Locale.ROOT, "file       %.1f MB after closing%n", Files.size(file) / 1e6);
      out.println(reopen(file));
    } finally {
      if (!keep) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(ProjectDatabase.lockFileOf(file));
        if (dir == null) {
          Files.deleteIfExists(folder);
        }
      }
    }
    out.flush();
    return Main.OK;
  }

  /** Documents, pairs and one prediction per pair; the pairs' keys. */
  private List<String> fill(ProjectDatabase project) throws CurationStoreException {
    Random random = new Random(1);
    List<DocumentIdentity> documents = new ArrayList<>();
    List<StoredPair> stored = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      String document = "PMID:" + (30_000_000 + i / PAIRS_PER_DOCUMENT);
      if (i % PAIRS_PER_DOCUMENT == 0) {
        documents.add(
            new DocumentIdentity(
                document,
                Path.of("corpus.pubtator"),
                "sha256:" + Integer.toHexString(document.hashCode()),
                "pubtator"));
      }
      int e1 = i % PAIRS_PER_DOCUMENT;
      stored.add(
          new StoredPair(
              document,
              "T" + e1,
              List.of(new Span(0, 9)),
              "Chemical",
              "T" + (e1 + 1),
              List.of(new Span(40, 53)),
              "Disease",
              new Span(0, 160),
              SENTENCE,
              "exact",
              "tamoxifen",
              List.of("D013629"),
              "Chemical",
              "breast cancer",
              List.of("D001943"),
              "Disease"));
    }
    ModelIdentity model = new ModelIdentity("sha256:bench", "synthetic_relex", null, false);
    Instant time = Instant.now();
    List<StoredPrediction> predictions = new ArrayList<>();
    for (StoredPair pair : stored) {
      double[] logits = random.doubles(SyntheticRelexLabels.ALL.size(), -4, 4).toArray();
      predictions.add(
          new StoredPrediction(
              pair.key(), model, new Prediction(SyntheticRelexLabels.ALL, logits), time));
    }
    project.contents().putDocuments(documents);
    project.contents().putPairs(stored);
    project.contents().addPredictions(predictions);
    return stored.stream().map(StoredPair::key).toList();
  }

  private String decide(CurationStore store, List<String> pairKeys) throws CurationStoreException {
    Random random = new Random(2);
    long[] latencies = new long[decisions];
    long start = System.nanoTime();
    for (int i = 0; i < decisions; i++) {
      long before = System.nanoTime();
      store.record(draft(store, random, pairKeys, i));
      latencies[i] = System.nanoTime() - before;
    }
    double total = seconds(System.nanoTime() - start);
    Arrays.sort(latencies);
    return String.format(
        Locale.ROOT,
        "decisions  %d in %.2f s: %.0f decisions/s; latency p50 %.2f"
            + " ms, p95 %.2f ms, max %.2f ms",
        decisions,
        total,
        decisions / total,
        latencies[decisions / 2] / 1e6,
        latencies[(int) (decisions * 0.95)] / 1e6,
        latencies[decisions - 1] / 1e6);
  }

  private static DecisionDraft draft(
      CurationStore store, Random random, List<String> pairKeys, int step)
      throws CurationStoreException {
    Optional<Decision> undoable = store.undoable("bench");
    if (step % 10 == 9 && undoable.isPresent()) {
      return DecisionDraft.undo(undoable.get(), Instant.now());
    }
    String label = SyntheticRelexLabels.ALL.get(random.nextInt(SyntheticRelexLabels.ALL.size()));
    return DecisionDraft.labelled(
        pairKeys.get(random.nextInt(pairKeys.size())),
        "bench",
        label,
        "treats",
        0.8,
        label.equals("treats") ? null : ReasonCode.OTHER,
        "",
        Instant.now(),
        Duration.ofMillis(800 + random.nextInt(5000)));
  }

  /** Median times to open the project (the log read and replayed) and to read its contents. */
  private String reopen(Path file) throws CurationStoreException {
    double[] openMillis = new double[reopens];
    double[] contentsMillis = new double[reopens];
    int logSize = 0;
    for (int round = 0; round < reopens; round++) {
      long start = System.nanoTime();
      try (ProjectDatabase project = ProjectDatabase.open(file)) {
        long opened = System.nanoTime();
        project.contents().pairs();
        project.contents().latestPredictions();
        long read = System.nanoTime();
        logSize = project.decisions().log().size();
        openMillis[round] = (opened - start) / 1e6;
        contentsMillis[round] = (read - opened) / 1e6;
      }
    }
    return String.format(
        Locale.ROOT,
        "reopen     median of %d: %.1f ms to open with a log of %d"
            + " decisions (min %.1f, max %.1f); %.1f ms more to read every pair and latest"
            + " prediction",
        reopens,
        median(openMillis),
        logSize,
        min(openMillis),
        max(openMillis),
        median(contentsMillis));
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
