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
import org.relexcurator.pipeline.PreparedCorpus;

/** A hand-made one-sentence document and its pairs, so that UI tests depend on no reader. */
public final class TestPairs {

  public static final String TEXT = "Aspirin relieves headache but may cause nausea.";

  public static final String OTHER_TEXT = "Imatinib inhibits KIT.";

  public static final Document DOCUMENT =
      document(
          "doc1",
          TEXT,
          mention(TEXT, "T1", "ChemicalEntity", 0, 7),
          mention(TEXT, "T2", "DiseaseOrPhenotypicFeature", 17, 25),
          mention(TEXT, "T3", "DiseaseOrPhenotypicFeature", 40, 46));

  public static final Document OTHER_DOCUMENT =
      document(
          "doc2",
          OTHER_TEXT,
          mention(OTHER_TEXT, "T1", "ChemicalEntity", 0, 8),
          mention(OTHER_TEXT, "T2", "GeneOrGeneProduct", 18, 21));

  private TestPairs() {}

  /** A document of one passage that is one sentence. */
  public static Document document(String id, String value, Entity... entities) {
    DocumentText text = new DocumentText(value);
    Span all = new Span(0, text.length());
    Passage passage = new Passage("abstract", all, List.of(new Sentence(all)), Infons.empty());
    return new Document(id, text, List.of(passage), List.of(entities), List.of(), Infons.empty());
  }

  /** A mention of {@code text} from {@code start} to {@code end}. */
  public static Entity mention(String text, String id, String type, int start, int end) {
    return new Entity(
        id,
        type,
        List.of(new Span(start, end)),
        text.substring(start, end),
        List.of(),
        Infons.empty());
  }

  /** E1 and E2 by mention id, in the first document. */
  public static CandidatePair pair(String first, String second) {
    return pair(DOCUMENT, first, second);
  }

  public static CandidatePair pair(Document document, String first, String second) {
    return new CandidatePair(
        document.id(),
        document.passages().get(0).sentences().get(0),
        document.entity(first).orElseThrow(),
        document.entity(second).orElseThrow(),
        false);
  }

  /**
   * Both documents and six pairs, in this order: doc1 T1→T2, T1→T3, T2→T3, T3→T2, T2→T1 and doc2
   * T1→T2.
   */
  public static PreparedCorpus corpus() {
    return new PreparedCorpus(
        "test",
        "hand-made",
        List.of(DOCUMENT, OTHER_DOCUMENT),
        List.of(
            pair("T1", "T2"),
            pair("T1", "T3"),
            pair("T2", "T3"),
            pair("T3", "T2"),
            pair("T2", "T1"),
            pair(OTHER_DOCUMENT, "T1", "T2")),
        List.of());
  }
}
