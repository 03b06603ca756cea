package org.relexcurator.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Problem;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.CorpusStatistics;
import org.relexcurator.pipeline.PreparedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex inspect}: what a file holds and what is wrong with it. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Reports per file: detected format, documents, passages, sentences, entities by type,",
      "gold relations by type, candidate pairs and problems.",
      "Exit code 0: no problems; 1: problems found; 2: a file could not be read."
    })
final class InspectCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print one JSON object {\"files\": [...]} instead of text.")
  private boolean json;

  @Mixin private PairingOptions pairing;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or brat folders.")
  private List<Path> files;

  @Override
  public Integer call() throws Exception {
    CorpusPreparation preparation = pairing.preparation();
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode reports = mapper.createArrayNode();
    int exit = Main.OK;
    for (Path file : files) {
      try {
        PreparedCorpus corpus = preparation.prepare(file);
        CorpusStatistics stats = CorpusStatistics.of(corpus);
        if (!corpus.problems().isEmpty()) {
          exit = Math.max(exit, Main.PROBLEMS);
        }
        if (json) {
          reports.add(jsonReport(mapper, file, corpus, stats));
        } else {
          printText(out, file, corpus, stats);
        }
      } catch (UnreadableInputException e) {
        exit = Main.UNUSABLE;
        if (json) {
          reports.add(
              mapper.createObjectNode().put("path", file.toString()).put("error", e.getMessage()));
        } else {
          spec.commandLine().getErr().println("relex: " + e.getMessage());
        }
      }
    }
    if (json) {
      ObjectNode root = mapper.createObjectNode();
      root.set("files", reports);
      out.println(mapper.writeValueAsString(root));
    }
    out.flush();
    return exit;
  }

  private static ObjectNode jsonReport(
      ObjectMapper mapper, Path file, PreparedCorpus corpus, CorpusStatistics stats) {
    ObjectNode report = mapper.createObjectNode();
    report.put("path", file.toString());
    report.put("format", corpus.format());
    report.put("documents", stats.documents());
    report.put("passages", stats.passages());
    report.put("sentences", stats.sentences());
    report.put("entities", stats.entities());
    report.put("relations", stats.relations());
    report.put("pairs", stats.pairs());
    ObjectNode entityTypes = report.putObject("entityTypes");
    stats.entityTypes().forEach(entityTypes::put);
    ObjectNode relationTypes = report.putObject("relationTypes");
    stats.relationTypes().forEach(relationTypes::put);
    ArrayNode problems = report.putArray("problems");
    for (Problem problem : corpus.problems()) {
      ObjectNode node = problems.addObject();
      node.put("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
      node.put("file", problem.file());
      node.put("document", problem.documentId());
      if (problem.line() > 0) {
        node.put("line", problem.line());
      }
      node.put("annotation", problem.annotationId());
      node.put("message", problem.message());
      node.put("expected", problem.expected());
      node.put("found", problem.found());
    }
    return report;
  }

  private static void printText(
      PrintWriter out, Path file, PreparedCorpus corpus, CorpusStatistics stats) {
    out.println(file + "  (" + corpus.format() + ")");
    out.printf(
        "  documents %d, passages %d, sentences %d, entities %d, relations %d, "
            + "candidate pairs %d%n",
        stats.documents(),
        stats.passages(),
        stats.sentences(),
        stats.entities(),
        stats.relations(),
        stats.pairs());
    printCounts(out, "entity types", stats.entityTypes());
    printCounts(out, "relation types", stats.relationTypes());
    out.println("  problems: " + (corpus.problems().isEmpty() ? "none" : corpus.problems().size()));
    for (Problem problem : corpus.problems()) {
      out.println(
          "    "
              + problem.severity().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + problem.describe());
    }
  }

  private static void printCounts(PrintWriter out, String title, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return;
    }
    StringBuilder line = new StringBuilder("  " + title + ":");
    counts.forEach(
        (name, count) -> line.append(' ').append(name).append(' ').append(count).append(','));
    line.setLength(line.length() - 1);
    out.println(line);
  }
}
