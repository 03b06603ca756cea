package org.relexcurator.inference.djl;

/**
 * Multiply-add work of one forward pass, counted as 2 FLOPs per multiply-add: the matrix products
 * of attention (Q, K, V, scores, context, output), the feed-forward pair, pooler and classifier.
 * Embedding lookups, LayerNorm, softmax and activations are left out: they are linear in the length
 * and below 1% of the total for BERT-base.
 */
public final class BertFlops {

  private BertFlops() {}

  /** FLOPs for one sequence of {@code length} tokens. */
  public static double perSequence(BertConfig config, int length) {
    double l = length;
    double h = config.hiddenSize();
    double i = config.intermediateSize();
    double projections = 2 * l * h * h * 4;
    double attention = 2 * l * l * h * 2;
    double feedForward = 2 * l * h * i * 2;
    double head = 2 * h * h + 2 * h * config.labels().size();
    return config.layers() * (projections + attention + feedForward) + head;
  }
}
