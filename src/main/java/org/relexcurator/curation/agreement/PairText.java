package org.relexcurator.curation.agreement;

import java.util.List;
import java.util.Optional;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.MalformedMarkupException;
import org.relexcurator.model.MarkedText;
import org.relexcurator.model.Span;

/**
 * What a person reads to recognise a pair: E1's and E2's words and the sentence the model read.
 *
 * @param e1 E1's text (its first occurrence where every occurrence was marked)
 * @param e2 E2's text
 * @param sentence the sentence without markers
 */
public record PairText(String e1, String e2, String sentence) {

  /** The text of a stored pair, read from its marked sentence; empty if the markup is broken. */
  public static Optional<PairText> of(StoredPair pair) {
    try {
      MarkedText marked = MarkedText.parse(pair.markedText());
      if (marked.first().isEmpty() || marked.second().isEmpty()) {
        return Optional.empty();
      }
      String plain = marked.plainText();
      return Optional.of(
          new PairText(words(plain, marked.first()), words(plain, marked.second()), plain));
    } catch (MalformedMarkupException e) {
      return Optional.empty();
    }
  }

  private static String words(String text, List<Span> spans) {
    Span span = spans.get(0);
    return text.substring(
        text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
  }
}
