package org.relexcurator.ui.document;

import java.util.Locale;
import org.relexcurator.model.Passage;

/**
 * How a passage is shown, judged from its BioC {@code section_type} infon and its type: the
 * document title, a heading of the full text ({@code title_1}, {@code title_2}, a {@code title}
 * inside a section such as REF), a figure or table caption, or body text.
 */
enum PassageRole {
  TITLE("document-title"),
  HEADING_1("heading-1"),
  HEADING_2("heading-2"),
  CAPTION_TITLE("caption-title"),
  CAPTION("caption"),
  BODY("body");

  private final String styleClass;

  PassageRole(String styleClass) {
    this.styleClass = styleClass;
  }

  String styleClass() {
    return styleClass;
  }

  boolean isHeading() {
    return this == TITLE || this == HEADING_1 || this == HEADING_2;
  }

  boolean isCaption() {
    return this == CAPTION || this == CAPTION_TITLE;
  }

  /**
   * The role of a passage. {@code titleSeen} tells whether an earlier passage was already the
   * document title: PMC full texts also call the REFERENCES heading a {@code title}.
   */
  static PassageRole of(Passage passage, boolean titleSeen) {
    String type = passage.type().strip().toLowerCase(Locale.ROOT);
    String section =
        passage.infons().text("section_type").orElse("").strip().toUpperCase(Locale.ROOT);
    if (section.equals("TITLE")
        || section.isEmpty() && !titleSeen && (type.equals("title") || type.equals("front"))) {
      return TITLE;
    }
    if (type.contains("caption") || type.contains("footnote")) {
      return type.endsWith("title") ? CAPTION_TITLE : CAPTION;
    }
    if (type.startsWith("title_")) {
      return type.equals("title_1") ? HEADING_1 : HEADING_2;
    }
    if (type.equals("title") || type.equals("section_title") || type.equals("heading")) {
      return HEADING_1;
    }
    return BODY;
  }
}
