package org.relexcurator.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.djl.ClassifiedSentence;
import org.relexcurator.inference.djl.ClassifierSettings;
import org.relexcurator.inference.djl.DeviceChoice;
import org.relexcurator.inference.djl.DjlRelationClassifier;
import org.relexcurator.inference.djl.TokenizedSentence;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code relex predict --text}: one marked sentence through the model. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Classifies a marked sentence: [E1]…[/E1] and [E2]…[/E2] around the two"
        + " entities; the relation is read from E1 to E2.")
final class PredictCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "DIR|OWNER/NAME",
      description = "Model folder, or a repository id found in the Hugging Face cache.")
  private String model;

  @Option(names = "--text", required = true, paramLabel = "SENTENCE",
      description = "The marked sentence.")
  private String text;

  @Option(names = "--device", defaultValue = "auto", paramLabel = "cpu|gpu|auto",
      description = "Where to run (default auto: a GPU if libtorch sees one).")
  private String device;

  @Option(names = "--threads", defaultValue = "0",
      description = "CPU threads for libtorch (default: one per core).")
  private int threads;

  @Option(names = "--tokens", description = "Also print the tokens the model saw.")
  private boolean tokens;

  @Override
  public Integer call() throws Exception {
    DeviceChoice choice = DeviceChoice.parse(device);
    DjlLogging.quiet(choice == DeviceChoice.CPU);
    PrintWriter out = spec.commandLine().getOut();
    ClassifierSettings settings = new ClassifierSettings(choice, 1, threads);
    try (DjlRelationClassifier classifier = DjlRelationClassifier.open(model, settings)) {
      ModelDescription description = classifier.description();
      if (description.testModel()) {
        out.println(ModelDescription.TEST_MODEL_WARNING);
      }
      out.printf("model %s on %s%n", description.name(), description.device());
      ClassifiedSentence result =
          classifier.classifyWithTokens(List.of(text), TaskMonitor.NONE).get(0);
      Prediction prediction = result.prediction();
      out.printf(Locale.ROOT, "top    %s %.4f%n", prediction.topLabel(), prediction.topScore());
      out.println("scores");
      double[] scores = prediction.probabilities();
      for (int i = 0; i < scores.length; i++) {
        out.printf(Locale.ROOT, "  %-22s %.4f%n", prediction.labels().get(i), scores[i]);
      }
      TokenizedSentence input = result.input();
      if (input.windowed()) {
        out.printf("the sentence has %d tokens, more than the model's limit: classified a window"
            + " of %d around the marked entities%n", input.fullLength(), input.length());
      }
      if (tokens) {
        out.printf("tokens (%d): %s%n", input.length(), String.join(" ", input.tokens()));
      }
    }
    return Main.OK;
  }
}
