package org.relexcurator.curation.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.inference.ModelDescription;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.model.Decision;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Span;

/**
 * Curated pairs as CSV (RFC 4180: commas, CRLF line ends, double quotes where needed), the fields
 * of {@link CuratedJsonl} flattened for a spreadsheet: one column {@code score_<label>} per label
 * of the models' (in the first model's label order), spans as {@code start-end} joined by {@code
 * ;}, concept ids joined by {@code ;}, the curators' labels as a JSON object. Logits are left out;
 * the JSONL export has them. An empty cell is a missing value.
 */
public final class CuratedCsv {

  private static final List<String> PAIR_COLUMNS =
      List.of(
          "doc_id",
          "text",
          "label",
          "entity1",
          "type1",
          "entity2",
          "type2",
          "sentence_start",
          "sentence_end",
          "e1_id",
          "e1_spans",
          "e1_ids",
          "e2_id",
          "e2_spans",
          "e2_ids",
          "type1_source",
          "type2_source",
          "markers");
  private static final List<String> MODEL_COLUMNS = List.of("model_label", "model_score");
  private static final List<String> MODEL_IDENTITY_COLUMNS =
      List.of("model_name", "model_fingerprint", "test_model", "model_warning", "predicted_at");
  private static final List<String> CURATION_COLUMNS =
      List.of(
          "curation_status",
          "settled_by",
          "action",
          "curator",
          "curators",
          "reason",
          "note",
          "decided_at",
          "time_spent_ms",
          "predicted_label",
          "predicted_score");

  /** The prefix of the per-label score columns. */
  public static final String SCORE_PREFIX = "score_";

  private CuratedCsv() {}

  /**
   * Writes a header and one record per pair; the stream is left open.
   *
   * @throws IllegalStateException if a pair lacks its mention details
   */
  public static void write(List<CuratedPair> pairs, OutputStream out) throws IOException {
    List<String> labels = labels(pairs);
    List<String> header = new ArrayList<>(PAIR_COLUMNS);
    header.addAll(MODEL_COLUMNS);
    labels.forEach(label -> header.add(SCORE_PREFIX + label));
    header.addAll(MODEL_IDENTITY_COLUMNS);
    header.addAll(CURATION_COLUMNS);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    csv.printRecord(header);
    for (CuratedPair pair : pairs) {
      csv.printRecord(record(pair, labels));
    }
    csv.flush();
  }

  /** Every label of the pairs' predictions, in the order the first prediction lists them. */
  private static List<String> labels(List<CuratedPair> pairs) {
    Set<String> labels = new LinkedHashSet<>();
    for (CuratedPair pair : pairs) {
      if (pair.latestPrediction() != null) {
        labels.addAll(pair.latestPrediction().prediction().labels());
      }
    }
    return List.copyOf(labels);
  }

  private static List<String> record(CuratedPair curated, List<String> labels) {
    PairRow row = curated.pair().toRow(curated.goldLabel());
    List<String> cells = new ArrayList<>(List.of(row.docId(), row.text()));
    cells.add(row.label());
    cells.addAll(
        List.of(
            row.entity1(),
            row.type1(),
            row.entity2(),
            row.type2(),
            Integer.toString(row.sentenceStart()),
            Integer.toString(row.sentenceEnd()),
            row.e1Id(),
            spans(row.e1Spans()),
            String.join(";", row.e1Ids()),
            row.e2Id(),
            spans(row.e2Spans()),
            String.join(";", row.e2Ids()),
            row.type1Source(),
            row.type2Source(),
            row.markers()));
    StoredPrediction stored = curated.latestPrediction();
    Prediction prediction = stored == null ? null : stored.prediction();
    cells.add(prediction == null ? null : prediction.topLabel());
    cells.add(prediction == null ? null : number(prediction.topScore()));
    for (String label : labels) {
      cells.add(
          prediction == null || !prediction.labels().contains(label)
              ? null
              : number(prediction.probability(label)));
    }
    ModelIdentity model = stored == null ? null : stored.model();
    cells.add(model == null ? null : model.name());
    cells.add(model == null ? null : model.fingerprint());
    cells.add(model == null ? null : Boolean.toString(model.testModel()));
    cells.add(model != null && model.testModel() ? ModelDescription.TEST_MODEL_WARNING : null);
    cells.add(stored == null ? null : stored.time().toString());
    curation(cells, curated.curation());
    return cells;
  }

  private static void curation(List<String> cells, SettledLabel curation) {
    if (curation == null) {
      CURATION_COLUMNS.forEach(column -> cells.add(null));
      return;
    }
    Decision decision = curation.decision();
    cells.add(ExportNames.of(curation.status()));
    cells.add(ExportNames.ofNullable(curation.settledBy()));
    cells.add(ExportNames.of(decision.action()));
    cells.add(decision.curator());
    cells.add(CuratedJsonl.curatorsJson(curation));
    cells.add(decision.reason() == null ? null : decision.reason().description());
    cells.add(decision.note());
    cells.add(decision.time().toString());
    cells.add(Long.toString(decision.timeSpent().toMillis()));
    cells.add(decision.predictedLabel());
    cells.add(decision.predictedScore() == null ? null : number(decision.predictedScore()));
  }

  private static String spans(List<Span> spans) {
    return spans.stream().map(Span::toString).collect(Collectors.joining(";"));
  }

  /** As JSON writes it, so that a value reads the same in both exports. */
  private static String number(double value) {
    return Double.toString(value);
  }
}
