package org.relexcurator.ui.queue;

import java.util.Objects;

/**
 * One entry of a filter's drop-down: either "any" (no value), or a value the rows must have.
 *
 * @param value the value rows must equal, or {@code null} for any
 * @param text what the drop-down shows
 */
public record Choice<T>(T value, String text) {

  public Choice {
    Objects.requireNonNull(text, "text");
  }

  public static <T> Choice<T> any(String text) {
    return new Choice<>(null, text);
  }

  public static <T> Choice<T> of(T value) {
    return new Choice<>(value, value.toString());
  }

  public boolean isAny() {
    return value == null;
  }

  boolean accepts(T rowValue) {
    return value == null || value.equals(rowValue);
  }

  @Override
  public String toString() {
    return text;
  }
}
