package org.relexcurator.curation.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Span;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Documents, pairs and predictions in a project file. Spans are JSON arrays ({@code [[3,9]]}), and
 * so are concept ids ({@code ["D003920"]}); a prediction's scores and logits are JSON objects keyed
 * by label in the model's label order, so that SQL can reach them ({@code json_extract(scores,
 * '$.treats')}).
 */
final class SqliteProjectContents implements ProjectContents {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PREDICTION_COLUMNS =
      "p.pair_key, m.fingerprint, m.name, m.folder,"
          + " m.test_model, p.logits, p.time FROM predictions p JOIN models m"
          + " ON m.fingerprint = p.model";

  private final ProjectDatabase database;

  SqliteProjectContents(ProjectDatabase database) {
    this.database = database;
  }

  @Override
  public void putDocuments(Collection<DocumentIdentity> documents) throws CurationStoreException {
    database.inTransaction(
        "Could not save the documents",
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO documents (id, source_path, content_hash, format) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (id) DO UPDATE SET source_path = excluded.source_path,"
                      + " content_hash = excluded.content_hash, format = excluded.format")) {
            for (DocumentIdentity document : documents) {
              upsert.setString(1, document.id());
              upsert.setString(2, pathText(document.sourcePath()));
              upsert.setString(3, document.contentHash());
              upsert.setString(4, document.format());
              upsert.executeUpdate();
            }
          }
          return null;
        });
  }

  @Override
  public List<DocumentIdentity> documents() throws CurationStoreException {
    return database.withConnection(
        "Could not read the documents",
        connection -> {
          List<DocumentIdentity> documents = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT id, source_path, content_hash, format FROM documents ORDER BY rowid");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              documents.add(
                  new DocumentIdentity(
                      rows.getString(1),
                      path(rows.getString(2)),
                      rows.getString(3),
                      rows.getString(4)));
            }
          }
          return documents;
        });
  }

  @Override
  public void putPairs(Collection<StoredPair> pairs) throws CurationStoreException {
    database.inTransaction(
        "Could not save the candidate pairs",
        connection -> {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO pairs (key, document_id, e1_id, e1_spans, e1_type, e2_id, e2_spans,"
                      + " e2_type, sentence_start, sentence_end, marked_text, marker_mode, e1_text,"
                      + " e1_concept_ids, e1_source_type, e2_text, e2_concept_ids, e2_source_type)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (key) DO UPDATE SET"
                      + " e1_spans = excluded.e1_spans, e1_type = excluded.e1_type,"
                      + " e2_spans = excluded.e2_spans, e2_type = excluded.e2_type,"
                      + " sentence_start = excluded.sentence_start, sentence_end = excluded.sentence_end,"
                      + " marked_text = excluded.marked_text, marker_mode = excluded.marker_mode,"
                      + " e1_text = excluded.e1_text, e1_concept_ids = excluded.e1_concept_ids,"
                      + " e1_source_type = excluded.e1_source_type, e2_text = excluded.e2_text,"
                      + " e2_concept_ids = excluded.e2_concept_ids,"
                      + " e2_source_type = excluded.e2_source_type")) {
            for (StoredPair pair : pairs) {
              upsert.setString(1, pair.key());
              upsert.setString(2, pair.documentId());
              upsert.setString(3, pair.e1Id());
              upsert.setString(4, spansJson(pair.e1Spans()));
              upsert.setString(5, pair.e1Type());
              upsert.setString(6, pair.e2Id());
              upsert.setString(7, spansJson(pair.e2Spans()));
              upsert.setString(8, pair.e2Type());
              upsert.setInt(9, pair.sentence().start());
              upsert.setInt(10, pair.sentence().end());
              upsert.setString(11, pair.markedText());
              upsert.setString(12, pair.markerMode());
              upsert.setString(13, pair.e1Text());
              upsert.setString(14, stringsJson(pair.e1ConceptIds()));
              upsert.setString(15, pair.e1SourceType());
              upsert.setString(16, pair.e2Text());
              upsert.setString(17, stringsJson(pair.e2ConceptIds()));
              upsert.setString(18, pair.e2SourceType());
              executeNamingMissingParent(
                  upsert,
                  () ->
                      "Pair "
                          + pair.key()
                          + " is from document "
                          + pair.documentId()
                          + ", which the project does not have; save the document"
                          + " first");
            }
          }
          return null;
        });
  }

  @Override
  public List<StoredPair> pairs() throws CurationStoreException {
    return database.withConnection(
        "Could not read the candidate pairs",
        connection -> {
          List<StoredPair> pairs = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT document_id, e1_id, e1_spans, e1_type, e2_id, e2_spans, e2_type,"
                          + " sentence_start, sentence_end, marked_text, marker_mode, e1_text,"
                          + " e1_concept_ids, e1_source_type, e2_text, e2_concept_ids, e2_source_type"
                          + " FROM pairs ORDER BY rowid");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              pairs.add(
                  new StoredPair(
                      rows.getString(1),
                      rows.getString(2),
                      spans(rows.getString(3)),
                      rows.getString(4),
                      rows.getString(5),
                      spans(rows.getString(6)),
                      rows.getString(7),
                      new Span(rows.getInt(8), rows.getInt(9)),
                      rows.getString(10),
                      rows.getString(11),
                      rows.getString(12),
                      strings(rows.getString(13)),
                      rows.getString(14),
                      rows.getString(15),
                      strings(rows.getString(16)),
                      rows.getString(17)));
            }
          }
          return pairs;
        });
  }

  @Override
  public void addPredictions(Collection<StoredPrediction> predictions)
      throws CurationStoreException {
    database.inTransaction(
        "Could not save the predictions",
        connection -> {
          try (PreparedStatement model =
                  connection.prepareStatement(
                      "INSERT INTO models (fingerprint, name, folder, test_model) VALUES (?, ?, ?, ?)"
                          + " ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name,"
                          + " folder = excluded.folder, test_model = excluded.test_model");
              PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO predictions (pair_key, model, label, score, scores, logits, time)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Map<String, ModelIdentity> models = new LinkedHashMap<>();
            predictions.forEach(p -> models.put(p.model().fingerprint(), p.model()));
            for (ModelIdentity identity : models.values()) {
              model.setString(1, identity.fingerprint());
              model.setString(2, identity.name());
              model.setString(3, pathText(identity.folder()));
              model.setInt(4, identity.testModel() ? 1 : 0);
              model.executeUpdate();
            }
            for (StoredPrediction stored : predictions) {
              Prediction prediction = stored.prediction();
              insert.setString(1, stored.pairKey());
              insert.setString(2, stored.model().fingerprint());
              insert.setString(3, prediction.topLabel());
              insert.setDouble(4, prediction.topScore());
              insert.setString(5, byLabel(prediction.labels(), prediction.probabilities()));
              insert.setString(6, byLabel(prediction.labels(), prediction.logits()));
              insert.setString(7, stored.time().toString());
              executeNamingMissingParent(
                  insert,
                  () ->
                      "A prediction is for pair "
                          + stored.pairKey()
                          + ", which the project does not have; save the pair first");
            }
          }
          return null;
        });
  }

  @Override
  public void putModels(Collection<ModelIdentity> models) throws CurationStoreException {
    database.inTransaction(
        "Could not save the models",
        connection -> {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO models (fingerprint, name, folder, test_model) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (fingerprint) DO NOTHING")) {
            for (ModelIdentity identity : models) {
              insert.setString(1, identity.fingerprint());
              insert.setString(2, identity.name());
              insert.setString(3, pathText(identity.folder()));
              insert.setInt(4, identity.testModel() ? 1 : 0);
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  @Override
  public List<ModelIdentity> models() throws CurationStoreException {
    return database.withConnection(
        "Could not read the models",
        connection -> {
          List<ModelIdentity> models = new ArrayList<>();
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT fingerprint, name, folder, test_model FROM models ORDER BY rowid");
              ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
              models.add(
                  new ModelIdentity(
                      rows.getString(1),
                      rows.getString(2),
                      path(rows.getString(3)),
                      rows.getInt(4) == 1));
            }
          }
          return models;
        });
  }

  @Override
  public List<StoredPrediction> predictions(String pairKey) throws CurationStoreException {
    return database.withConnection(
        "Could not read the predictions",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT " + PREDICTION_COLUMNS + " WHERE p.pair_key = ? ORDER BY p.id")) {
            select.setString(1, pairKey);
            return readPredictions(select).getOrDefault(pairKey, List.of());
          }
        });
  }

  @Override
  public Map<String, StoredPrediction> latestPredictions() throws CurationStoreException {
    return database.withConnection(
        "Could not read the predictions",
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement("SELECT " + PREDICTION_COLUMNS + " ORDER BY p.id")) {
            Map<String, StoredPrediction> latest = new LinkedHashMap<>();
            readPredictions(select)
                .forEach((pair, all) -> latest.put(pair, all.get(all.size() - 1)));
            return latest;
          }
        });
  }

  /** Predictions by pair, each pair's oldest first. */
  private static Map<String, List<StoredPrediction>> readPredictions(PreparedStatement select)
      throws SQLException, CurationStoreException {
    Map<String, List<StoredPrediction>> byPair = new LinkedHashMap<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String pairKey = rows.getString(1);
        ModelIdentity model =
            new ModelIdentity(
                rows.getString(2), rows.getString(3), path(rows.getString(4)), rows.getInt(5) == 1);
        StoredPrediction prediction =
            new StoredPrediction(
                pairKey,
                model,
                prediction(rows.getString(6), pairKey),
                Instant.parse(rows.getString(7)));
        byPair.computeIfAbsent(pairKey, key -> new ArrayList<>()).add(prediction);
      }
    }
    return byPair;
  }

  /** Runs an insert; a foreign-key failure becomes {@code missingParent}'s message. */
  private static void executeNamingMissingParent(
      PreparedStatement insert, Supplier<String> missingParent)
      throws SQLException, CurationStoreException {
    try {
      insert.executeUpdate();
    } catch (SQLiteException e) {
      if (e.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
        throw new CurationStoreException(missingParent.get(), e);
      }
      throw e;
    }
  }

  private static String pathText(Path path) {
    return path == null ? null : path.toString();
  }

  private static Path path(String text) {
    return text == null ? null : Path.of(text);
  }

  private static String spansJson(List<Span> spans) {
    ArrayNode array = JSON.createArrayNode();
    for (Span span : spans) {
      array.addArray().add(span.start()).add(span.end());
    }
    return array.toString();
  }

  private static List<Span> spans(String json) throws CurationStoreException {
    List<Span> spans = new ArrayList<>();
    for (JsonNode span : readJson(json)) {
      spans.add(new Span(span.path(0).asInt(), span.path(1).asInt()));
    }
    return spans;
  }

  private static String stringsJson(List<String> values) {
    if (values == null) {
      return null;
    }
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    return array.toString();
  }

  private static List<String> strings(String json) throws CurationStoreException {
    if (json == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : readJson(json)) {
      values.add(value.asText());
    }
    return values;
  }

  private static String byLabel(List<String> labels, double[] values) {
    ObjectNode object = JSON.createObjectNode();
    for (int i = 0; i < values.length; i++) {
      object.put(labels.get(i), values[i]);
    }
    return object.toString();
  }

  private static Prediction prediction(String logitsJson, String pairKey)
      throws CurationStoreException {
    JsonNode logits = readJson(logitsJson);
    List<String> labels = new ArrayList<>();
    double[] values = new double[logits.size()];
    for (Map.Entry<String, JsonNode> field : logits.properties()) {
      values[labels.size()] = field.getValue().asDouble();
      labels.add(field.getKey());
    }
    if (labels.isEmpty()) {
      throw new CurationStoreException("A prediction of pair " + pairKey + " has no logits");
    }
    return new Prediction(labels, values);
  }

  private static JsonNode readJson(String json) throws CurationStoreException {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new CurationStoreException(
          "The project holds JSON it cannot read: " + e.getOriginalMessage(), e);
    }
  }
}
