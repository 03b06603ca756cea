package org.relexcurator.io.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the paragraphs of a plain text: runs of lines that are not blank, separated by lines that
 * are empty or only white space. Line ends may be LF, CR LF or CR.
 */
final class Paragraphs {

  /** A paragraph in UTF-16 indices of the text, without leading or trailing white space. */
  record Bounds(int start, int end) {}

  private Paragraphs() {}

  static List<Bounds> of(String text) {
    List<Bounds> paragraphs = new ArrayList<>();
    int start = -1;
    int end = -1;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = lineStart;
      while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      int first = lineStart;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      if (first < lineEnd) {
        int last = lineEnd;
        while (Character.isWhitespace(text.charAt(last - 1))) {
          last--;
        }
        start = start < 0 ? first : start;
        end = last;
      } else if (start >= 0) {
        paragraphs.add(new Bounds(start, end));
        start = -1;
      }
      lineStart = nextLine(text, lineEnd);
    }
    if (start >= 0) {
      paragraphs.add(new Bounds(start, end));
    }
    return paragraphs;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private static int nextLine(String text, int lineEnd) {
    if (lineEnd < text.length()
        && text.charAt(lineEnd) == '\r'
        && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }
}
