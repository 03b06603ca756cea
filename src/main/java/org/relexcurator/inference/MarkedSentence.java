package org.relexcurator.inference;

import java.util.List;
import org.relexcurator.model.MarkedText;
import org.relexcurator.model.Span;

/**
 * A candidate pair's sentence as the model reads it.
 *
 * @param text the sentence with {@code [E1]…[/E1]} and {@code [E2]…[/E2]}, the model's input
 * @param sentence where the sentence lies in the document
 * @param markup the plain sentence and the marked ranges, in code points of the sentence
 */
public record MarkedSentence(String text, Span sentence, MarkedText markup) {

  /** The ranges marked E1, in code points of the document, for display. */
  public List<Span> firstInDocument() {
    return markup.first().stream().map(s -> s.shift(sentence.start())).toList();
  }

  /** The ranges marked E2, in code points of the document, for display. */
  public List<Span> secondInDocument() {
    return markup.second().stream().map(s -> s.shift(sentence.start())).toList();
  }
}
