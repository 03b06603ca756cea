package org.relexcurator.inference.djl;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.IntStream;
import org.relexcurator.inference.ClassificationException;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.inference.RelationClassifier;
import org.relexcurator.model.Prediction;
import org.relexcurator.task.TaskMonitor;

/**
 * Runs a BERT relation classifier on DJL's PyTorch engine. Sentences are tokenized, sorted by
 * length and cut into micro-batches padded only to their longest member, so short sentences do not
 * pay for long ones; results come back in input order. Progress is reported and cancellation
 * honoured between micro-batches.
 *
 * <p>Thread-safe: concurrent calls run their batches concurrently (libtorch only reads the
 * weights); {@link #close()} waits for running batches to finish.
 */
public final class DjlRelationClassifier implements RelationClassifier {

  private static final int TOKENIZE_CHECK_INTERVAL = 1024;

  private final ModelDescription description;
  private final BertConfig config;
  private final MarkedSentenceTokenizer tokenizer;
  private final LogitsNetwork network;
  private final NDManager manager;
  private final int batchSize;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private DjlRelationClassifier(
      ModelDescription description,
      BertConfig config,
      MarkedSentenceTokenizer tokenizer,
      LogitsNetwork network,
      NDManager manager,
      int batchSize) {
    this.description = description;
    this.config = config;
    this.tokenizer = tokenizer;
    this.network = network;
    this.manager = manager;
    this.batchSize = batchSize;
  }

  /**
   * Opens a model given as a folder, a Hugging Face cache folder, or a repository id found in the
   * Hugging Face cache ({@code $HF_HUB_CACHE}, {@code $HF_HOME/hub}, or {@code
   * ~/.cache/huggingface/hub}).
   */
  public static DjlRelationClassifier open(String model, ClassifierSettings settings)
      throws ClassificationException {
    OfflineDjl.apply();
    return open(
        ModelFolder.locate(model, System.getenv(), Path.of(System.getProperty("user.home"))),
        settings);
  }

  /**
   * Opens a model folder. Config, tokenizer and weight names and shapes are checked before the
   * engine starts, so a wrong folder fails fast with a one-line reason.
   */
  public static DjlRelationClassifier open(ModelFolder model, ClassifierSettings settings)
      throws ClassificationException {
    OfflineDjl.apply();
    BertConfig config = BertConfig.read(model.config());
    MarkedSentenceTokenizer tokenizer = MarkedSentenceTokenizer.load(model.folder(), config);
    try {
      return model.form() == ModelFolder.Form.SAFETENSORS
          ? openSafetensors(model, config, tokenizer, settings)
          : openTorchScript(model, config, tokenizer, settings);
    } catch (ClassificationException | RuntimeException e) {
      tokenizer.close();
      throw e;
    }
  }

  private static DjlRelationClassifier openSafetensors(
      ModelFolder model,
      BertConfig config,
      MarkedSentenceTokenizer tokenizer,
      ClassifierSettings settings)
      throws ClassificationException {
    String fileName = model.weights().getFileName().toString();
    try (SafetensorsFile file = SafetensorsFile.open(model.weights())) {
      Map<BertCheckpointLayout.Tensor, SafetensorsFile.Entry> tensors =
          BertCheckpointLayout.match(BertCheckpointLayout.of(config), file.entries(), fileName);
      String fingerprint = ModelFingerprint.of(model, file.header());
      Engine engine = TorchRuntime.start(settings.threads());
      TorchRuntime.ChosenDevice device = TorchRuntime.choose(engine, settings.device());
      NDManager manager = engine.newBaseManager(device.device());
      try {
        BertWeights weights = BertWeights.load(file, tensors, manager);
        LogitsNetwork network =
            settings.precision() == Precision.FP32
                ? new BertNetwork(config, weights, manager)
                : ScriptedBertNetwork.lowered(config, weights, manager);
        return new DjlRelationClassifier(
            describe(model, config, device, settings.precision(), fingerprint),
            config,
            tokenizer,
            network,
            manager,
            settings.batchSize());
      } catch (ClassificationException | RuntimeException e) {
        manager.close();
        throw e;
      }
    }
  }

  private static DjlRelationClassifier openTorchScript(
      ModelFolder model,
      BertConfig config,
      MarkedSentenceTokenizer tokenizer,
      ClassifierSettings settings)
      throws ClassificationException {
    if (settings.precision() != Precision.FP32) {
      throw new ClassificationException(
          model.weights().getFileName()
              + ": the "
              + settings.precision().optionName()
              + " fast mode needs the model's model.safetensors; a TorchScript export runs in"
              + " the precision it was saved in (use --precision fp32)");
    }
    String fingerprint = ModelFingerprint.of(model, null);
    Engine engine = TorchRuntime.start(settings.threads());
    TorchRuntime.ChosenDevice device = TorchRuntime.choose(engine, settings.device());
    NDManager manager = engine.newBaseManager(device.device());
    try {
      LogitsNetwork network = TorchScriptNetwork.load(model, config, device.device());
      return new DjlRelationClassifier(
          describe(model, config, device, Precision.FP32, fingerprint),
          config,
          tokenizer,
          network,
          manager,
          settings.batchSize());
    } catch (ClassificationException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  private static ModelDescription describe(
      ModelFolder model,
      BertConfig config,
      TorchRuntime.ChosenDevice device,
      Precision precision,
      String fingerprint) {
    return new ModelDescription(
        model.name(),
        model.folder().toString(),
        config.labels(),
        precision == Precision.FP32
            ? device.description()
            : device.description() + ", " + precision.optionName() + " fast mode",
        config.testModel(),
        fingerprint);
  }

  @Override
  public ModelDescription description() {
    return description;
  }

  /** The model's architecture, as its {@code config.json} gives it. */
  public BertConfig config() {
    return config;
  }

  /** libtorch's intra-op thread count, shared by the whole process. */
  public int threads() {
    return TorchRuntime.threads();
  }

  /** The tokens the model would see for one sentence. */
  public TokenizedSentence tokenize(String markedSentence) throws ClassificationException {
    return tokenizer.encode(markedSentence, 0);
  }

  @Override
  public List<Prediction> classify(List<String> markedSentences, TaskMonitor monitor)
      throws ClassificationException {
    return classifyWithTokens(markedSentences, monitor).stream()
        .map(ClassifiedSentence::prediction)
        .toList();
  }

  /**
   * Predictions with the tokens behind them, in input order.
   *
   * @throws ClassificationException if a sentence lacks a marked entity (the message says which) or
   *     libtorch fails
   * @throws org.relexcurator.task.CancelledException if the monitor was cancelled; checked between
   *     micro-batches
   */
  public List<ClassifiedSentence> classifyWithTokens(
      List<String> markedSentences, TaskMonitor monitor) throws ClassificationException {
    int total = markedSentences.size();
    List<TokenizedSentence> inputs = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      if (i % TOKENIZE_CHECK_INTERVAL == 0) {
        monitor.checkCancelled();
      }
      inputs.add(tokenizer.encode(markedSentences.get(i), i));
    }
    int[] order =
        IntStream.range(0, total)
            .boxed()
            .sorted(Comparator.comparingInt(i -> inputs.get(i).length()))
            .mapToInt(Integer::intValue)
            .toArray();
    ClassifiedSentence[] results = new ClassifiedSentence[total];
    monitor.progress(0, total, "classifying " + total + " sentences");
    for (int from = 0; from < total; from += batchSize) {
      monitor.checkCancelled();
      int[] batch = Arrays.copyOfRange(order, from, Math.min(total, from + batchSize));
      float[][] logits = forward(Arrays.stream(batch).mapToObj(inputs::get).toList());
      for (int row = 0; row < batch.length; row++) {
        double[] values = new double[logits[row].length];
        for (int label = 0; label < values.length; label++) {
          values[label] = logits[row][label];
        }
        results[batch[row]] =
            new ClassifiedSentence(new Prediction(config.labels(), values), inputs.get(batch[row]));
      }
      int done = from + batch.length;
      monitor.progress(done, total, "classified " + done + " of " + total + " sentences");
    }
    return List.of(results);
  }

  private float[][] forward(List<TokenizedSentence> batch) throws ClassificationException {
    int rows = batch.size();
    int length = batch.stream().mapToInt(TokenizedSentence::length).max().orElse(0);
    long[] ids = new long[rows * length];
    long[] mask = new long[rows * length];
    Arrays.fill(ids, config.padTokenId());
    boolean padded = false;
    for (int row = 0; row < rows; row++) {
      TokenizedSentence sentence = batch.get(row);
      for (int i = 0; i < sentence.length(); i++) {
        ids[row * length + i] = sentence.id(i);
        mask[row * length + i] = 1;
      }
      padded |= sentence.length() < length;
    }
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("the classifier was closed");
      }
      try (NDManager scope = manager.newSubManager()) {
        Shape shape = new Shape(rows, length);
        NDArray logits =
            network.logits(scope.create(ids, shape), scope.create(mask, shape), padded);
        float[] flat = logits.toFloatArray();
        int labels = config.labels().size();
        float[][] result = new float[rows][];
        for (int row = 0; row < rows; row++) {
          result[row] = Arrays.copyOfRange(flat, row * labels, (row + 1) * labels);
        }
        return result;
      }
    } catch (RuntimeException e) {
      if (e instanceof IllegalStateException && closed) {
        throw e;
      }
      throw new ClassificationException(
          "libtorch failed on a batch of "
              + rows
              + " sentences of "
              + length
              + " tokens ("
              + MarkedSentenceTokenizer.firstLine(e.getMessage())
              + ")",
          e);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Arrays held by the model's manager: the weights, and nothing a batch left behind. */
  int arraysHeld() {
    return manager.getManagedArrays().size();
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        network.close();
        manager.close();
        tokenizer.close();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
