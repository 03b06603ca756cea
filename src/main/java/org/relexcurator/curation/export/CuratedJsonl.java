package org.relexcurator.curation.export;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.io.dataset.PairJsonlWriter;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Prediction;

/**
 * Curated pairs as JSON Lines, the contract that {@code relex import} and {@code relex evaluate}
 * read (docs/export.md): the dataset columns of {@link PairJsonlWriter} with the gold label as
 * {@code label}, then {@code prediction}, {@code model} and {@code curation}. Keys always come in
 * the same order and numbers are written in Java's shortest round-trip form, so the same project
 * always gives the same bytes.
 */
public final class CuratedJsonl {

  /** As {@link PairJsonlWriter}: characters outside the BMP as UTF-8, not escaped surrogates. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private CuratedJsonl() {}

  /**
   * Writes one line per pair; the stream is left open.
   *
   * @throws IllegalStateException if a pair lacks its mention details (see {@link
   *     org.relexcurator.curation.project.StoredPair#hasMentionDetails()})
   */
  public static void write(List<CuratedPair> pairs, OutputStream out) throws IOException {
    for (CuratedPair pair : pairs) {
      out.write(JSON.writeValueAsBytes(row(pair)));
      out.write('\n');
    }
    out.flush();
  }

  /** One line's object. */
  public static ObjectNode row(CuratedPair curated) {
    ObjectNode row = PairJsonlWriter.toJson(curated.pair().toRow(curated.goldLabel()));
    StoredPrediction stored = curated.latestPrediction();
    if (stored == null) {
      row.putNull("prediction");
      row.putNull("model");
    } else {
      prediction(row.putObject("prediction"), stored);
      model(row.putObject("model"), stored.model());
    }
    if (curated.curation() == null) {
      row.putNull("curation");
    } else {
      curation(row.putObject("curation"), curated.curation());
    }
    return row;
  }

  private static void prediction(ObjectNode node, StoredPrediction stored) {
    Prediction prediction = stored.prediction();
    node.put("label", prediction.topLabel());
    node.put("score", prediction.topScore());
    ObjectNode scores = node.putObject("scores");
    double[] probabilities = prediction.probabilities();
    for (int i = 0; i < probabilities.length; i++) {
      scores.put(prediction.labels().get(i), probabilities[i]);
    }
    ArrayNode logits = node.putArray("logits");
    for (double logit : prediction.logits()) {
      logits.add(logit);
    }
    node.put("predicted_at", stored.time().toString());
  }

  private static void model(ObjectNode node, ModelIdentity model) {
    node.put("name", model.name());
    node.put("fingerprint", model.fingerprint());
    node.put("test_model", model.testModel());
    if (model.testModel()) {
      node.put("warning", ModelDescription.TEST_MODEL_WARNING);
    }
  }

  /** The curators' labels as a JSON object, sorted by curator. */
  static String curatorsJson(SettledLabel curation) {
    return curators(curation).toString();
  }

  private static ObjectNode curators(SettledLabel curation) {
    ObjectNode curators = JSON.createObjectNode();
    curation.labelsByCurator().forEach(curators::put);
    return curators;
  }

  private static void curation(ObjectNode node, SettledLabel curation) {
    Decision decision = curation.decision();
    node.put("status", ExportNames.of(curation.status()));
    node.put("settled_by", ExportNames.ofNullable(curation.settledBy()));
    node.put("action", ExportNames.of(decision.action()));
    node.put("curator", decision.curator());
    node.set("curators", curators(curation));
    node.put("reason", decision.reason() == null ? null : decision.reason().description());
    node.put("note", decision.note());
    node.put("decided_at", decision.time().toString());
    node.put("time_spent_ms", decision.timeSpent().toMillis());
    node.put("predicted_label", decision.predictedLabel());
    node.put("predicted_score", decision.predictedScore());
  }
}
