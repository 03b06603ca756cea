package org.relexcurator.ui.document;

/** A half-open range {@code [start, end)} of the displayed text, in UTF-16 positions. */
public record TextRange(int start, int end) {

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int position) {
    return start <= position && position < end;
  }

  public boolean overlaps(TextRange other) {
    return start < other.end && other.start < end;
  }
}
