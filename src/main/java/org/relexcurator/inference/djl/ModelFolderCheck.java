package org.relexcurator.inference.djl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.CancelledException;
import org.relexcurator.task.TaskMonitor;

/**
 * Checks a model folder the way a curator would want before trusting it: the files are there and
 * not empty, the labels are synthetic_relex's 16, the four entity markers are single tokens, and
 * the model card's example gets a prediction. Every finding becomes a line with a plain
 * explanation; nothing a broken folder holds makes the check throw.
 */
public final class ModelFolderCheck {

  /** The example of the synthetic_relex model card; the real model says treats, 0.987. */
  public static final String EXAMPLE =
      "[E1]Paclitaxel[/E1] is a common chemotherapy used for [E2]lung cancer[/E2].";

  static final String EXPECTED_LABEL = "treats";

  public static final String FOLDER = "Model folder";
  public static final String CONFIG = "config.json";
  public static final String WEIGHTS = "Weights";
  public static final String TOKENIZER = "Tokenizer";
  public static final String ARCHITECTURE = "Architecture";
  public static final String TEST_MODEL = "Test model";
  public static final String LABELS = "Labels";
  public static final String MARKERS = "Entity markers";
  public static final String PREDICTION = "Test prediction";

  private static final int STEPS = 5;
  private static final List<String> TOKENIZER_COMPANIONS =
      List.of(
          VocabularyTokenizerFiles.CONFIG,
          VocabularyTokenizerFiles.SPECIAL_TOKENS,
          VocabularyTokenizerFiles.ADDED_TOKENS);

  private final ClassifierSettings settings;

  /**
   * @param settings how to run the test prediction (device, threads)
   */
  public ModelFolderCheck(ClassifierSettings settings) {
    this.settings = settings;
  }

  /**
   * Checks a model folder, or the snapshot in a {@code models--owner--name} cache folder.
   *
   * @throws CancelledException if the monitor was cancelled; checked between steps
   */
  public ModelCheckReport check(Path folder, TaskMonitor monitor) {
    Run run = new Run(resolveSnapshot(folder));
    run.checkAll(monitor);
    return new ModelCheckReport(run.folder, run.testModel, run.lines);
  }

  private static Path resolveSnapshot(Path folder) {
    if (!HuggingFaceCache.isRepositoryFolder(folder)) {
      return folder;
    }
    try {
      return HuggingFaceCache.snapshot(folder).orElse(folder);
    } catch (IOException e) {
      return folder;
    }
  }

  /** One check of one folder; collects lines as it goes. */
  private final class Run {

    private final Path folder;
    private final List<ModelCheckReport.Line> lines = new ArrayList<>();
    private boolean testModel;

    Run(Path folder) {
      this.folder = folder;
    }

    void checkAll(TaskMonitor monitor) {
      monitor.progress(0, STEPS, "looking at the files");
      if (!checkFolder()) {
        return;
      }
      boolean configPresent = checkConfigFile();
      boolean weightsPresent = checkWeights();
      boolean tokenizerPresent = checkTokenizerFiles();
      monitor.checkCancelled();
      monitor.progress(1, STEPS, "reading config.json");
      BertConfig config = configPresent ? readConfig() : null;
      if (config != null) {
        checkLabels(config);
      }
      monitor.checkCancelled();
      monitor.progress(2, STEPS, "checking the entity markers");
      boolean markersSingle = tokenizerPresent && checkMarkers();
      monitor.checkCancelled();
      if (weightsPresent && config != null && markersSingle) {
        monitor.progress(3, STEPS, "loading the model for a test prediction");
        predict(monitor);
      }
      monitor.progress(STEPS, STEPS, "done");
    }

    private boolean checkFolder() {
      if (!Files.isDirectory(folder)) {
        String what = Files.exists(folder) ? " is a file, not a folder" : " does not exist";
        fail(FOLDER, folder + what + "; choose the folder that holds config.json and the weights");
        return false;
      }
      pass(FOLDER, folder.toString());
      return true;
    }

    private boolean checkConfigFile() {
      Path config = folder.resolve(ModelFolder.CONFIG);
      if (!Files.isRegularFile(config)) {
        fail(
            CONFIG,
            "missing: every Hugging Face model folder has a config.json beside the"
                + " weights. Choose the folder that holds it (in the Hugging Face cache:"
                + " models--…/snapshots/<revision>/).");
        return false;
      }
      return nonEmpty(CONFIG, config, "present");
    }

    private boolean checkWeights() {
      Path safetensors = folder.resolve(ModelFolder.SAFETENSORS);
      if (Files.isRegularFile(safetensors)) {
        return nonEmpty(WEIGHTS, safetensors, ModelFolder.SAFETENSORS);
      }
      List<Path> torchScripts = files(name -> name.endsWith(".pt"));
      if (torchScripts.size() == 1) {
        return nonEmpty(
            WEIGHTS, torchScripts.get(0), "TorchScript " + torchScripts.get(0).getFileName());
      }
      if (torchScripts.size() > 1) {
        fail(
            WEIGHTS,
            "several TorchScript files (" + names(torchScripts) + "); keep only the one to use");
        return false;
      }
      Path pickle = folder.resolve("pytorch_model.bin");
      if (Files.isRegularFile(pickle)) {
        fail(
            WEIGHTS,
            "only pytorch_model.bin ("
                + size(pickle)
                + "), a Python pickle, which"
                + " RelEx Curator does not open because loading a pickle can run code. Save the"
                + " model as model.safetensors (in Python: model.save_pretrained(folder)).");
        return false;
      }
      if (Files.exists(folder.resolve("model.safetensors.index.json"))) {
        fail(
            WEIGHTS,
            "the weights are split into several model-0000x-of-0000y.safetensors"
                + " files, which are not supported; a BERT-base model fits one model.safetensors");
        return false;
      }
      fail(
          WEIGHTS,
          "missing: expected model.safetensors (about 440 MB for synthetic_relex)"
              + " beside config.json; a download that stopped early leaves it out");
      return false;
    }

    private boolean checkTokenizerFiles() {
      Path json = folder.resolve(MarkedSentenceTokenizer.TOKENIZER_JSON);
      Path vocab = folder.resolve(VocabularyTokenizerFiles.VOCAB);
      if (!Files.isRegularFile(json) && !Files.isRegularFile(vocab)) {
        fail(
            TOKENIZER,
            "neither tokenizer.json nor vocab.txt: the tokenizer is saved beside"
                + " config.json; without it the model cannot read text");
        return false;
      }
      List<Path> present = new ArrayList<>();
      for (Path file :
          Stream.concat(Stream.of(json, vocab), TOKENIZER_COMPANIONS.stream().map(folder::resolve))
              .toList()) {
        if (Files.isRegularFile(file)) {
          present.add(file);
        }
      }
      Optional<Path> empty = present.stream().filter(file -> sizeOf(file) == 0).findFirst();
      if (empty.isPresent()) {
        fail(
            TOKENIZER,
            empty.get().getFileName() + " is empty (0 bytes); the download did not" + " finish");
        return false;
      }
      pass(
          TOKENIZER,
          String.join(
              ", ", present.stream().map(file -> file.getFileName() + " " + size(file)).toList()));
      return true;
    }

    private BertConfig readConfig() {
      try {
        BertConfig config = BertConfig.read(folder.resolve(ModelFolder.CONFIG));
        pass(
            ARCHITECTURE,
            String.format(
                Locale.ROOT,
                "BertForSequenceClassification, %d layers, hidden size %d, up to %d tokens",
                config.layers(),
                config.hiddenSize(),
                config.maxPositions()));
        testModel = config.testModel();
        if (testModel) {
          warn(
              TEST_MODEL,
              "this folder holds a test model made by relex make-test-model. "
                  + ModelDescription.TEST_MODEL_WARNING
                  + ".");
        }
        return config;
      } catch (ClassificationException e) {
        fail(ARCHITECTURE, e.getMessage());
        return null;
      }
    }

    private void checkLabels(BertConfig config) {
      List<String> labels = config.labels();
      List<String> expected = SyntheticRelexLabels.ALL;
      if (Set.copyOf(labels).equals(Set.copyOf(expected)) && labels.size() == expected.size()) {
        pass(
            LABELS,
            labels.size() + " labels, those of synthetic_relex: " + String.join(", ", labels));
        return;
      }
      Set<String> missing = new LinkedHashSet<>(expected);
      labels.forEach(missing::remove);
      Set<String> unexpected = new LinkedHashSet<>(labels);
      expected.forEach(unexpected::remove);
      StringBuilder detail =
          new StringBuilder(
              "config.json lists "
                  + labels.size()
                  + " labels (id2label); synthetic_relex has "
                  + expected.size()
                  + ".");
      if (!missing.isEmpty()) {
        detail.append(" Missing: ").append(String.join(", ", missing)).append('.');
      }
      if (!unexpected.isEmpty()) {
        detail.append(" Not expected: ").append(String.join(", ", unexpected)).append('.');
      }
      if (missing.isEmpty() && unexpected.isEmpty()) {
        detail.append(" Some labels appear twice.");
      }
      detail.append(
          " This is not the synthetic_relex model: the relation specs and the"
              + " review's label keys are made for its labels.");
      fail(LABELS, detail.toString());
    }

    private boolean checkMarkers() {
      List<List<String>> tokens;
      try {
        tokens = MarkedSentenceTokenizer.markerTokens(folder);
      } catch (ClassificationException e) {
        fail(MARKERS, e.getMessage());
        return false;
      }
      List<String> split = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).size() != 1) {
          split.add(
              MarkedSentenceTokenizer.MARKERS.get(i)
                  + " becomes "
                  + tokens.get(i).size()
                  + " tokens "
                  + tokens.get(i));
        }
      }
      if (!split.isEmpty()) {
        fail(
            MARKERS,
            String.join("; ", split)
                + ". The tokenizer was saved without the four"
                + " markers the model was trained with, so it would read inputs it has never seen;"
                + " use the tokenizer files that came with the model.");
        return false;
      }
      pass(MARKERS, String.join(", ", MarkedSentenceTokenizer.MARKERS) + " are one token each");
      return true;
    }

    private void predict(TaskMonitor monitor) {
      long start = System.nanoTime();
      ModelFolder model;
      try {
        model =
            ModelFolder.of(
                folder,
                folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
      } catch (ClassificationException e) {
        fail(PREDICTION, e.getMessage());
        return;
      }
      try (DjlRelationClassifier classifier =
          DjlRelationClassifier.open(
              model, new ClassifierSettings(settings.device(), 1, settings.threads()))) {
        monitor.checkCancelled();
        Prediction prediction = classifier.classify(List.of(EXAMPLE), monitor).get(0);
        double seconds = (System.nanoTime() - start) / 1e9;
        String result =
            String.format(
                Locale.ROOT,
                "%s %.3f for \u201c%s\u201d (on %s, %.1f s)",
                prediction.topLabel(),
                prediction.topScore(),
                EXAMPLE,
                classifier.description().device(),
                seconds);
        if (testModel) {
          warn(PREDICTION, result + ". " + ModelDescription.TEST_MODEL_WARNING + ".");
        } else if (prediction.topLabel().equals(EXPECTED_LABEL)) {
          pass(PREDICTION, result);
        } else {
          warn(
              PREDICTION,
              result
                  + ". The model card gives treats 0.987 here: these weights"
                  + " may not be the published synthetic_relex ones.");
        }
      } catch (ClassificationException e) {
        fail(PREDICTION, "the model could not be loaded or run: " + e.getMessage());
      } catch (RuntimeException e) {
        if (e instanceof CancelledException) {
          throw e;
        }
        fail(
            PREDICTION,
            "the model could not be loaded or run: "
                + MarkedSentenceTokenizer.firstLine(e.getMessage()));
      }
    }

    private boolean nonEmpty(String check, Path file, String what) {
      long bytes = sizeOf(file);
      if (bytes <= 0) {
        fail(check, file.getFileName() + " is empty (0 bytes); the download did not finish");
        return false;
      }
      pass(check, what + ", " + size(file));
      return true;
    }

    private List<Path> files(java.util.function.Predicate<String> name) {
      try (Stream<Path> files = Files.list(folder)) {
        return files
            .filter(file -> name.test(file.getFileName().toString()))
            .filter(Files::isRegularFile)
            .sorted()
            .toList();
      } catch (IOException e) {
        return List.of();
      }
    }

    private void pass(String check, String detail) {
      lines.add(new ModelCheckReport.Line(ModelCheckReport.Outcome.PASSED, check, detail));
    }

    private void warn(String check, String detail) {
      lines.add(new ModelCheckReport.Line(ModelCheckReport.Outcome.WARNING, check, detail));
    }

    private void fail(String check, String detail) {
      lines.add(new ModelCheckReport.Line(ModelCheckReport.Outcome.FAILED, check, detail));
    }
  }

  private static String names(List<Path> files) {
    return String.join(", ", files.stream().map(file -> file.getFileName().toString()).toList());
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  /** A file's size as a file manager shows it: 1.2 kB, 438.0 MB. */
  static String size(Path file) {
    long bytes = sizeOf(file);
    if (bytes < 0) {
      return "size unknown";
    }
    if (bytes < 1000) {
      return bytes + " bytes";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
