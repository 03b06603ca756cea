package org.relexcurator.ui;

import java.util.List;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.DocumentText;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Passage;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

/** A hand-made one-sentence document and its pairs, so that UI tests depend on no reader. */
public final class TestPairs {

  public static final String TEXT = "Aspirin relieves headache but may cause nausea.";

  public static final Document DOCUMENT = document();

  private TestPairs() {}

  private static Document document() {
    DocumentText text = new DocumentText(TEXT);
    Span all = new Span(0, text.length());
    Passage passage = new Passage("abstract", all, List.of(new Sentence(all)), Infons.empty());
    return new Document("doc1", text, List.of(passage),
        List.of(mention("T1", "ChemicalEntity", 0, 7), mention("T2", "DiseaseOrPhenotypicFeature",
            17, 25), mention("T3", "DiseaseOrPhenotypicFeature", 40, 46)),
        List.of(), Infons.empty());
  }

  private static Entity mention(String id, String type, int start, int end) {
    return new Entity(id, type, List.of(new Span(start, end)), TEXT.substring(start, end),
        List.of(), Infons.empty());
  }

  /** E1 and E2 by mention id. */
  public static CandidatePair pair(String first, String second) {
    return new CandidatePair(DOCUMENT.id(), DOCUMENT.passages().get(0).sentences().get(0),
        DOCUMENT.entity(first).orElseThrow(), DOCUMENT.entity(second).orElseThrow(), false);
  }
}
