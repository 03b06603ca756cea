package org.relexcurator.model;

/** A half-open range {@code [start, end)} of code points in a document's text. */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Overlapping without either containing the other: such spans cannot nest as markup. */
  public boolean crosses(Span other) {
    return overlaps(other) && !contains(other) && !other.contains(this);
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(other.end, end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
