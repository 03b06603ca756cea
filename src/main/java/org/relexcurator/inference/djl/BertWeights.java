package org.relexcurator.inference.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.inference.ClassificationException;

/** The parameters of a BERT sequence classifier as NDArrays on the model's device. */
final class BertWeights {

  /** A linear layer: {@code y = x W^T + b} with {@code W} stored [out, in] as in PyTorch. */
  record Dense(NDArray weight, NDArray bias) {}

  /** A LayerNorm's scale and shift. */
  record Norm(NDArray scale, NDArray shift) {}

  /**
   * One encoder layer. Query, key and value are stacked into one [3 x hidden, hidden] matrix: one
   * matrix product instead of three computes the same dot products, faster for short inputs.
   */
  record Layer(
      Dense queryKeyValue,
      Dense attentionOutput,
      Norm attentionNorm,
      Dense intermediate,
      Dense output,
      Norm outputNorm) {}

  final NDArray wordEmbeddings;
  final NDArray positionEmbeddings;

  /** Row 0 of the token-type table: every token of a single sentence has type 0. */
  final NDArray tokenTypeZero;

  final Norm embeddingNorm;
  final List<Layer> layers;
  final Dense pooler;
  final Dense classifier;

  private BertWeights(Map<String, NDArray> byName, int layerCount) {
    String e = "bert.embeddings.";
    wordEmbeddings = byName.get(e + "word_embeddings.weight");
    positionEmbeddings = byName.get(e + "position_embeddings.weight");
    tokenTypeZero = byName.get(e + "token_type_embeddings.weight").get(0);
    embeddingNorm = norm(byName, e + "LayerNorm");
    List<Layer> list = new ArrayList<>();
    for (int i = 0; i < layerCount; i++) {
      String p = "bert.encoder.layer." + i + ".";
      list.add(
          new Layer(
              stacked(byName, p + "attention.self.", List.of("query", "key", "value")),
              dense(byName, p + "attention.output.dense"),
              norm(byName, p + "attention.output.LayerNorm"),
              dense(byName, p + "intermediate.dense"),
              dense(byName, p + "output.dense"),
              norm(byName, p + "output.LayerNorm")));
    }
    layers = List.copyOf(list);
    pooler = dense(byName, "bert.pooler.dense");
    classifier = dense(byName, "classifier");
  }

  /**
   * Reads the tensors that {@link BertCheckpointLayout#match} found and checked; the arrays belong
   * to {@code manager}, whose device decides where they live.
   */
  static BertWeights load(
      SafetensorsFile file,
      Map<BertCheckpointLayout.Tensor, SafetensorsFile.Entry> matched,
      NDManager manager)
      throws ClassificationException {
    Map<String, NDArray> byName = new HashMap<>();
    for (var tensor : matched.entrySet()) {
      long[] shape = tensor.getKey().shape().stream().mapToLong(Long::longValue).toArray();
      NDArray array =
          manager.create(file.readFloat32(tensor.getValue()), new Shape(shape), DataType.FLOAT32);
      byName.put(tensor.getKey().name(), array);
    }
    int layers =
        (int)
            matched.keySet().stream()
                .filter(t -> t.name().endsWith("attention.self.query.weight"))
                .count();
    return new BertWeights(byName, layers);
  }

  /**
   * Every tensor in the order {@code src/main/torchscript/bert_encoder.py} takes them: embeddings
   * (word, position, token type 0, norm scale and shift), twelve per layer (query-key-value,
   * attention output, its norm, intermediate, output, its norm), then pooler and classifier.
   */
  List<NDArray> inOrder() {
    List<NDArray> list = new ArrayList<>();
    list.addAll(
        List.of(
            wordEmbeddings,
            positionEmbeddings,
            tokenTypeZero,
            embeddingNorm.scale(),
            embeddingNorm.shift()));
    for (Layer layer : layers) {
      for (Dense dense : List.of(layer.queryKeyValue(), layer.attentionOutput())) {
        list.add(dense.weight());
        list.add(dense.bias());
      }
      list.add(layer.attentionNorm().scale());
      list.add(layer.attentionNorm().shift());
      for (Dense dense : List.of(layer.intermediate(), layer.output())) {
        list.add(dense.weight());
        list.add(dense.bias());
      }
      list.add(layer.outputNorm().scale());
      list.add(layer.outputNorm().shift());
    }
    list.addAll(List.of(pooler.weight(), pooler.bias(), classifier.weight(), classifier.bias()));
    return list;
  }

  private static Dense dense(Map<String, NDArray> byName, String prefix) {
    return new Dense(byName.get(prefix + ".weight"), byName.get(prefix + ".bias"));
  }

  /** The parts' weights and biases concatenated along the output axis; the parts are freed. */
  private static Dense stacked(Map<String, NDArray> byName, String prefix, List<String> parts) {
    NDList weights = new NDList();
    NDList biases = new NDList();
    for (String part : parts) {
      Dense dense = dense(byName, prefix + part);
      weights.add(dense.weight());
      biases.add(dense.bias());
    }
    Dense stacked = new Dense(NDArrays.concat(weights, 0), NDArrays.concat(biases, 0));
    weights.close();
    biases.close();
    return stacked;
  }

  private static Norm norm(Map<String, NDArray> byName, String prefix) {
    return new Norm(byName.get(prefix + ".weight"), byName.get(prefix + ".bias"));
  }
}
