package org.relexcurator.io.bioc;

/** Which characters XML 1.0 can carry. */
final class XmlCharacters {

  static final char REPLACEMENT = '\uFFFD';

  private XmlCharacters() {}

  /** The text with every character XML 1.0 cannot carry replaced, one for one, by U+FFFD. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (allowed(c)) {
        if (out != null) {
          out.append(c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(REPLACEMENT);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean allowed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
