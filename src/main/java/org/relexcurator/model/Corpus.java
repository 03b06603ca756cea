package org.relexcurator.model;

import java.util.List;
import java.util.Objects;

/** What reading one input gave: its documents, in file order, and the problems met on the way. */
public record Corpus(
    String source, String format, List<Document> documents, List<Problem> problems) {

  public Corpus {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
