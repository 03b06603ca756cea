package org.relexcurator.curation.export;

import static org.relexcurator.curation.export.JsonFields.instant;
import static org.relexcurator.curation.export.JsonFields.integer;
import static org.relexcurator.curation.export.JsonFields.integerLong;
import static org.relexcurator.curation.export.JsonFields.isNull;
import static org.relexcurator.curation.export.JsonFields.number;
import static org.relexcurator.curation.export.JsonFields.optionalText;
import static org.relexcurator.curation.export.JsonFields.requireObject;
import static org.relexcurator.curation.export.JsonFields.spans;
import static org.relexcurator.curation.export.JsonFields.strings;
import static org.relexcurator.curation.export.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.agreement.SettledLabels;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.model.Span;

/**
 * What {@code relex import} takes from each line of a curated-pairs JSONL file (docs/export.md):
 * its pair, prediction and decisions, read by {@link CuratedJsonlReader}.
 *
 * <p>Beyond the shape of each line it checks what would make the project differ from the file: a
 * pair key seen on an earlier line, a model fingerprint named differently on an earlier line,
 * scores that do not follow from the logits, a gold {@code label} that is not the deciding
 * curator's, a curation that the curators' labels and the action would not settle as the row says.
 * The curators' labels are held to the same label policy as the gold label ({@link
 * CuratedLine#labelName}). Not thread-safe: one parser per file.
 */
final class ImportedRowParser implements CuratedJsonlReader.RowReader<ImportedRow> {

  /** The longest time spent a project stores: whole nanoseconds in 64 bits, in ms. */
  private static final long LONGEST_TIME_SPENT_MS = Long.MAX_VALUE / 1_000_000;

  /** How far a written score may be from the softmax of the written logits. */
  private static final double SCORE_TOLERANCE = 1e-9;

  private final Instant importTime;
  private final Map<String, Integer> pairLines = new HashMap<>();
  private final Map<String, ModelIdentity> models = new LinkedHashMap<>();
  private final Map<String, Integer> modelLines = new HashMap<>();

  /**
   * @param importTime the time of predictions whose line gives none
   */
  ImportedRowParser(Instant importTime) {
    this.importTime = importTime;
  }

  @Override
  public ImportedRow read(CuratedLine line) throws BadLine {
    JsonNode root = line.row();
    StoredPair pair = pair(root);
    StoredPrediction prediction = prediction(root, pair.key(), line.number());
    List<DecisionDraft> decisions = decisions(root.get("curation"), pair, line);
    Integer earlier = pairLines.putIfAbsent(pair.key(), line.number());
    if (earlier != null) {
      throw new BadLine(
          "pair " + pair.key() + " is on line " + earlier + " already", "each pair once", null);
    }
    return new ImportedRow(pair, prediction, decisions);
  }

  private static StoredPair pair(JsonNode root) throws BadLine {
    String docId = text(root, "doc_id");
    if (docId.isBlank()) {
      throw new BadLine("doc_id is blank", "a document id", docId);
    }
    String e1Id = text(root, "e1_id");
    String e2Id = text(root, "e2_id");
    try {
      return new StoredPair(
          docId,
          e1Id,
          spans(root, "e1_spans"),
          text(root, "type1"),
          e2Id,
          spans(root, "e2_spans"),
          text(root, "type2"),
          new Span(integer(root, "sentence_start"), integer(root, "sentence_end")),
          text(root, "text"),
          text(root, "markers"),
          text(root, "entity1"),
          strings(root, "e1_ids"),
          text(root, "type1_source"),
          text(root, "entity2"),
          strings(root, "e2_ids"),
          text(root, "type2_source"));
    } catch (IllegalArgumentException e) {
      throw new BadLine(e.getMessage(), null, null);
    }
  }

  private StoredPrediction prediction(JsonNode root, String pairKey, int number) throws BadLine {
    JsonNode node = root.get("prediction");
    JsonNode modelNode = root.get("model");
    if (isNull(node)) {
      if (!isNull(modelNode)) {
        throw new BadLine("a model without a prediction", "\"model\": null", modelNode.toString());
      }
      return null;
    }
    requireObject(node, "prediction");
    JsonNode scores = node.get("scores");
    JsonNode logits = node.get("logits");
    if (scores == null || !scores.isObject() || scores.isEmpty()) {
      throw new BadLine(
          "prediction.scores is not an object of labels",
          "{\"label\": score, …}",
          String.valueOf(scores));
    }
    if (logits == null || !logits.isArray() || logits.size() != scores.size()) {
      throw new BadLine(
          "prediction.logits is not one number per label of prediction.scores",
          scores.size() + " numbers",
          String.valueOf(logits));
    }
    List<String> labels = new ArrayList<>(scores.size());
    double[] values = new double[logits.size()];
    for (Map.Entry<String, JsonNode> score : scores.properties()) {
      JsonNode logit = logits.get(labels.size());
      if (!logit.isNumber()
          || !score.getValue().isNumber()
          || !Double.isFinite(logit.doubleValue())) {
        throw new BadLine(
            "prediction.scores and prediction.logits must hold finite numbers",
            "numbers",
            score.getValue() + ", " + logit);
      }
      values[labels.size()] = logit.doubleValue();
      labels.add(score.getKey());
    }
    Prediction prediction = new Prediction(labels, values);
    checkScores(node, scores, prediction);
    Instant time = node.has("predicted_at") ? instant(node, "predicted_at") : importTime;
    return new StoredPrediction(pairKey, model(modelNode, number), prediction, time);
  }

  /** The written scores must be the softmax of the written logits, or export would differ. */
  private static void checkScores(JsonNode node, JsonNode scores, Prediction prediction)
      throws BadLine {
    String label = text(node, "label");
    if (!label.equals(prediction.topLabel())) {
      throw new BadLine(
          "prediction.label is not the label with the highest logit", prediction.topLabel(), label);
    }
    double score = number(node, "score");
    if (Math.abs(score - prediction.topScore()) > SCORE_TOLERANCE) {
      throw new BadLine(
          "prediction.score is not the softmax of the logits",
          Double.toString(prediction.topScore()),
          Double.toString(score));
    }
    for (String each : prediction.labels()) {
      double written = scores.get(each).doubleValue();
      if (Math.abs(written - prediction.probability(each)) > SCORE_TOLERANCE) {
        throw new BadLine(
            "prediction.scores." + each + " is not the softmax of the logits",
            Double.toString(prediction.probability(each)),
            Double.toString(written));
      }
    }
  }

  private ModelIdentity model(JsonNode node, int number) throws BadLine {
    if (isNull(node)) {
      throw new BadLine("a prediction without its model", "a \"model\" object", "null");
    }
    requireObject(node, "model");
    String fingerprint = text(node, "fingerprint");
    if (fingerprint.isBlank()) {
      throw new BadLine("model.fingerprint is blank", "a fingerprint", fingerprint);
    }
    JsonNode testModel = node.get("test_model");
    if (testModel == null || !testModel.isBoolean()) {
      throw new BadLine(
          "model.test_model is not true or false", "true or false", String.valueOf(testModel));
    }
    ModelIdentity model =
        new ModelIdentity(fingerprint, text(node, "name"), null, testModel.booleanValue());
    ModelIdentity earlier = models.putIfAbsent(fingerprint, model);
    if (earlier == null) {
      modelLines.put(fingerprint, number);
    } else if (!earlier.equals(model)) {
      throw new BadLine(
          "model "
              + fingerprint
              + " is described differently on line "
              + modelLines.get(fingerprint),
          describe(earlier),
          describe(model));
    }
    return model;
  }

  private static String describe(ModelIdentity model) {
    return model.name() + (model.testModel() ? " (test model)" : "");
  }

  /**
   * The decisions that give the pair the row's curation, in the order to record them: for every
   * other curator in {@code curators}, one decision with their label alone (a labelling decision,
   * or a skip for a curator without a label) at the row's time; the deciding curator's own label
   * too when their deciding decision is a skip, a flag or an adjudication; then the deciding
   * decision, latest of all as the settlement needs it. The result is checked against {@link
   * SettledLabels}, so that an export of the imported project writes the row again.
   */
  private List<DecisionDraft> decisions(JsonNode node, StoredPair pair, CuratedLine line)
      throws BadLine {
    String label = line.gold();
    if (isNull(node)) {
      if (label != null) {
        throw new BadLine("a gold label without a curation", "\"label\": null", label);
      }
      return List.of();
    }
    requireObject(node, "curation");
    SettledLabel.Status status =
        ExportNames.status(text(node, "status"))
            .orElseThrow(
                () ->
                    new BadLine(
                        "curation.status is unknown",
                        "gold, disputed or open",
                        node.get("status").asText()));
    if ((status == SettledLabel.Status.GOLD) != (label != null)) {
      throw new BadLine(
          "label must be given exactly when curation.status is gold",
          status == SettledLabel.Status.GOLD ? "a label" : "\"label\": null",
          String.valueOf(label));
    }
    String settledByName = optionalText(node, "settled_by");
    SettledLabel.SettledBy settledBy =
        settledByName == null
            ? null
            : ExportNames.settledBy(settledByName)
                .orElseThrow(
                    () ->
                        new BadLine(
                            "curation.settled_by is unknown",
                            "single, agreement or adjudication",
                            settledByName));
    String actionName = text(node, "action");
    DecisionAction action =
        ExportNames.action(actionName)
            .orElseThrow(
                () ->
                    new BadLine(
                        "curation.action is not one this version records",
                        "accepted, corrected, rejected, skipped, flagged or adjudicated",
                        actionName));
    boolean adjudicated = action == DecisionAction.ADJUDICATED;
    String curator = text(node, "curator");
    Map<String, String> curators = curators(node, line);
    if (!adjudicated && !curators.containsKey(curator)) {
      throw new BadLine(
          "curation.curators lacks the deciding curator",
          curator,
          String.join(", ", curators.keySet()));
    }
    // An adjudication's label is the gold label; the adjudicator's own vote, if any, is apart.
    String decidingLabel = adjudicated ? label : curators.get(curator);
    if (label != null && !label.equals(decidingLabel)) {
      throw new BadLine("label is not the deciding curator's", label, decidingLabel);
    }
    String predictedLabel = optionalText(node, "predicted_label");
    Double predictedScore =
        isNull(node.get("predicted_score")) ? null : number(node, "predicted_score");
    if (!node.has("predicted_label") && action == DecisionAction.ACCEPTED) {
      // Files written before predicted_label was part of the contract: accepting is agreeing.
      predictedLabel = decidingLabel;
    }
    long spent = integerLong(node, "time_spent_ms");
    if (spent < 0 || spent > LONGEST_TIME_SPENT_MS) {
      throw new BadLine(
          "curation.time_spent_ms is out of range",
          "0 to " + LONGEST_TIME_SPENT_MS + " ms",
          Long.toString(spent));
    }
    Instant time = instant(node, "decided_at");
    // Files written before several curators were settled gave a lone skip or flag's tentative
    // label in curators; it stays that decision's label, which exports no longer write.
    boolean tentative =
        status == SettledLabel.Status.OPEN
            && !action.labels()
            && curators.size() == 1
            && decidingLabel != null;
    List<DecisionDraft> decisions = new ArrayList<>();
    try {
      for (Map.Entry<String, String> each : curators.entrySet()) {
        // The deciding decision itself gives its curator's entry, unless it is an adjudication
        // (nobody's vote) or a skip or flag after the curator's own label.
        boolean givenByDeciding =
            each.getKey().equals(curator)
                && !adjudicated
                && (action.labels() || tentative || each.getValue() == null);
        if (!givenByDeciding) {
          decisions.add(
              each.getValue() == null
                  ? new DecisionDraft(
                      pair.key(),
                      each.getKey(),
                      DecisionAction.SKIPPED,
                      null,
                      predictedLabel,
                      predictedScore,
                      null,
                      "",
                      time,
                      Duration.ZERO,
                      null)
                  : DecisionDraft.labelled(
                      pair.key(),
                      each.getKey(),
                      each.getValue(),
                      predictedLabel,
                      predictedScore,
                      null,
                      "",
                      time,
                      Duration.ZERO));
        }
      }
      // A skip or flag after the curator's own label carries none: that label is their verdict.
      String ownLabel = action.labels() || tentative ? decidingLabel : null;
      decisions.add(
          new DecisionDraft(
              pair.key(),
              curator,
              action,
              ownLabel,
              predictedLabel,
              predictedScore,
              reason(optionalText(node, "reason")),
              text(node, "note"),
              time,
              Duration.ofMillis(spent),
              null));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadLine(
          "curation is not a decision RelEx Curator can record: " + e.getMessage(), null, null);
    }
    Map<String, String> settledCurators = new TreeMap<>(curators);
    if (tentative) {
      settledCurators.put(curator, null);
    }
    checkSettlement(decisions, status, settledBy, settledCurators);
    if (tentative) {
      line.warn(
          "curation.curators gives "
              + curator
              + " the label "
              + decidingLabel
              + " on an"
              + " open pair; it is kept as the tentative label of the "
              + actionName
              + " decision,"
              + " which exports write as null");
    } else if (decisions.size() > 1) {
      line.warn(
          "the decisions besides "
              + curator
              + "'s "
              + actionName
              + " are recorded with"
              + " their curator's label only, at decided_at, without reason, note or time spent: the"
              + " row holds no more of them");
    }
    return decisions;
  }

  /** The decisions must settle the pair as the row says, or an export would write another row. */
  private static void checkSettlement(
      List<DecisionDraft> drafts,
      SettledLabel.Status status,
      SettledLabel.SettledBy settledBy,
      Map<String, String> curators)
      throws BadLine {
    List<Decision> log = new ArrayList<>(drafts.size());
    for (DecisionDraft draft : drafts) {
      log.add(draft.withSequence(log.size() + 1));
    }
    SettledLabel settled;
    try {
      settled = SettledLabels.fromLog(log).all().get(0);
    } catch (CurationStoreException e) {
      throw new IllegalStateException("a log without undo or redo is always consistent", e);
    }
    String expected = describe(settled.status(), settled.settledBy(), settled.labelsByCurator());
    String found = describe(status, settledBy, curators);
    if (!expected.equals(found)) {
      throw new BadLine(
          "curation.status and settled_by do not follow from curators and action", expected, found);
    }
  }

  private static String describe(
      SettledLabel.Status status, SettledLabel.SettledBy settledBy, Map<String, String> curators) {
    return ExportNames.of(status)
        + (settledBy == null ? "" : " by " + ExportNames.of(settledBy))
        + ", curators "
        + curators;
  }

  private static ReasonCode reason(String description) throws BadLine {
    if (description == null) {
      return null;
    }
    for (ReasonCode reason : ReasonCode.values()) {
      if (reason.description().equals(description)) {
        return reason;
      }
    }
    throw new BadLine(
        "curation.reason is unknown",
        "wrong direction, negation, speculation," + " entity error, needs context or other",
        description);
  }

  private static Map<String, String> curators(JsonNode node, CuratedLine line) throws BadLine {
    JsonNode curators = node.get("curators");
    if (curators == null || !curators.isObject()) {
      throw new BadLine(
          "curation.curators is not an object",
          "{\"curator\": label, …}",
          String.valueOf(curators));
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : curators.properties()) {
      JsonNode value = entry.getValue();
      if (!value.isNull() && !value.isTextual()) {
        throw new BadLine(
            "curation.curators." + entry.getKey() + " is not a label or null",
            "a label or null",
            value.toString());
      }
      labels.put(
          entry.getKey(),
          value.isNull()
              ? null
              : line.labelName(value.asText(), "curation.curators." + entry.getKey()));
    }
    return labels;
  }
}
