package org.relexcurator.io.brat;

import java.util.List;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Span;

/**
 * The ways the text column of a discontinuous mention joins its fragments' texts. brat joins them
 * with a single space, which {@link org.relexcurator.io.MentionCheck} accepts; other tools join
 * them with nothing ({@code protein1} for {@code protein} and {@code 1}) or with the document text
 * between the fragments ({@code protein-1}). A text column matches when it is the fragments' texts,
 * in order and whole, with nothing, white space or the text between them in between.
 */
final class DiscontinuousMentionText {

  private DiscontinuousMentionText() {}

  /** Whether every fragment's text is where the stated text puts it, joined in one of the ways. */
  static boolean matches(DocumentText text, List<Span> spans, String stated) {
    if (spans.size() < 2 || !spans.stream().allMatch(text::isValid)) {
      return false;
    }
    return matchesFrom(text, spans, 0, stated, 0);
  }

  private static boolean matchesFrom(
      DocumentText text, List<Span> spans, int fragment, String stated, int at) {
    String fragmentText = text.slice(spans.get(fragment));
    if (!stated.startsWith(fragmentText, at)) {
      return false;
    }
    int end = at + fragmentText.length();
    if (fragment == spans.size() - 1) {
      return end == stated.length();
    }
    String between = text.slice(spans.get(fragment).end(), spans.get(fragment + 1).start());
    int afterWhiteSpace = end;
    while (afterWhiteSpace < stated.length()
        && Character.isWhitespace(stated.charAt(afterWhiteSpace))) {
      afterWhiteSpace++;
    }
    return matchesFrom(text, spans, fragment + 1, stated, end)
        || afterWhiteSpace > end && matchesFrom(text, spans, fragment + 1, stated, afterWhiteSpace)
        || !between.isEmpty()
            && stated.startsWith(between, end)
            && matchesFrom(text, spans, fragment + 1, stated, end + between.length());
  }
}
