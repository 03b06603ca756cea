package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.relexcurator.curation.export.ImportSummary;
import org.relexcurator.curation.export.ProjectImport;
import org.relexcurator.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex import}: a new project from a JSONL export. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Makes a new project from a curated-pairs JSONL export (relex export --format jsonl):",
      "documents, pairs, predictions and decisions, so that exporting it gives the file back.",
      "Bad lines are reported with their line number and skipped.",
      "Exit code 0: imported; 1: imported, some lines skipped; 2: no project made."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A curated-pairs JSONL file.")
  private Path jsonl;

  @Option(
      names = "--project",
      required = true,
      paramLabel = "NEW.relex",
      description = "The project file to make; it must not exist yet.")
  private Path projectFile;

  @Override
  public Integer call() throws Exception {
    ImportSummary summary = new ProjectImport(Clock.systemUTC()).importJsonl(jsonl, projectFile);
    PrintWriter err = spec.commandLine().getErr();
    ProblemLines.print(err, summary.problems());
    if (summary.project() == null) {
      err.printf(
          "relex: no line of %s could be imported (of %d with content); no project" + " made%n",
          jsonl, summary.rows());
      return Main.UNUSABLE;
    }
    spec.commandLine()
        .getOut()
        .printf(
            "imported %d pairs with %d decisions into %s; lines" + " skipped: %d%n",
            summary.imported(), summary.decisions(), summary.project(), summary.skipped());
    boolean clean =
        summary.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
    return clean ? Main.OK : Main.PROBLEMS;
  }
}
