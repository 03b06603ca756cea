package org.relexcurator.inference.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;

/**
 * The forward pass of transformers' {@code BertForSequenceClassification} in inference mode,
 * written with DJL NDArray operations that map one-to-one onto the libtorch calls PyTorch makes
 * (embedding, linear, layer_norm, matmul, softmax, gelu, tanh), in the same order, so that the
 * logits agree with transformers to float32 rounding. One liberty: query, key and value come from
 * one stacked matrix product (see {@link BertWeights.Layer}).
 *
 * <p>Memory: every operation's result belongs to the manager of its left operand. Each step
 * therefore starts from a per-batch array (never from a weight), and each encoder layer runs in its
 * own sub-manager that is closed as soon as the layer's output has moved out, so a batch holds at
 * most one layer's intermediates at a time.
 */
final class BertNetwork implements LogitsNetwork {

  /** transformers masks padding with {@code torch.finfo(float32).min}, not minus infinity. */
  private static final float MASKED = -Float.MAX_VALUE;

  private final BertConfig config;
  private final BertWeights weights;
  private final NDManager modelManager;
  private final Shape hiddenShape;
  private final float attentionScale;

  BertNetwork(BertConfig config, BertWeights weights, NDManager modelManager) {
    this.config = config;
    this.weights = weights;
    this.modelManager = modelManager;
    this.hiddenShape = new Shape(config.hiddenSize());
    this.attentionScale = (float) Math.sqrt(config.headSize());
  }

  @Override
  public NDArray logits(NDArray inputIds, NDArray attentionMask, boolean padded) {
    NDArray hidden = embeddings(inputIds);
    NDArray additiveMask = padded ? additiveMask(attentionMask) : null;
    for (BertWeights.Layer layer : weights.layers) {
      hidden = encoderLayer(hidden, additiveMask, layer);
    }
    NDArray first = hidden.get(":, 0, :");
    NDArray pooled = dense(first, weights.pooler).tanh();
    return dense(pooled, weights.classifier);
  }

  private NDArray embeddings(NDArray inputIds) {
    NDManager batch = inputIds.getManager();
    long length = inputIds.getShape().get(1);
    NDArray words =
        Embedding.embedding(inputIds, weights.wordEmbeddings, SparseFormat.DENSE)
            .singletonOrThrow();
    NDArray positionIds = batch.arange(0, (int) length, 1, DataType.INT64);
    NDArray positions =
        Embedding.embedding(positionIds, weights.positionEmbeddings, SparseFormat.DENSE)
            .singletonOrThrow();
    // transformers adds word + token type first, then position.
    NDArray sum = words.add(weights.tokenTypeZero).add(positions);
    return norm(sum, weights.embeddingNorm);
  }

  /** [batch, 1, 1, length]: 0 where attended, float32 min where padded, as transformers does. */
  private NDArray additiveMask(NDArray attentionMask) {
    return attentionMask
        .eq(0)
        .toType(DataType.FLOAT32, false)
        .mul(MASKED)
        .expandDims(1)
        .expandDims(1);
  }

  private NDArray encoderLayer(NDArray input, NDArray additiveMask, BertWeights.Layer layer) {
    NDManager outer = input.getManager();
    try (NDManager scope = outer.newSubManager()) {
      input.attach(scope);
      long batch = input.getShape().get(0);
      long length = input.getShape().get(1);
      NDList queryKeyValue = dense(input, layer.queryKeyValue()).split(3, 2);
      NDArray query = splitHeads(queryKeyValue.get(0), batch, length);
      NDArray key = splitHeads(queryKeyValue.get(1), batch, length);
      NDArray value = splitHeads(queryKeyValue.get(2), batch, length);
      NDArray scores = query.matMul(key.transpose(0, 1, 3, 2)).div(attentionScale);
      if (additiveMask != null) {
        scores = scores.add(additiveMask);
      }
      NDArray context =
          scores
              .softmax(-1)
              .matMul(value)
              .transpose(0, 2, 1, 3)
              .reshape(batch, length, config.hiddenSize());
      NDArray attended =
          norm(dense(context, layer.attentionOutput()).add(input), layer.attentionNorm());
      NDArray inner = config.activation().apply(dense(attended, layer.intermediate()));
      NDArray output = norm(dense(inner, layer.output()).add(attended), layer.outputNorm());
      output.attach(outer);
      return output;
    }
  }

  private NDArray splitHeads(NDArray x, long batch, long length) {
    return x.reshape(batch, length, config.heads(), config.headSize()).transpose(0, 2, 1, 3);
  }

  private static NDArray dense(NDArray x, BertWeights.Dense dense) {
    return Linear.linear(x, dense.weight(), dense.bias()).singletonOrThrow();
  }

  private NDArray norm(NDArray x, BertWeights.Norm norm) {
    return LayerNorm.layerNorm(
            x, hiddenShape, norm.scale(), norm.shift(), (float) config.layerNormEps())
        .singletonOrThrow();
  }

  @Override
  public void close() {
    modelManager.close();
  }
}
