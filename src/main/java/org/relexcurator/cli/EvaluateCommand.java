package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.evaluation.Bootstrap;
import org.relexcurator.curation.evaluation.CuratedPairs;
import org.relexcurator.curation.evaluation.CuratedPairsReader;
import org.relexcurator.curation.evaluation.Evaluation;
import org.relexcurator.curation.evaluation.EvaluationReport;
import org.relexcurator.curation.evaluation.EvaluationSettings;
import org.relexcurator.curation.evaluation.MarkdownReport;
import org.relexcurator.curation.evaluation.PopulationEstimates;
import org.relexcurator.curation.evaluation.PopulationReport;
import org.relexcurator.curation.evaluation.PreAnnotation;
import org.relexcurator.curation.evaluation.ReportFormat;
import org.relexcurator.curation.evaluation.SampleEvaluation;
import org.relexcurator.curation.evaluation.Weighting;
import org.relexcurator.curation.export.CuratedPair;
import org.relexcurator.curation.export.CuratedProject;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.io.AtomicFiles;
import org.relexcurator.io.scored.ScoredPairSource;
import org.relexcurator.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex evaluate}: the model's stored predictions against curated gold labels. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the model's predictions in a curated-pairs export (relex export) against the",
      "curated gold labels: per-label precision, recall, F1 and support beside the model card's",
      "numbers, confusion matrix, bootstrap 95%% intervals, reliability diagram and ECE.",
      "Without output options the Markdown report goes to standard output.",
      "With --population, FILE is a project made by relex sample: estimates for the whole scored",
      "corpus (precision per predicted label, true relations per gold label, thin strata).",
      "Exit code 0: evaluated; 1: some lines skipped, report written; 2: nothing written."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--weighting",
      paramLabel = "W",
      defaultValue = "post-stratified",
      description =
          "How reviewed pairs stand for all predicted pairs: post-stratified"
              + " (default; by predicted label and score band) or none (plain counts).")
  private String weighting;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
      description = "Bootstrap resamples for the 95%% intervals (default 1000; 0: none).")
  private int resamples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + Bootstrap.DEFAULT_SEED,
      description = "Random seed of the bootstrap (default 42).")
  private long seed;

  @Option(
      names = "--out-dir",
      paramLabel = "DIR",
      description = "Writes evaluation.md, evaluation.csv and evaluation.html into DIR.")
  private Path outDir;

  @Option(names = "--markdown", paramLabel = "F", description = "Writes the Markdown report.")
  private Path markdown;

  @Option(names = "--csv", paramLabel = "F", description = "Writes the per-label CSV.")
  private Path csv;

  @Option(names = "--html", paramLabel = "F", description = "Writes the HTML page with plots.")
  private Path html;

  @Option(
      names = "--project",
      paramLabel = "P",
      description =
          "The project the export came from: adds how the curators corrected the mentions"
              + " (added, removed, resized, retyped per type) and the gold pairs that stand on"
              + " their corrections.")
  private Path project;

  @Option(
      names = "--population",
      paramLabel = "SCORED",
      description =
          "The scored corpus a sampled project (FILE) was drawn from: estimates for all of it.")
  private Path population;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "Curated-pairs JSONL export, or with --population a project (.relex).")
  private Path file;

  @Override
  public Integer call() throws Exception {
    if (population != null) {
      return estimatePopulation();
    }
    EvaluationSettings settings = settings();
    List<Output> outputs = outputs();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CuratedPairs pairs = CuratedPairsReader.read(file);
    ProblemLines.print(err, pairs.problems());
    EvaluationReport report = Evaluation.of(pairs, settings);
    if (project != null) {
      report = report.withPreAnnotation(preAnnotation(project));
    }
    if (report.testModel()) {
      err.println("relex: warning: " + ModelDescription.TEST_MODEL_WARNING);
    }
    if (outputs.isEmpty()) {
      out.print(MarkdownReport.render(report));
    }
    for (Output output : outputs) {
      AtomicFiles.writeString(output.path(), output.format().render(report));
      out.println("wrote " + output.path());
    }
    out.flush();
    err.flush();
    return pairs.problems().isEmpty() ? Main.OK : Main.PROBLEMS;
  }

  private static PreAnnotation preAnnotation(Path file) throws CurationStoreException {
    try (ProjectDatabase opened = ProjectDatabase.open(file)) {
      List<StoredPair> gold =
          CuratedProject.read(opened).pairs(false).stream().map(CuratedPair::pair).toList();
      return PreAnnotation.of(opened.decisions().mentionEdits(), gold);
    }
  }

  private int estimatePopulation() throws Exception {
    if (outDir != null || csv != null || html != null) {
      throw new IllegalArgumentException(
          "with --population the report is Markdown: give --markdown F or no output option");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Problem> problems = new ArrayList<>();
    PopulationEstimates estimates;
    boolean testModel;
    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      estimates = SampleEvaluation.of(project, ScoredPairSource.of(population), problems);
      testModel =
          project.contents().latestPredictions().values().stream()
              .anyMatch(prediction -> prediction.model().testModel());
    }
    ProblemLines.print(err, problems);
    String report = PopulationReport.markdown(estimates);
    if (testModel) {
      err.println("relex: warning: " + ModelDescription.TEST_MODEL_WARNING);
      report = "**" + ModelDescription.TEST_MODEL_WARNING + "**\n\n" + report;
    }
    if (markdown == null) {
      spec.commandLine().getOut().print(report);
    } else {
      AtomicFiles.writeString(markdown, report);
      spec.commandLine().getOut().println("wrote " + markdown);
    }
    if (!estimates.thin().isEmpty()) {
      err.printf(
          "relex: %d strata have fewer than %d reviewed pairs; see Thin strata%n",
          estimates.thin().size(), estimates.minimumPerStratum());
    }
    spec.commandLine().getOut().flush();
    err.flush();
    return problems.isEmpty() ? Main.OK : Main.PROBLEMS;
  }

  private EvaluationSettings settings() {
    Weighting chosen =
        Weighting.byName(weighting)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown weighting '"
                            + weighting
                            + "' (expected none or post-stratified)"));
    if (resamples < 0) {
      throw new IllegalArgumentException("--bootstrap must be 0 or more, not " + resamples);
    }
    return new EvaluationSettings(chosen, resamples, seed);
  }

  private List<Output> outputs() {
    List<Output> outputs = new ArrayList<>();
    if (outDir != null) {
      if (markdown != null || csv != null || html != null) {
        throw new IllegalArgumentException(
            "give either --out-dir or --markdown/--csv/--html, not both");
      }
      outputs.add(new Output(outDir.resolve("evaluation.md"), ReportFormat.MARKDOWN));
      outputs.add(new Output(outDir.resolve("evaluation.csv"), ReportFormat.CSV));
      outputs.add(new Output(outDir.resolve("evaluation.html"), ReportFormat.HTML));
      return outputs;
    }
    if (markdown != null) {
      outputs.add(new Output(markdown, ReportFormat.MARKDOWN));
    }
    if (csv != null) {
      outputs.add(new Output(csv, ReportFormat.CSV));
    }
    if (html != null) {
      outputs.add(new Output(html, ReportFormat.HTML));
    }
    return outputs;
  }

  private record Output(Path path, ReportFormat format) {}
}
