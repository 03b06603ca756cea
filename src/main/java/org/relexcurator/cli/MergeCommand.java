package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.relexcurator.curation.agreement.MentionDispute;
import org.relexcurator.curation.agreement.MentionDisputes;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.team.ProjectMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex merge}: curators' projects back into one team project. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Brings every decision and mention edit of the curators' projects into one team",
      "project (made if missing) for relex agreement and adjudication. Projects of another",
      "corpus or model are refused; a decision the team project has already is not added",
      "again, so merging the same files twice changes nothing.",
      "Exit code 0: merged; 2: a project could not be read or was refused (nothing written)."
    })
final class MergeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "CURATOR.relex", arity = "1..*", description = "Projects to merge.")
  private List<Path> files;

  @Option(
      names = "--project",
      required = true,
      paramLabel = "TEAM.relex",
      description = "The team project to merge into.")
  private Path team;

  @Override
  public Integer call() throws Exception {
    ProjectMerge.Summary summary = ProjectMerge.merge(files, team);
    List<MentionDispute> disputes;
    try (ProjectDatabase merged = ProjectDatabase.open(team)) {
      disputes = MentionDisputes.of(merged.decisions().mentionEdits());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s: %d files merged, %d decisions added, %d already there; %d pairs%n",
        summary.team(),
        summary.files(),
        summary.decisionsAdded(),
        summary.decisionsKnown(),
        summary.pairs());
    out.printf("%d mention disputes%n", disputes.size());
    disputes.forEach(d -> out.println("  " + d.describe()));
    out.printf("Next: relex agreement %s%n", team);
    out.flush();
    return Main.OK;
  }
}
