package org.relexcurator.model;

/**
 * A marked sentence whose {@code [E1]…[/E1]} / {@code [E2]…[/E2]} markup is not well formed: a
 * marker that is never closed, closes nothing, closes across another, marks no text, or is not one
 * of the four the model knows. The message says which marker and where, for a person.
 */
public class MalformedMarkupException extends Exception {

  private final int column;

  public MalformedMarkupException(String message, int column) {
    super(message);
    this.column = column;
  }

  /** 1-based code point position of the offending marker in the marked sentence. */
  public int column() {
    return column;
  }
}
