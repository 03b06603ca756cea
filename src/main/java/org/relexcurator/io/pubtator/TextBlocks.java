package org.relexcurator.io.pubtator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;

/**
 * Where the PubTator writer cuts a document's text so that the reader puts every character back in
 * its place: at the character just before each passage after the first, where that character is a
 * space, a tab or a line break (a gap between passages, which BioC full texts fill with spaces).
 * The reader puts one space there, between a title and its abstract or between two blocks. Passages
 * that follow the one before without such a character stay in its piece.
 */
final class TextBlocks {

  /** Characters that may stand where the reader puts the space between two pieces. */
  private static final Pattern SEPARATOR = Pattern.compile("[ \\t\\r\\n]");

  private TextBlocks() {}

  /** The pieces of the text, in order; together with one character between each two, all of it. */
  static List<Span> pieces(Document document) {
    DocumentText text = document.text();
    List<Passage> passages = new ArrayList<>(document.passages());
    passages.sort(Comparator.comparing(Passage::span));
    List<Span> pieces = new ArrayList<>();
    int pieceStart = 0;
    for (Passage passage : passages.subList(Math.min(1, passages.size()), passages.size())) {
      int cut = passage.offset() - 1;
      if (cut >= pieceStart
          && cut < text.length()
          && SEPARATOR.matcher(text.slice(cut, cut + 1)).matches()) {
        pieces.add(new Span(pieceStart, cut));
        pieceStart = cut + 1;
      }
    }
    pieces.add(new Span(pieceStart, text.length()));
    return pieces;
  }
}
