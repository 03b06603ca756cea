package org.relexcurator.io.brat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;

/**
 * brat has no passages, only a text whose lines its own tools treat as sentences. A passage
 * boundary must survive a round trip all the same: sentences never cross passages, so a PubTator
 * title and abstract joined into one sentence give pairs that the PubTator file never had.
 *
 * <p>The writer therefore breaks the line where a passage ends: the first character of the gap
 * between two passages, a filler space, becomes a line break, so every offset still addresses the
 * same character. The reader ends a passage at each line break after a sentence end ({@code .},
 * {@code !} or {@code ?}, perhaps followed by closing brackets or quotes). That keeps a title
 * ending in a period apart from an abstract that starts in lower case ({@code …thrombosis.\nvon
 * Willebrand factor…}), which the sentence splitter would join; other line breaks are left to the
 * splitter, which ends sentences there unless the next line goes on in lower case, so that
 * hard-wrapped lines stay one sentence. A line break inside a mention never ends a passage.
 */
final class BratPassages {

  /** The type of every passage read from brat: a stretch of the text. */
  static final String PASSAGE_TYPE = "text";

  private static final Pattern SENTENCE_END_AT_LINE_END =
      Pattern.compile("[.!?][)\\]}\"'\u2019\u201d]*[ \\t]*(?:\r\n|\r|\n)");

  private BratPassages() {}

  /** The text to write to the {@code .txt} file: the document's, with passage gaps broken. */
  static String textWithLineBreaks(Document document) {
    DocumentText text = document.text();
    StringBuilder out = new StringBuilder(text.value());
    List<Passage> passages = document.passages();
    for (int i = 1; i < passages.size(); i++) {
      int gapStart = passages.get(i - 1).span().end();
      int gapEnd = passages.get(i).span().start();
      if (gapStart < gapEnd
          && text.slice(gapStart, gapEnd).isBlank()
          && text.slice(gapStart, gapEnd).chars().noneMatch(BratPassages::isLineBreak)) {
        out.setCharAt(text.toUtf16(gapStart), '\n');
      }
    }
    return out.toString();
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r';
  }

  /**
   * The passages of a text read from brat: stretches that together cover the whole text, each
   * ending after a line that ends a sentence.
   */
  static List<Passage> of(DocumentText text, Collection<Entity> entities) {
    String value = text.value();
    int lastVisible = value.length();
    while (lastVisible > 0 && Character.isWhitespace(value.charAt(lastVisible - 1))) {
      lastVisible--;
    }
    List<Passage> passages = new ArrayList<>();
    int start = 0;
    Matcher end = SENTENCE_END_AT_LINE_END.matcher(value);
    while (end.find() && end.end() < lastVisible) {
      int boundary = text.toCodePoint(end.end());
      if (entities.stream().noneMatch(e -> e.start() < boundary && boundary < e.end())) {
        passages.add(new Passage(PASSAGE_TYPE, new Span(start, boundary)));
        start = boundary;
      }
    }
    passages.add(new Passage(PASSAGE_TYPE, new Span(start, text.length())));
    return passages;
  }
}
