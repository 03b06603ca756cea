package org.relexcurator.ui.document;

import java.util.ArrayList;
import java.util.List;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Span;
import org.relexcurator.model.TextLayout;

/** Documents built by hand, so that these tests depend on no reader. */
final class Documents {

  private Documents() {}

  /** A passage to place at a code point offset, with its type and section. */
  record PassageText(int offset, String type, String section, String text) {}

  /** A document laid out from passages the way the BioC readers do, gaps filled with spaces. */
  static Document document(String id, List<PassageText> texts, Entity... entities) {
    TextLayout layout = new TextLayout();
    List<Passage> passages = new ArrayList<>();
    for (PassageText text : texts) {
      Span span = layout.place(text.offset(), text.text());
      Infons infons =
          text.section().isEmpty() ? Infons.empty() : Infons.of("section_type", text.section());
      passages.add(new Passage(text.type(), span, List.of(), infons));
    }
    DocumentText documentText = layout.build();
    for (Entity entity : entities) {
      String found =
          entity.spans().stream()
              .map(documentText::slice)
              .reduce((a, b) -> a + " " + b)
              .orElseThrow();
      if (!found.equals(entity.text())) {
        throw new IllegalArgumentException(entity.id() + " covers \"" + found + "\"");
      }
    }
    return new Document(id, documentText, passages, List.of(entities), List.of(), Infons.empty());
  }

  /** A PubTator document: title, one space, abstract. */
  static Document pubtator(String id, String title, String abstractText, Entity... entities) {
    int titleLength = title.codePointCount(0, title.length());
    return document(
        id,
        List.of(
            new PassageText(0, "title", "", title),
            new PassageText(titleLength + 1, "abstract", "", abstractText)),
        entities);
  }

  /** A mention of one span; its text is checked against the document. */
  static Entity mention(String id, String type, int start, int end, String text, String... ids) {
    return new Entity(id, type, List.of(new Span(start, end)), text, List.of(ids), Infons.empty());
  }

  /** A mention of several spans, its text the fragments joined by spaces. */
  static Entity discontinuous(
      String id, String type, List<Span> spans, String text, String... ids) {
    return new Entity(id, type, spans, text, List.of(ids), Infons.empty());
  }

  /** The code point offset of the first occurrence of {@code needle}, from {@code from}. */
  static int at(String text, String needle, int from) {
    int utf16 = text.indexOf(needle, text.offsetByCodePoints(0, from));
    if (utf16 < 0) {
      throw new IllegalArgumentException("\"" + needle + "\" not in the text");
    }
    return text.codePointCount(0, utf16);
  }
}
