package org.relexcurator.inference.djl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relexcurator.inference.ClassificationException;

/**
 * The tensors of a {@code BertForSequenceClassification} checkpoint, named as transformers writes
 * them, with the shapes its {@code config.json} implies. Reading checks a file against it; {@link
 * TestModelMaker} writes it.
 */
final class BertCheckpointLayout {

  /** What a tensor is, which decides how a random test model initialises it. */
  enum Role {
    MATRIX,
    BIAS,
    NORM_SCALE,
    NORM_SHIFT
  }

  /**
   * One expected tensor.
   *
   * @param dims the shape in config terms, for messages ({@code intermediate_size x hidden_size})
   */
  record Tensor(String name, List<Long> shape, String dims, Role role) {

    Tensor {
      shape = List.copyOf(shape);
    }

    /** Names transformers accepts for it: old TensorFlow ports call LayerNorm's gamma, beta. */
    List<String> acceptedNames() {
      return switch (role) {
        case NORM_SCALE -> List.of(name, name.replaceFirst("\\.weight$", ".gamma"));
        case NORM_SHIFT -> List.of(name, name.replaceFirst("\\.bias$", ".beta"));
        default -> List.of(name);
      };
    }
  }

  private BertCheckpointLayout() {}

  static List<Tensor> of(BertConfig config) {
    long hidden = config.hiddenSize();
    long inner = config.intermediateSize();
    List<Tensor> tensors = new ArrayList<>();
    String e = "bert.embeddings.";
    tensors.add(
        matrix(
            e + "word_embeddings.weight", config.vocabSize(), hidden, "vocab_size x hidden_size"));
    tensors.add(
        matrix(
            e + "position_embeddings.weight",
            config.maxPositions(),
            hidden,
            "max_position_embeddings x hidden_size"));
    tensors.add(
        matrix(
            e + "token_type_embeddings.weight",
            config.typeVocabSize(),
            hidden,
            "type_vocab_size x hidden_size"));
    addNorm(tensors, e + "LayerNorm", hidden);
    for (int i = 0; i < config.layers(); i++) {
      String layer = "bert.encoder.layer." + i + ".";
      for (String part : List.of("query", "key", "value")) {
        addDense(
            tensors, layer + "attention.self." + part, hidden, hidden, "hidden_size x hidden_size");
      }
      addDense(
          tensors, layer + "attention.output.dense", hidden, hidden, "hidden_size x hidden_size");
      addNorm(tensors, layer + "attention.output.LayerNorm", hidden);
      addDense(
          tensors, layer + "intermediate.dense", inner, hidden, "intermediate_size x hidden_size");
      addDense(tensors, layer + "output.dense", hidden, inner, "hidden_size x intermediate_size");
      addNorm(tensors, layer + "output.LayerNorm", hidden);
    }
    addDense(tensors, "bert.pooler.dense", hidden, hidden, "hidden_size x hidden_size");
    addDense(
        tensors, "classifier", config.labels().size(), hidden, "labels in id2label x hidden_size");
    return List.copyOf(tensors);
  }

  /**
   * Finds every expected tensor in the file's header and checks its shape, before any data is read,
   * so a wrong file fails fast with the first mismatch.
   */
  static Map<Tensor, SafetensorsFile.Entry> match(
      List<Tensor> layout, Map<String, SafetensorsFile.Entry> entries, String fileName)
      throws ClassificationException {
    Map<Tensor, SafetensorsFile.Entry> matched = new java.util.LinkedHashMap<>();
    for (Tensor tensor : layout) {
      Optional<SafetensorsFile.Entry> found =
          tensor.acceptedNames().stream()
              .map(entries::get)
              .filter(java.util.Objects::nonNull)
              .findFirst();
      if (found.isEmpty()) {
        throw new ClassificationException(
            fileName
                + ": no tensor "
                + tensor.name()
                + "; expected every tensor of a "
                + BertConfig.ARCHITECTURE
                + " as transformers"
                + " names them");
      }
      SafetensorsFile.Entry entry = found.get();
      if (!entry.shape().equals(tensor.shape())) {
        throw new ClassificationException(
            fileName
                + ": tensor "
                + entry.name()
                + " has shape "
                + entry.shape()
                + ", expected "
                + tensor.shape()
                + " ("
                + tensor.dims()
                + " from config.json)");
      }
      if (SafetensorsFile.ElementType.byName(entry.dtype()).isEmpty()) {
        throw new ClassificationException(
            fileName
                + ": tensor "
                + entry.name()
                + " has dtype "
                + entry.dtype()
                + "; expected F32, F16 or BF16");
      }
      matched.put(tensor, entry);
    }
    return matched;
  }

  private static Tensor matrix(String name, long rows, long columns, String dims) {
    return new Tensor(name, List.of(rows, columns), dims, Role.MATRIX);
  }

  private static void addDense(
      List<Tensor> tensors, String prefix, long out, long in, String dims) {
    tensors.add(matrix(prefix + ".weight", out, in, dims));
    tensors.add(new Tensor(prefix + ".bias", List.of(out), dims.split(" x ")[0], Role.BIAS));
  }

  private static void addNorm(List<Tensor> tensors, String prefix, long hidden) {
    tensors.add(new Tensor(prefix + ".weight", List.of(hidden), "hidden_size", Role.NORM_SCALE));
    tensors.add(new Tensor(prefix + ".bias", List.of(hidden), "hidden_size", Role.NORM_SHIFT));
  }
}
