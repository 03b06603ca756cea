package org.relexcurator.inference.djl;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.util.Map;
import org.relexcurator.inference.ClassificationException;

/**
 * A TorchScript export of the classifier, run by libtorch's interpreter. The module must take
 * {@code (input_ids, attention_mask)} as int64 [batch, length] and return the logits [batch,
 * labels] first, which is what {@code torch.jit.trace(model, (input_ids, attention_mask))} of a
 * transformers model loaded with {@code torchscript=True} produces.
 */
final class TorchScriptNetwork implements LogitsNetwork {

  private final Model model;
  private final int labels;

  private TorchScriptNetwork(Model model, int labels) {
    this.model = model;
    this.labels = labels;
  }

  static TorchScriptNetwork load(ModelFolder folder, BertConfig config, Device device)
      throws ClassificationException {
    String file = folder.weights().getFileName().toString();
    Model model = Model.newInstance(folder.name(), device, TorchRuntime.ENGINE);
    try {
      model.load(
          folder.folder(),
          file.substring(0, file.length() - ".pt".length()),
          Map.of("mapLocation", "true"));
      return new TorchScriptNetwork(model, config.labels().size());
    } catch (IOException | MalformedModelException | RuntimeException e) {
      model.close();
      throw new ClassificationException(
          file
              + ": not a TorchScript module libtorch can load ("
              + MarkedSentenceTokenizer.firstLine(e.getMessage())
              + ")",
          e);
    }
  }

  @Override
  public NDArray logits(NDArray inputIds, NDArray attentionMask, boolean padded) {
    NDList outputs =
        model
            .getBlock()
            .forward(
                new ParameterStore(inputIds.getManager(), false),
                new NDList(inputIds, attentionMask),
                false);
    NDArray logits = outputs.get(0);
    if (logits.getShape().dimension() != 2 || logits.getShape().get(1) != labels) {
      throw new IllegalStateException(
          "the TorchScript module returned "
              + logits.getShape()
              + " first; expected logits [batch, "
              + labels
              + "]");
    }
    return logits;
  }

  @Override
  public void close() {
    model.close();
  }
}
