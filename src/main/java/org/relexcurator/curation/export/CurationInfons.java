package org.relexcurator.curation.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.io.brat.BratInfons;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Infons;
import org.relexcurator.model.Prediction;

/** What a curated relation carries in BioC infons and in brat notes. */
final class CurationInfons {

  private CurationInfons() {}

  /**
   * BioC infons, all text as BioC has it, empty where there is no value: {@code curation_status},
   * {@code settled_by}, {@code curator}, {@code action}, {@code reason}, {@code note}, {@code
   * decided_at}, {@code model_label}, {@code model_score}, {@code model}, and {@code model_warning}
   * for a test model's prediction. The gold label is the relation's {@code type}.
   */
  static Infons bioc(CuratedPair pair) {
    SettledLabel curation = pair.curation();
    Decision decision = curation.decision();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("curation_status", ExportNames.of(curation.status()));
    values.put(
        "settled_by", curation.settledBy() == null ? "" : ExportNames.of(curation.settledBy()));
    values.put("curator", decision.curator());
    values.put("action", ExportNames.of(decision.action()));
    values.put("reason", decision.reason() == null ? "" : decision.reason().description());
    values.put("note", decision.note());
    values.put("decided_at", decision.time().toString());
    StoredPrediction stored = pair.latestPrediction();
    Prediction prediction = stored == null ? null : stored.prediction();
    values.put("model_label", prediction == null ? "" : prediction.topLabel());
    values.put("model_score", prediction == null ? "" : Double.toString(prediction.topScore()));
    values.put("model", stored == null ? "" : stored.model().name());
    if (pair.fromTestModel()) {
      values.put("model_warning", ModelDescription.TEST_MODEL_WARNING);
    }
    return new Infons(values);
  }

  /**
   * brat {@code AnnotatorNotes}, one line each: the status, the curator and action, the reason and
   * note if any, and the model's label and score.
   */
  static Infons bratNotes(CuratedPair pair) {
    SettledLabel curation = pair.curation();
    Decision decision = curation.decision();
    List<String> notes = new ArrayList<>();
    String settled =
        curation.settledBy() == null ? "" : ", settled by " + ExportNames.of(curation.settledBy());
    notes.add("curation: " + ExportNames.of(curation.status()) + settled);
    notes.add(
        "curator: "
            + decision.curator()
            + ", "
            + ExportNames.of(decision.action())
            + " at "
            + decision.time());
    if (decision.reason() != null) {
      notes.add("reason: " + decision.reason().description());
    }
    if (!decision.note().isEmpty()) {
      notes.add("note: " + decision.note());
    }
    StoredPrediction stored = pair.latestPrediction();
    notes.add(
        stored == null
            ? "model: no prediction"
            : "model: "
                + stored.prediction().topLabel()
                + " "
                + stored.prediction().topScore()
                + " ("
                + stored.model().name()
                + ")");
    if (pair.fromTestModel()) {
      notes.add("warning: " + ModelDescription.TEST_MODEL_WARNING);
    }
    return Infons.of(BratInfons.NOTE, notes);
  }
}
