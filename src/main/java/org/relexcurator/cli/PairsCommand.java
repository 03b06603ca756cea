package org.relexcurator.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.relexcurator.io.dataset.PairJsonlWriter;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code relex pairs}: the candidate pairs of a corpus, as the model will see them. */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every candidate pair as JSONL: the synthetic_relex dataset columns (doc_id, text,",
      "label, entity1, type1, entity2, type2) plus sentence and mention offsets and concept ids.",
      "Exit code 0: written; 1: problems in the input, pairs written; 2: nothing written."
    })
final class PairsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private PairingOptions pairing;

  @Option(
      names = "--out",
      paramLabel = "F",
      description = "Output file (default: standard output).")
  private Path out;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or brat folders.")
  private List<Path> files;

  @Override
  public Integer call() throws Exception {
    CorpusPreparation preparation = pairing.preparation();
    PrintWriter err = spec.commandLine().getErr();
    List<PairRow> rows = new ArrayList<>();
    int problems = 0;
    for (Path file : files) {
      PreparedCorpus corpus = preparation.prepare(file);
      rows.addAll(preparation.rows(corpus));
      ProblemLines.print(err, corpus.problems());
      problems += corpus.problems().size();
    }
    if (out == null) {
      OutputStream stdout = System.out;
      PairJsonlWriter.write(rows, stdout);
      stdout.flush();
    } else {
      PairJsonlWriter.write(rows, out);
      err.printf("relex: wrote %d pairs to %s%n", rows.size(), out);
    }
    err.flush();
    return problems == 0 ? Main.OK : Main.PROBLEMS;
  }
}
