package org.relexcurator.model;

import java.util.List;
import java.util.Objects;

/**
 * A passage (title, abstract, a section paragraph, a table caption…) as a span of the document
 * text. {@code type} is the file's passage type ({@code title}, {@code abstract}, {@code
 * paragraph}, …) or empty when unknown. Sentences are those the file gives, or those a splitter
 * found ({@link Document#withSentences}); empty when neither has happened yet.
 */
public record Passage(String type, Span span, List<Sentence> sentences, Infons infons) {

  public Passage {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    sentences = List.copyOf(sentences);
    infons = infons == null ? Infons.empty() : infons;
  }

  public Passage(String type, Span span) {
    this(type, span, List.of(), Infons.empty());
  }

  public int offset() {
    return span.start();
  }

  public Passage withSentences(List<Sentence> newSentences) {
    return new Passage(type, span, newSentences, infons);
  }
}
