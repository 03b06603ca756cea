package org.relexcurator.inference.djl;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the model saw of one sentence.
 *
 * @param tokens the tokens, from {@code [CLS]} to {@code [SEP]}
 * @param fullLength how many tokens the whole sentence has; more than {@code tokens.size()} when it
 *     was longer than the model's limit and a window around the marked entities was cut (see {@link
 *     TokenWindow})
 */
public record TokenizedSentence(List<String> tokens, long[] ids, int fullLength) {

  public TokenizedSentence {
    tokens = List.copyOf(tokens);
    ids = ids.clone();
    if (tokens.size() != ids.length) {
      throw new IllegalArgumentException(tokens.size() + " tokens for " + ids.length + " ids");
    }
  }

  @Override
  public long[] ids() {
    return ids.clone();
  }

  public int length() {
    return ids.length;
  }

  /** True when the sentence was too long and only a window of it was classified. */
  public boolean windowed() {
    return fullLength > ids.length;
  }

  long id(int position) {
    return ids[position];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenizedSentence other
        && tokens.equals(other.tokens)
        && Arrays.equals(ids, other.ids)
        && fullLength == other.fullLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tokens, Arrays.hashCode(ids), fullLength);
  }

  @Override
  public String toString() {
    return String.join(" ", tokens) + (windowed() ? " (window of " + fullLength + ")" : "");
  }
}
