package org.relexcurator.curation;

import java.util.List;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

/**
 * A document built by hand for the mention edit tests: two sentences, characters outside the Basic
 * Multilingual Plane before and among the mentions (so code points and UTF-16 indices differ), and
 * nested, crossing-free overlapping and discontinuous mentions.
 */
public final class EditingDocument {

  /** Code points: 😀 is 0, 𝔸 is 28; sentence one is 0-39, sentence two 40-83. */
  public static final String TEXT =
      "😀 Aspirin-induced asthma in 𝔸 patients. Tamoxifen treats breast and ovarian cancer.";

  private EditingDocument() {}

  public static Document document() {
    DocumentText text = new DocumentText(TEXT);
    Passage passage =
        new Passage(
            "abstract",
            new Span(0, text.length()),
            List.of(Sentence.of(0, 39), Sentence.of(40, 83)),
            Infons.empty());
    return new Document(
        "d1",
        text,
        List.of(passage),
        List.of(
            mention("T1", "Chemical", "D001241", new Span(2, 9)),
            mention("T2", "Disease", "D001249", new Span(18, 24)),
            mention("T3", "Disease", "D059245", new Span(2, 24)),
            mention("T4", "Species", "9606", new Span(30, 38)),
            mention("T5", "Chemical", "D013629", new Span(40, 49)),
            mention("T6", "Disease", "D001943", new Span(57, 63), new Span(76, 82)),
            mention("T7", "Disease", "D010051", new Span(68, 82))),
        List.of(),
        Infons.empty());
  }

  private static Entity mention(String id, String type, String conceptId, Span... spans) {
    DocumentText text = new DocumentText(TEXT);
    StringBuilder mentionText = new StringBuilder();
    for (Span span : spans) {
      mentionText.append(mentionText.length() == 0 ? "" : " ").append(text.slice(span));
    }
    return new Entity(
        id,
        type,
        List.of(spans),
        mentionText.toString(),
        List.of(conceptId),
        Infons.of("source", "file"));
  }
}
