package org.relexcurator.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.relexcurator.curation.agreement.Agreement;
import org.relexcurator.curation.agreement.MentionDisputes;
import org.relexcurator.curation.agreement.MentionEditAgreement;
import org.relexcurator.curation.agreement.SettledLabels;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.model.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex agreement}: how well a project's curators agree, and where they do not. */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = {
      "Reports how many pairs are gold, disputed or open, and for every two curators the pairs",
      "both labelled, observed agreement, Cohen's kappa overall and per label (one label",
      "against the rest), and the pairs they labelled differently.",
      "Exit code 0: report printed; 2: the project could not be read."
    })
final class AgreementCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.relex).")
  private Path project;

  @Option(
      names = "--curators",
      split = ",",
      paramLabel = "NAME",
      description =
          "Compare only these curators, e.g. alice,bob (default: everyone who"
              + " labelled a pair).")
  private List<String> curators;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    SettledLabels settled;
    List<Decision> mentionEdits;
    try (ProjectDatabase database = ProjectDatabase.open(project)) {
      settled = SettledLabels.fromLog(database.decisions().log());
      mentionEdits = database.decisions().mentionEdits();
    }
    List<String> compared = compared(settled.curators());
    List<String> editing =
        curators == null
            ? mentionEdits.stream().map(Decision::curator).distinct().sorted().toList()
            : compared;
    AgreementReport report =
        new AgreementReport(
            project,
            settled,
            compared,
            Agreement.amongEveryTwo(compared, settled.all()),
            MentionEditAgreement.amongEveryTwo(editing, mentionEdits),
            MentionDisputes.of(mentionEdits));
    if (json) {
      report.printJson(spec.commandLine().getOut());
    } else {
      report.printText(spec.commandLine().getOut());
    }
    spec.commandLine().getOut().flush();
    return Main.OK;
  }

  private List<String> compared(SortedSet<String> labelling) {
    if (curators == null) {
      return new ArrayList<>(labelling);
    }
    List<String> named = new ArrayList<>(new LinkedHashSet<>(curators));
    if (named.size() < 2) {
      throw new ParameterException(
          spec.commandLine(),
          "--curators needs two or more different names, e.g. --curators alice,bob");
    }
    for (String curator : named) {
      if (!labelling.contains(curator)) {
        throw new IllegalArgumentException(
            "No curator named "
                + curator
                + " labelled a pair in "
                + project
                + (labelling.isEmpty()
                    ? "; nobody did yet"
                    : "; those who did: " + String.join(", ", labelling)));
      }
    }
    return named;
  }
}
