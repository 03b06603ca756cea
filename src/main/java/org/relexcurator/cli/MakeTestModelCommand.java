package org.relexcurator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.HiddenActivation;
import org.relexcurator.inference.djl.TestModelMaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code relex make-test-model}: a random model in the real model's layout. */
@Command(
    name = "make-test-model",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a random BertForSequenceClassification in the Hugging Face layout of"
          + " Glasgow-AI4BioMed/synthetic_relex (its 16 labels, the BiomedBERT vocabulary, the"
          + " four markers), for tests and benchmarks without the real weights.",
      "Its predictions mean nothing; every view of them says so."
    })
final class MakeTestModelCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
  private Path out;

  @Option(names = "--layers", defaultValue = "2", description = "Encoder layers (default 2).")
  private int layers;

  @Option(names = "--hidden", defaultValue = "64", description = "Hidden size (default 64).")
  private int hidden;

  @Option(names = "--heads", defaultValue = "4", description = "Attention heads (default 4).")
  private int heads;

  @Option(
      names = "--intermediate",
      defaultValue = "128",
      description = "Feed-forward size (default 128).")
  private int intermediate;

  @Option(
      names = "--max-positions",
      defaultValue = "512",
      description = "Longest input in tokens (default 512).")
  private int maxPositions;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default 42).")
  private long seed;

  @Option(
      names = "--init-std",
      defaultValue = "0.02",
      description = "Standard deviation of the weights (default 0.02, as BERT initialises).")
  private double initStd;

  @Option(
      names = "--hidden-act",
      defaultValue = "gelu",
      description =
          "Activation: gelu (default, as the real model), gelu_new, gelu_pytorch_tanh"
              + " or relu.")
  private String hiddenAct;

  @Override
  public Integer call() throws Exception {
    HiddenActivation activation =
        HiddenActivation.fromConfigName(hiddenAct)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "hidden activation "
                            + hiddenAct
                            + " is unknown; expected gelu, gelu_new, gelu_pytorch_tanh or relu"));
    TestModelMaker.Spec model =
        new TestModelMaker.Spec(
            layers, hidden, heads, intermediate, maxPositions, seed, initStd, activation);
    TestModelMaker.write(out, model);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote a test model (%d layers, hidden %d, %d heads,"
                + " intermediate %d, %d positions, seed %d) to %s%n%s%n",
            layers,
            hidden,
            heads,
            intermediate,
            maxPositions,
            seed,
            out,
            ModelDescription.TEST_MODEL_WARNING);
    return Main.OK;
  }
}
