package org.relexcurator.inference;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MarkedText;
import org.relexcurator.model.Span;

/**
 * Puts the model's markers into a candidate pair's sentence. A discontinuous mention is marked over
 * its extent, from its first fragment's start to its last fragment's end, and in {@link
 * MarkerMode#ALL_OCCURRENCES} its surface string is the text of that extent.
 */
public final class EntityMarker {

  private EntityMarker() {}

  /**
   * The marked sentence for a pair.
   *
   * @throws IllegalArgumentException if a mention lies outside the pair's sentence
   */
  public static MarkedSentence mark(Document document, CandidatePair pair, MarkerMode mode) {
    Span sentence = pair.sentence().span();
    String sentenceText = document.text().slice(sentence);
    MarkedText markup =
        switch (mode) {
          case EXACT ->
              MarkedText.of(
                  sentenceText, within(sentence, pair.first()), within(sentence, pair.second()));
          case ALL_OCCURRENCES -> {
            DocumentText text = new DocumentText(sentenceText);
            yield new MarkedText(
                sentenceText,
                occurrences(text, document.text().slice(pair.first().extent())),
                occurrences(text, document.text().slice(pair.second().extent())));
          }
        };
    return new MarkedSentence(markup.render(), sentence, markup);
  }

  private static Span within(Span sentence, Entity entity) {
    if (!sentence.contains(entity.extent())) {
      throw new IllegalArgumentException(
          "mention "
              + entity.id()
              + " at "
              + entity.extent()
              + " lies outside its pair's sentence "
              + sentence);
    }
    return entity.extent().shift(-sentence.start());
  }

  /**
   * Where Python's {@code str.replace} would replace {@code needle}: case-sensitive,
   * non-overlapping, left to right. This may miss the chosen mention itself when an earlier
   * occurrence overlaps it ({@code aa} in {@code aaa}), as it did in training.
   */
  static List<Span> occurrences(DocumentText text, String needle) {
    List<Span> found = new ArrayList<>();
    int length = needle.codePointCount(0, needle.length());
    if (length == 0) {
      return found;
    }
    for (int at = text.indexOf(needle, 0); at >= 0; at = text.indexOf(needle, at + length)) {
      found.add(new Span(at, at + length));
    }
    return found;
  }
}
