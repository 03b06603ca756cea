package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Reads style spans character by character, as the text area would show them. */
final class Styles {

  private Styles() {}

  /** The classes of every character. */
  static List<Collection<String>> perCharacter(StyleSpans<Collection<String>> spans) {
    List<Collection<String>> classes = new ArrayList<>(spans.length());
    for (StyleSpan<Collection<String>> span : spans) {
      for (int i = 0; i < span.getLength(); i++) {
        classes.add(span.getStyle());
      }
    }
    return classes;
  }

  static Collection<String> at(StyleSpans<Collection<String>> spans, int position) {
    return perCharacter(spans).get(position);
  }
}
