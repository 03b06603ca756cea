package org.relexcurator.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The model's output for one marked sentence: its logits and the softmax over all labels, in the
 * label order of the model's {@code id2label}. The top label is the arg-max, as in the Hugging Face
 * pipeline (the model has no per-label thresholds).
 */
public final class Prediction {

  private final List<String> labels;
  private final double[] logits;
  private final double[] probabilities;
  private final int top;

  public Prediction(List<String> labels, double[] logits) {
    this.labels = List.copyOf(labels);
    if (logits.length != this.labels.size()) {
      throw new IllegalArgumentException(
          logits.length + " logits for " + this.labels.size() + " labels");
    }
    this.logits = logits.clone();
    this.probabilities = softmax(logits);
    this.top = argMax(this.logits);
  }

  private static double[] softmax(double[] logits) {
    double max = Arrays.stream(logits).max().orElse(0);
    double[] exp = new double[logits.length];
    double sum = 0;
    for (int i = 0; i < logits.length; i++) {
      exp[i] = Math.exp(logits[i] - max);
      sum += exp[i];
    }
    for (int i = 0; i < exp.length; i++) {
      exp[i] /= sum;
    }
    return exp;
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  public List<String> labels() {
    return labels;
  }

  public double[] logits() {
    return logits.clone();
  }

  public double[] probabilities() {
    return probabilities.clone();
  }

  public String topLabel() {
    return labels.get(top);
  }

  public double topScore() {
    return probabilities[top];
  }

  public double probability(String label) {
    int index = labels.indexOf(label);
    if (index < 0) {
      throw new IllegalArgumentException("unknown label " + label);
    }
    return probabilities[index];
  }

  /** Top probability minus the second: small margins are uncertain predictions. */
  public double margin() {
    double first = 0;
    double second = 0;
    for (double p : probabilities) {
      if (p > first) {
        second = first;
        first = p;
      } else if (p > second) {
        second = p;
      }
    }
    return first - second;
  }

  /** Shannon entropy of the distribution in nats. */
  public double entropy() {
    double h = 0;
    for (double p : probabilities) {
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Prediction other
        && labels.equals(other.labels)
        && Arrays.equals(logits, other.logits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, Arrays.hashCode(logits));
  }

  @Override
  public String toString() {
    return topLabel() + " " + String.format(java.util.Locale.ROOT, "%.3f", topScore());
  }
}
