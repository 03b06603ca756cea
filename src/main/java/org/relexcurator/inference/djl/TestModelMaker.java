package org.relexcurator.inference.djl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.io.AtomicFiles;

/**
 * Writes a random model in exactly the layout of the Hugging Face folder of {@code
 * Glasgow-AI4BioMed/synthetic_relex}: its 16 labels, the BiomedBERT vocabulary plus the four
 * markers (ids 30522–30525), transformers' tensor names, and every tokenizer file. Tests and
 * benchmarks run on it without the real weights; {@code config.json} carries {@value
 * BertConfig#TEST_MODEL_KEY} so that every view of its meaningless scores can say so.
 *
 * <p>Weights are normal(0, std) from a {@link SplittableRandom} through Box–Muller with {@link
 * StrictMath}, so a seed gives the same bytes on every JVM; LayerNorm scales are 1 + normal(0,
 * std). Biases are random too (transformers would start them at zero) so that a forward pass that
 * forgot one would show.
 */
public final class TestModelMaker {

  static final String VOCABULARY_RESOURCE = "biomedbert-vocab.txt";

  /**
   * The size and seed of a test model.
   *
   * @param initStd standard deviation of the random weights; 0.02 is BERT's initialisation, larger
   *     values make activations big enough that a wrong operation changes the logits visibly
   * @param activation {@code hidden_act}; the real model uses GELU
   */
  public record Spec(
      int layers,
      int hidden,
      int heads,
      int intermediate,
      int maxPositions,
      long seed,
      double initStd,
      HiddenActivation activation) {

    /** Small enough for tests on two cores. */
    public static final Spec SMALL = new Spec(2, 64, 4, 128, 512, 42, 0.02, HiddenActivation.GELU);

    public Spec {
      if (layers < 1 || hidden < 1 || heads < 1 || intermediate < 1 || maxPositions < 8) {
        throw new IllegalArgumentException(
            "layers, hidden, heads and intermediate must be"
                + " positive and max positions at least 8");
      }
      if (hidden % heads != 0) {
        throw new IllegalArgumentException(
            "hidden size " + hidden + " is not a multiple of " + heads + " heads");
      }
      if (!(initStd > 0)) {
        throw new IllegalArgumentException("init std must be positive, was " + initStd);
      }
    }
  }

  private TestModelMaker() {}

  /** Writes the model folder, replacing files of the same names. */
  public static void write(Path folder, Spec spec) throws IOException {
    List<String> vocabulary = vocabulary();
    int vocabSize = vocabulary.size() + MarkedSentenceTokenizer.MARKERS.size();
    BertConfig config =
        new BertConfig(
            vocabSize,
            spec.hidden(),
            spec.layers(),
            spec.heads(),
            spec.intermediate(),
            spec.maxPositions(),
            2,
            1e-12,
            spec.activation(),
            0,
            SyntheticRelexLabels.ALL,
            true);
    ObjectMapper json = new ObjectMapper();
    AtomicFiles.writeString(
        folder.resolve(ModelFolder.CONFIG),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(configJson(config, spec)));
    writeWeights(folder.resolve(ModelFolder.SAFETENSORS), config, spec);

    Map<String, Integer> markers = new LinkedHashMap<>();
    for (String marker : MarkedSentenceTokenizer.MARKERS) {
      markers.put(marker, vocabulary.size() + markers.size());
    }
    List<String> specials = new java.util.ArrayList<>(BertTokenizerJson.BERT_SPECIALS);
    specials.addAll(MarkedSentenceTokenizer.MARKERS);
    BertTokenizerJson tokenizer = new BertTokenizerJson(vocabulary, true, markers, specials);
    AtomicFiles.writeString(
        folder.resolve(MarkedSentenceTokenizer.TOKENIZER_JSON), tokenizer.toJson().toString());
    AtomicFiles.writeString(
        folder.resolve(VocabularyTokenizerFiles.VOCAB), String.join("\n", vocabulary) + "\n");
    AtomicFiles.writeString(
        folder.resolve(VocabularyTokenizerFiles.ADDED_TOKENS), json.writeValueAsString(markers));
    ObjectNode specialMap = specialTokens(json);
    AtomicFiles.writeString(
        folder.resolve(VocabularyTokenizerFiles.SPECIAL_TOKENS),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(specialMap));
    ObjectNode tokenizerConfig = specialTokens(json);
    tokenizerConfig.put("do_lower_case", true);
    tokenizerConfig.put("model_max_length", spec.maxPositions());
    tokenizerConfig.put("tokenizer_class", "BertTokenizer");
    AtomicFiles.writeString(
        folder.resolve(VocabularyTokenizerFiles.CONFIG),
        json.writerWithDefaultPrettyPrinter().writeValueAsString(tokenizerConfig));
  }

  private static ObjectNode configJson(BertConfig config, Spec spec) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.putArray("architectures").add(BertConfig.ARCHITECTURE);
    root.put("model_type", "bert");
    root.put("attention_probs_dropout_prob", 0.1);
    root.put("hidden_act", config.activation().configName());
    root.put("hidden_dropout_prob", 0.1);
    root.put("hidden_size", config.hiddenSize());
    ObjectNode id2label = root.putObject("id2label");
    ObjectNode label2id = root.putObject("label2id");
    for (int i = 0; i < config.labels().size(); i++) {
      id2label.put(Integer.toString(i), config.labels().get(i));
      label2id.put(config.labels().get(i), i);
    }
    root.put("initializer_range", spec.initStd());
    root.put("intermediate_size", config.intermediateSize());
    root.put("layer_norm_eps", config.layerNormEps());
    root.put("max_position_embeddings", config.maxPositions());
    root.put("num_attention_heads", config.heads());
    root.put("num_hidden_layers", config.layers());
    root.put("pad_token_id", config.padTokenId());
    root.put("position_embedding_type", "absolute");
    root.put("torch_dtype", "float32");
    root.put("type_vocab_size", config.typeVocabSize());
    root.put("vocab_size", config.vocabSize());
    root.put(BertConfig.TEST_MODEL_KEY, true);
    root.put("relex_test_model_seed", spec.seed());
    return root;
  }

  private static void writeWeights(Path file, BertConfig config, Spec spec) throws IOException {
    List<BertCheckpointLayout.Tensor> layout = BertCheckpointLayout.of(config);
    Map<String, BertCheckpointLayout.Role> roles = new LinkedHashMap<>();
    layout.forEach(t -> roles.put(t.name(), t.role()));
    List<SafetensorsWriter.Tensor> tensors =
        layout.stream().map(t -> new SafetensorsWriter.Tensor(t.name(), t.shape())).toList();
    NormalSamples normal = new NormalSamples(new SplittableRandom(spec.seed()));
    float std = (float) spec.initStd();
    AtomicFiles.write(
        file,
        out ->
            SafetensorsWriter.write(
                out,
                tensors,
                tensor ->
                    switch (roles.get(tensor.name())) {
                      case NORM_SCALE -> () -> 1f + std * normal.next();
                      case MATRIX, BIAS, NORM_SHIFT -> () -> std * normal.next();
                    }));
  }

  private static ObjectNode specialTokens(ObjectMapper json) {
    ObjectNode node = json.createObjectNode();
    node.put("cls_token", "[CLS]");
    node.put("mask_token", "[MASK]");
    node.put("pad_token", "[PAD]");
    node.put("sep_token", "[SEP]");
    node.put("unk_token", "[UNK]");
    MarkedSentenceTokenizer.MARKERS.forEach(node.putArray("additional_special_tokens")::add);
    return node;
  }

  /** The BiomedBERT vocabulary shipped with the program. */
  static List<String> vocabulary() {
    try (InputStream in = TestModelMaker.class.getResourceAsStream(VOCABULARY_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(VOCABULARY_RESOURCE + " is missing from the program");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return List.of(text.split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Standard normal samples by the Box–Muller transform, identical on every JVM. */
  private static final class NormalSamples {

    private final SplittableRandom random;
    private float spare;
    private boolean hasSpare;

    NormalSamples(SplittableRandom random) {
      this.random = random;
    }

    float next() {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - random.nextDouble()));
      double angle = 2 * StrictMath.PI * random.nextDouble();
      spare = (float) (radius * StrictMath.sin(angle));
      hasSpare = true;
      return (float) (radius * StrictMath.cos(angle));
    }
  }
}
