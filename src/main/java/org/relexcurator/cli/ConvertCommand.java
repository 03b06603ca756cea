package org.relexcurator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.relexcurator.io.DocumentFormat;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Corpus;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex convert}: reads files in any known format and writes them in one format. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts documents, entities and relations between formats.",
      "Exit code 0: converted; 1: problems in the input, or what the target format cannot hold,"
          + " output written; 2: nothing written."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "Output format: pubtator, bioc-xml, bioc-json, brat, dataset, text.")
  private String to;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "F",
      description = "Output file (a folder for brat).")
  private Path out;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or brat folders.")
  private List<Path> files;

  @Override
  public Integer call() throws Exception {
    FormatRegistry registry = FormatRegistry.standard();
    DocumentFormat target =
        registry
            .byName(to)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown format '"
                            + to
                            + "' (expected one of "
                            + String.join(
                                ", ",
                                registry.formats().stream().map(DocumentFormat::name).toList())
                            + ")"));
    PrintWriter err = spec.commandLine().getErr();
    List<Document> documents = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      Corpus corpus = registry.read(file);
      documents.addAll(corpus.documents());
      problems.addAll(corpus.problems());
    }
    ProblemLines.print(err, problems);
    List<Problem> losses = target.writeReportingLosses(documents, out);
    ProblemLines.print(err, losses);
    spec.commandLine()
        .getOut()
        .printf("wrote %d documents to %s (%s)%n", documents.size(), out, target.name());
    boolean complete = verify(documents, target, err);
    return problems.isEmpty() && losses.isEmpty() && complete ? Main.OK : Main.PROBLEMS;
  }

  /**
   * Reads the output back and says what the target format could not hold (brat has no concept-level
   * relations, PubTator no n-ary ones, plain text no annotations), so that nothing is lost without
   * a word.
   */
  private boolean verify(List<Document> written, DocumentFormat target, PrintWriter err)
      throws Exception {
    Corpus back;
    try {
      back = target.read(out);
    } catch (UnreadableInputException e) {
      err.println("relex: warning: could not read the output back to check it: " + e.getMessage());
      return false;
    }
    int entities = written.stream().mapToInt(d -> d.entities().size()).sum();
    int relations = written.stream().mapToInt(d -> d.relations().size()).sum();
    int entitiesBack = back.documents().stream().mapToInt(d -> d.entities().size()).sum();
    int relationsBack = back.documents().stream().mapToInt(d -> d.relations().size()).sum();
    boolean complete = true;
    if (back.documents().size() < written.size()) {
      err.printf(
          "relex: warning: %s holds %d of %d documents%n",
          out, back.documents().size(), written.size());
      complete = false;
    }
    if (entitiesBack < entities) {
      err.printf(
          "relex: warning: the %s format could not hold %d of %d entity mentions%n",
          target.name(), entities - entitiesBack, entities);
      complete = false;
    }
    if (relationsBack < relations) {
      err.printf(
          "relex: warning: the %s format could not hold %d of %d relations%n",
          target.name(), relations - relationsBack, relations);
      complete = false;
    }
    return complete;
  }
}
