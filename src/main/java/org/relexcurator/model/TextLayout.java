package org.relexcurator.model;

/**
 * Builds a document text by placing passage texts at their offsets (in code points). Gaps between
 * passages, which full texts have in varying sizes, are filled with spaces so that every offset in
 * the file keeps addressing the same character.
 */
public final class TextLayout {

  private final StringBuilder text = new StringBuilder();
  private int lengthInCodePoints;

  /**
   * Places a passage text at a code point offset and returns its span.
   *
   * @throws IllegalArgumentException if the offset lies before the end of the previous passage
   *     (overlapping or out-of-order passages); the reader reports that as a problem
   */
  public Span place(int offset, String passageText) {
    if (offset < lengthInCodePoints) {
      throw new IllegalArgumentException(
          "passage offset "
              + offset
              + " lies inside the previous passage, which ends at "
              + lengthInCodePoints);
    }
    text.append(" ".repeat(offset - lengthInCodePoints));
    text.append(passageText);
    lengthInCodePoints = offset + passageText.codePointCount(0, passageText.length());
    return new Span(offset, lengthInCodePoints);
  }

  /**
   * The end of the text so far, in code points: where the next passage may start at the earliest.
   */
  public int length() {
    return lengthInCodePoints;
  }

  public DocumentText build() {
    return new DocumentText(text.toString());
  }
}
