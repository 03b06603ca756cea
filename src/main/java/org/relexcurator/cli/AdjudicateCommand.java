package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.agreement.Adjudication;
import org.relexcurator.curation.agreement.PairText;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.agreement.SettledLabels;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.model.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex adjudicate}: lists the disputed pairs of a project, or settles one. */
@Command(
    name = "adjudicate",
    mixinStandardHelpOptions = true,
    description = {
      "Records the final gold label of a pair the curators disagree on:",
      "  relex adjudicate PROJECT --pair KEY --label LABEL --curator NAME [--note TEXT]",
      "or lists the disputed pairs with each curator's label:",
      "  relex adjudicate PROJECT --list",
      "The pair must be disputed (or adjudicated before: the new adjudication replaces it).",
      "The label must be one of the project's model labels (synthetic_relex's 16 if the",
      "project holds no prediction). Exit code 0: done; 2: refused, with the reason."
    })
final class AdjudicateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.relex).")
  private Path project;

  @Option(names = "--list", description = "List the disputed pairs instead.")
  private boolean list;

  @Option(names = "--pair", paramLabel = "KEY", description = "The pair, as document|E1|E2.")
  private String pair;

  @Option(names = "--label", paramLabel = "LABEL", description = "Its final gold label.")
  private String label;

  @Option(names = "--curator", paramLabel = "NAME", description = "Who adjudicates.")
  private String curator;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Why, for the curators.")
  private String note;

  @Override
  public Integer call() throws CurationStoreException {
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    try (ProjectDatabase database = ProjectDatabase.open(project)) {
      if (list) {
        listDisputes(database, out);
      } else {
        adjudicate(database, out);
      }
    }
    out.flush();
    return Main.OK;
  }

  private void checkOptions() {
    boolean deciding = pair != null || label != null || curator != null || !note.isEmpty();
    if (list && deciding) {
      throw new ParameterException(
          spec.commandLine(),
          "--list cannot be combined with --pair, --label, --curator or --note");
    }
    if (!list) {
      List<String> missing = new ArrayList<>();
      if (pair == null) {
        missing.add("--pair");
      }
      if (label == null) {
        missing.add("--label");
      }
      if (curator == null) {
        missing.add("--curator");
      }
      if (!missing.isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "Missing "
                + String.join(", ", missing)
                + "; adjudicating needs --pair, --label and --curator (or use --list)");
      }
    }
  }

  private void adjudicate(ProjectDatabase database, PrintWriter out) throws CurationStoreException {
    Optional<SettledLabel> before = SettledLabels.fromLog(database.decisions().log()).get(pair);
    checkDisputed(before, database);
    Decision decision =
        new Adjudication(
                database.decisions(),
                database.contents(),
                SyntheticRelexLabels.ALL,
                Clock.systemUTC())
            .record(pair, label, curator, note, Duration.ZERO);
    out.printf(
        Locale.ROOT,
        "Recorded decision %d: %s is gold, %s, adjudicated by %s.%n",
        decision.sequence(),
        pair,
        label,
        curator);
    out.println("Before: " + before.map(AdjudicateCommand::describe).orElse("undecided") + ".");
  }

  /**
   * Adjudication settles what the curators disagree on; a pair someone adjudicated already may be
   * adjudicated again, as the latest adjudication wins. Any other pair is refused, so that a
   * mistyped key cannot overrule the curators' agreement.
   */
  private void checkDisputed(Optional<SettledLabel> before, ProjectDatabase database)
      throws CurationStoreException {
    if (before.isEmpty()) {
      boolean stored = database.contents().pairs().stream().anyMatch(p -> p.key().equals(pair));
      throw new CurationStoreException(
          stored
              ? pair + " is not disputed: nobody has labelled it yet; " + listHint()
              : "The project has no pair "
                  + pair
                  + "; a pair key is document|E1|E2, as "
                  + listHint());
    }
    SettledLabel settled = before.get();
    boolean disputable =
        settled.status() == SettledLabel.Status.DISPUTED
            || settled.settledBy() == SettledLabel.SettledBy.ADJUDICATION;
    if (!disputable) {
      throw new CurationStoreException(
          pair
              + " is not disputed (it is "
              + describe(settled)
              + "); adjudication settles pairs the curators labelled differently; "
              + listHint());
    }
  }

  private String listHint() {
    return "'relex adjudicate " + project + " --list' shows the disputed pairs";
  }

  private static String describe(SettledLabel settled) {
    String status = settled.status().name().toLowerCase(Locale.ROOT);
    if (settled.settledBy() != null) {
      status +=
          " ("
              + settled.label()
              + ", by "
              + settled.settledBy().name().toLowerCase(Locale.ROOT)
              + ")";
    }
    List<String> labels = new ArrayList<>();
    settled
        .labelsByCurator()
        .forEach((who, given) -> labels.add(who + " " + (given == null ? "no label" : given)));
    return labels.isEmpty() ? status : status + "; " + String.join(", ", labels);
  }

  private void listDisputes(ProjectDatabase database, PrintWriter out)
      throws CurationStoreException {
    List<SettledLabel> disputed =
        SettledLabels.fromLog(database.decisions().log()).withStatus(SettledLabel.Status.DISPUTED);
    if (disputed.isEmpty()) {
      out.println("No disputed pairs in " + project + ".");
      return;
    }
    Map<String, PairText> texts = new HashMap<>();
    for (StoredPair stored : database.contents().pairs()) {
      PairText.of(stored).ifPresent(text -> texts.put(stored.key(), text));
    }
    SortedSet<String> curators = new TreeSet<>();
    disputed.forEach(
        pair ->
            pair.labelsByCurator()
                .forEach(
                    (who, given) -> {
                      if (given != null) {
                        curators.add(who);
                      }
                    }));
    List<String> headings = new ArrayList<>(List.of("pair", "E1", "E2"));
    headings.addAll(curators);
    TextTable table = new TextTable(headings);
    for (SettledLabel pair : disputed) {
      PairText text = texts.get(pair.pairKey());
      List<String> row =
          new ArrayList<>(
              List.of(
                  pair.pairKey(), text == null ? "?" : text.e1(), text == null ? "?" : text.e2()));
      for (String who : curators) {
        String given = pair.labelsByCurator().get(who);
        row.add(given == null ? "-" : given);
      }
      table.row(row);
    }
    out.printf(
        Locale.ROOT,
        "%d disputed %s in %s:%n",
        disputed.size(),
        disputed.size() == 1 ? "pair" : "pairs",
        project);
    table.print(out, "  ");
    out.println(
        "Settle one: relex adjudicate "
            + project
            + " --pair KEY --label LABEL --curator NAME [--note TEXT]");
  }
}
