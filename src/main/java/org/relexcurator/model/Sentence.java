package org.relexcurator.model;

/** A sentence of a passage, by its span in the document text. */
public record Sentence(Span span) {

  public static Sentence of(int start, int end) {
    return new Sentence(new Span(start, end));
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public boolean contains(Span other) {
    return span.contains(other);
  }
}
