package org.relexcurator.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document's text, addressed in code points.
 *
 * <p>Texts made only of Basic Multilingual Plane characters (nearly all biomedical text) take the
 * fast path where code point and UTF-16 indices coincide; other texts keep a table of the UTF-16
 * index of every code point.
 */
public final class DocumentText {

  private final String value;
  private final int[] utf16IndexOfCodePoint;

  public DocumentText(String value) {
    this.value = Objects.requireNonNull(value, "value");
    this.utf16IndexOfCodePoint = hasSupplementary(value) ? indexTable(value) : null;
  }

  private static boolean hasSupplementary(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int[] indexTable(String s) {
    int[] table = new int[s.codePointCount(0, s.length()) + 1];
    int cp = 0;
    for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
      table[cp++] = i;
    }
    table[cp] = s.length();
    return table;
  }

  /** The text as a Java string (UTF-16). */
  public String value() {
    return value;
  }

  /** Length in code points. */
  public int length() {
    return utf16IndexOfCodePoint == null ? value.length() : utf16IndexOfCodePoint.length - 1;
  }

  /** The UTF-16 index of a code point offset; {@code length()} maps to the string's length. */
  public int toUtf16(int codePointOffset) {
    if (codePointOffset < 0 || codePointOffset > length()) {
      throw new IndexOutOfBoundsException(
          "offset " + codePointOffset + " outside text of length " + length());
    }
    return utf16IndexOfCodePoint == null ? codePointOffset : utf16IndexOfCodePoint[codePointOffset];
  }

  /** The code point offset of a UTF-16 index (an index inside a surrogate pair rounds down). */
  public int toCodePoint(int utf16Index) {
    if (utf16Index < 0 || utf16Index > value.length()) {
      throw new IndexOutOfBoundsException(
          "index " + utf16Index + " outside text of length " + value.length());
    }
    if (utf16IndexOfCodePoint == null) {
      return utf16Index;
    }
    int found = Arrays.binarySearch(utf16IndexOfCodePoint, utf16Index);
    return found >= 0 ? found : -found - 2;
  }

  public boolean isValid(Span span) {
    return span.end() <= length();
  }

  /** The characters of a span; the span must lie inside the text. */
  public String slice(Span span) {
    return slice(span.start(), span.end());
  }

  public String slice(int codePointStart, int codePointEnd) {
    return value.substring(toUtf16(codePointStart), toUtf16(codePointEnd));
  }

  /** The code point offset of the first occurrence of {@code needle} at or after {@code from}. */
  public int indexOf(String needle, int codePointFrom) {
    int at = value.indexOf(needle, toUtf16(codePointFrom));
    return at < 0 ? -1 : toCodePoint(at);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentText other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
