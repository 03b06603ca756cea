package org.relexcurator.inference.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValue;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.InputStream;
import org.relexcurator.inference.ClassificationException;

/**
 * The BERT forward pass as one call into the project's own TorchScript program ({@code
 * src/main/torchscript/bert_encoder.py}, shipped as {@code bert_encoder.pt}). The program takes the
 * weights as a list argument, so the model's safetensors file stays the only copy of them; in
 * {@link Precision#BF16} its {@code lower} method turns the matrices into bfloat16 once, at load,
 * which DJL cannot do itself (its own bfloat16 cast aborts the JVM).
 */
final class ScriptedBertNetwork implements LogitsNetwork {

  static final String PROGRAM = "bert_encoder.pt";

  private final PtSymbolBlock program;
  private final IValue weights;
  private final NDManager modelManager;
  private final IValue heads;
  private final IValue eps;
  private final IValue activation;

  private ScriptedBertNetwork(
      PtSymbolBlock program, IValue weights, BertConfig config, NDManager modelManager) {
    this.program = program;
    this.weights = weights;
    this.modelManager = modelManager;
    this.heads = IValue.from(config.heads());
    this.eps = IValue.from(config.layerNormEps());
    this.activation = IValue.from(config.activation().configName());
  }

  /**
   * Loads the program on the weights' device and gives it their bfloat16 form; the float32 arrays
   * are freed.
   */
  static ScriptedBertNetwork lowered(BertConfig config, BertWeights weights, NDManager modelManager)
      throws ClassificationException {
    PtSymbolBlock program;
    try (InputStream in = ScriptedBertNetwork.class.getResourceAsStream(PROGRAM)) {
      if (in == null) {
        throw new IllegalStateException(PROGRAM + " is missing from the program");
      }
      program = JniUtils.loadModule((PtNDManager) modelManager, in, true, false);
    } catch (IOException | RuntimeException e) {
      throw new ClassificationException(
          "libtorch could not load its BERT program "
              + PROGRAM
              + " ("
              + MarkedSentenceTokenizer.firstLine(e.getMessage())
              + ")",
          e);
    }
    PtNDArray[] list =
        weights.inOrder().stream().map(PtNDArray.class::cast).toArray(PtNDArray[]::new);
    IValue lowered;
    try (IValue asGiven = IValue.listFrom(list)) {
      lowered = IValueUtils.runMethod(program, "lower", asGiven);
    } catch (RuntimeException e) {
      program.close();
      throw new ClassificationException(
          "libtorch could not convert the weights to bfloat16 ("
              + MarkedSentenceTokenizer.firstLine(e.getMessage())
              + ")",
          e);
    }
    // The lowered list holds copies of everything (bfloat16 matrices, float32 norms and
    // embeddings) in memory libtorch owns; DJL's arrays live in buffers that closing them frees.
    weights.inOrder().forEach(NDArray::close);
    return new ScriptedBertNetwork(program, lowered, config, modelManager);
  }

  @Override
  public NDArray logits(NDArray inputIds, NDArray attentionMask, boolean padded) {
    PtNDManager batch = (PtNDManager) inputIds.getManager();
    try (IValue ids = IValue.from((PtNDArray) inputIds);
        IValue mask = IValue.from((PtNDArray) attentionMask);
        IValue isPadded = IValue.from(padded);
        IValue logits = program.forward(ids, mask, weights, heads, eps, activation, isPadded)) {
      return logits.toTensor(batch);
    }
  }

  @Override
  public void close() {
    weights.close();
    heads.close();
    eps.close();
    activation.close();
    program.close();
    modelManager.close();
  }
}
