package org.relexcurator.inference.djl;

import ai.djl.ndarray.NDArray;

/** A network that maps a padded batch of token ids to one row of label logits per sequence. */
interface LogitsNetwork extends AutoCloseable {

  /**
   * Computes logits. Every array it makes belongs to the manager of {@code inputIds}, so closing
   * that manager frees the whole batch.
   *
   * @param inputIds int64 [batch, length]
   * @param attentionMask int64 [batch, length], 1 for tokens and 0 for padding
   * @param padded whether any mask entry is 0
   * @return float32 [batch, labels]
   */
  NDArray logits(NDArray inputIds, NDArray attentionMask, boolean padded);

  @Override
  void close();
}
