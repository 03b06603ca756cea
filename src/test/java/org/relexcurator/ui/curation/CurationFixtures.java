package org.relexcurator.ui.curation;

import java.util.List;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Entity;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Sentence;
import org.relexcurator.model.Span;

/** Pairs and predictions built by hand for the deciding pane's tests. */
final class CurationFixtures {

  /** The synthetic_relex model's labels in {@code id2label} order. */
  static final List<String> MODEL_LABELS =
      List.of(
          "affects_efficacy_of",
          "binds_to",
          "biomarker_for",
          "causes",
          "co_expressed_with",
          "downregulates",
          "inhibits",
          "interacts_with",
          "none",
          "plays_causal_role_in",
          "precursor_of",
          "prevents",
          "regulates",
          "subtype_of",
          "treats",
          "upregulates");

  private CurationFixtures() {}

  /** "Paclitaxel is a common chemotherapy used for lung cancer." with E1 → E2 of these types. */
  static CandidatePair pair(String documentId, String firstType, String secondType) {
    Entity drug =
        new Entity(
            "T1",
            firstType,
            List.of(new Span(0, 10)),
            "Paclitaxel",
            List.of("D017239"),
            Infons.empty());
    Entity disease =
        new Entity(
            "T2",
            secondType,
            List.of(new Span(45, 56)),
            "lung cancer",
            List.of("D008175"),
            Infons.empty());
    return new CandidatePair(documentId, Sentence.of(0, 57), drug, disease, false);
  }

  static CandidatePair chemicalDisease(String documentId) {
    return pair(documentId, "Chemical", "Disease");
  }

  /** A prediction whose top label is {@code top}, with probability about {@code 0.8}. */
  static Prediction predicting(String top) {
    double[] logits = new double[MODEL_LABELS.size()];
    logits[MODEL_LABELS.indexOf(top)] = Math.log(0.8 / 0.2 * (MODEL_LABELS.size() - 1));
    return new Prediction(MODEL_LABELS, logits);
  }
}
