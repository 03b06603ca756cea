package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.team.ProjectSplit;
import org.relexcurator.curation.team.TeamAssignment;
import org.relexcurator.curation.team.TeamAssignment.DealtPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex assign}: one project per curator of a team, with a shared overlap for kappa. */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    description = {
      "Splits a project's pairs into one project per curator (OUT/NAME.relex), each with the",
      "same documents and model. A share of the pairs (--overlap) goes to every curator, so",
      "every two curators can be compared (relex agreement); the rest is dealt out by whole",
      "documents. The source's decisions travel with their pairs. Bring the projects back",
      "with relex merge.",
      "Exit code 0: projects written; 2: the project could not be read or a project exists."
    })
final class AssignCommand implements Callable<Integer> {

  /** The default seed: a fixed one, so that the same command deals the same way. */
  static final long DEFAULT_SEED = 14;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.relex).")
  private Path project;

  @Option(
      names = "--curators",
      split = ",",
      required = true,
      paramLabel = "NAME",
      description = "Two or more curators, e.g. alice,bob,carol; each gets NAME.relex.")
  private List<String> curators;

  @Option(
      names = "--overlap",
      paramLabel = "SHARE",
      defaultValue = "0.2",
      description = "Share of the pairs every curator gets, 0 to 1 (default: ${DEFAULT-VALUE}).")
  private double overlap;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the shuffle of documents (default: " + DEFAULT_SEED + ").")
  private long seed = DEFAULT_SEED;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder for the curators' projects; made if missing.")
  private Path out;

  @Override
  public Integer call() throws Exception {
    for (String curator : curators) {
      if (curator.isBlank() || !curator.matches("[\\p{L}\\p{N}._-]+")) {
        throw new IllegalArgumentException(
            "A curator's name becomes a file name: use letters, digits, '.', '_' or '-'; got '"
                + curator
                + "'");
      }
    }
    PrintWriter printed = spec.commandLine().getOut();
    try (ProjectDatabase source = ProjectDatabase.open(project)) {
      List<DealtPair> pairs =
          source.contents().pairs().stream()
              .map(p -> new DealtPair(p.key(), p.documentId()))
              .toList();
      TeamAssignment assignment = TeamAssignment.deal(pairs, curators, overlap, seed);
      Files.createDirectories(out);
      List<ProjectSplit.CuratorProject> written = ProjectSplit.write(source, assignment, out);
      printed.printf(
          "%s: %d pairs; %d shared by every curator (seed %d)%n",
          project, pairs.size(), assignment.overlap().size(), seed);
      for (ProjectSplit.CuratorProject curator : written) {
        printed.printf(
            "  %s  %d pairs (%d own), %d decisions carried%n",
            curator.file(),
            curator.pairs(),
            curator.pairs() - curator.shared(),
            curator.decisions());
      }
    }
    printed.flush();
    return Main.OK;
  }
}
