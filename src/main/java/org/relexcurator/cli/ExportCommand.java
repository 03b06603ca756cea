package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.export.CuratedProject;
import org.relexcurator.curation.export.ExportFormat;
import org.relexcurator.curation.export.ExportSummary;
import org.relexcurator.curation.export.ProjectExport;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.inference.ModelDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex export}: a project's curated pairs in a file others can read. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the curated gold pairs of a project (docs/export.md): jsonl (the contract that",
      "'relex import' and 'relex evaluate' read), csv, bioc-xml, bioc-json, brat (a folder) or",
      "pubtator. The document formats carry the curators' corrected mentions.",
      "The target is written whole or not at all.",
      "Exit code 0: written; 1: written, but some decided pairs are not in the project or the",
      "format could not hold everything (each named on standard error);",
      "2: nothing written."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.relex).")
  private Path projectFile;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "jsonl, csv, bioc-xml, bioc-json, brat or pubtator.")
  private String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "The file to write (a folder for brat).")
  private Path out;

  @Option(
      names = "--all",
      description =
          "Every pair, also those without a gold label"
              + " (jsonl and csv only); evaluation weighs the gold pairs by this population.")
  private boolean all;

  @Override
  public Integer call() throws Exception {
    ExportFormat target =
        ExportFormat.byExportName(format)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown export format '"
                            + format
                            + "' (expected one of "
                            + ExportFormat.names()
                            + ")"));
    CuratedProject project = read(projectFile);
    ExportSummary summary = ProjectExport.standard().export(project, target, out, all);
    PrintWriter err = spec.commandLine().getErr();
    if (summary.testModelPairs() > 0) {
      err.printf(
          "relex: warning: %d of the %d pairs carry predictions of a test model. %s%n",
          summary.testModelPairs(), summary.pairs(), ModelDescription.TEST_MODEL_WARNING);
    }
    if (!summary.missingPairs().isEmpty()) {
      err.printf(
          "relex: warning: %d decided pairs are not in the project, so the export cannot"
              + " hold them (first: %s); open their documents in the project again%n",
          summary.missingPairs().size(), summary.missingPairs().get(0));
    }
    if (!summary.obsoletePairs().isEmpty()) {
      err.printf(
          "relex: note: %d decided pairs are left out because a curator removed or changed one of"
              + " their mentions (first: %s); their decisions stay in the project%n",
          summary.obsoletePairs().size(), summary.obsoletePairs().get(0));
    }
    ProblemLines.print(err, summary.warnings());
    spec.commandLine().getOut().println(describe(summary));
    return summary.missingPairs().isEmpty() && summary.warnings().isEmpty()
        ? Main.OK
        : Main.PROBLEMS;
  }

  private static CuratedProject read(Path file) throws CurationStoreException {
    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      return CuratedProject.read(project);
    }
  }

  private static String describe(ExportSummary summary) {
    String documents =
        summary.format().holdsEveryPair()
            ? ""
            : " in "
                + summary.documents()
                + " documents"
                + (summary.editedMentions() == 0
                    ? ""
                    : " with " + summary.editedMentions() + " mentions a curator added or changed");
    return String.format(
        "wrote %d pairs (%d gold)%s to %s (%s)",
        summary.pairs(),
        summary.goldPairs(),
        documents,
        summary.target(),
        summary.format().exportName());
  }
}
