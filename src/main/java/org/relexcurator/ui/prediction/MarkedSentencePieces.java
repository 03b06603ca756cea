package org.relexcurator.ui.prediction;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.MarkedText;
import org.relexcurator.ui.prediction.SentencePiece.Role;

/**
 * Cuts the model's input string into styled pieces without changing a character: the pieces joined
 * give back exactly the string the model read. Only the four markers the model knows are markers;
 * other brackets ({@code [3H]thymidine}) stay text.
 */
final class MarkedSentencePieces {

  private static final List<String> MARKERS =
      List.of(MarkedText.E1_OPEN, MarkedText.E1_CLOSE, MarkedText.E2_OPEN, MarkedText.E2_CLOSE);

  private MarkedSentencePieces() {}

  static List<SentencePiece> of(String marked) {
    List<SentencePiece> pieces = new ArrayList<>();
    boolean inFirst = false;
    boolean inSecond = false;
    int textStart = 0;
    int at = 0;
    while (at < marked.length()) {
      String marker = markerAt(marked, at);
      if (marker == null) {
        at++;
        continue;
      }
      if (at > textStart) {
        pieces.add(new SentencePiece(marked.substring(textStart, at), role(inFirst, inSecond)));
      }
      boolean first = marker.equals(MarkedText.E1_OPEN) || marker.equals(MarkedText.E1_CLOSE);
      pieces.add(new SentencePiece(marker, first ? Role.E1_MARKER : Role.E2_MARKER));
      boolean opens = !marker.startsWith("[/");
      if (first) {
        inFirst = opens;
      } else {
        inSecond = opens;
      }
      at += marker.length();
      textStart = at;
    }
    if (textStart < marked.length()) {
      pieces.add(new SentencePiece(marked.substring(textStart), role(inFirst, inSecond)));
    }
    return List.copyOf(pieces);
  }

  private static String markerAt(String marked, int at) {
    for (String marker : MARKERS) {
      if (marked.startsWith(marker, at)) {
        return marker;
      }
    }
    return null;
  }

  private static Role role(boolean inFirst, boolean inSecond) {
    if (inFirst && inSecond) {
      return Role.BOTH;
    }
    return inFirst ? Role.E1 : inSecond ? Role.E2 : Role.TEXT;
  }
}
