package org.relexcurator.curation.export;

/** Why a line of a JSONL file cannot be used; becomes a problem of that line. */
public final class BadLine extends Exception {

  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String found;

  public BadLine(String message, String expected, String found) {
    super(message);
    this.expected = expected;
    this.found = found;
  }

  /** What the line should have held there, or null. */
  public String expected() {
    return expected;
  }

  /** What it held instead, or null. */
  public String found() {
    return found;
  }
}
