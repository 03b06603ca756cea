package org.relexcurator.curation.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.sampling.ReviewSample;
import org.relexcurator.curation.sampling.SampledPair;
import org.relexcurator.curation.sampling.ScoreBands;
import org.relexcurator.curation.sampling.Stratum;
import org.relexcurator.curation.sampling.StratumQuota;

/**
 * A project's review sample in the tables {@code review_design}, {@code _strata}, {@code _sample}.
 */
final class SqliteReviewSampleStore implements ReviewSampleStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProjectDatabase database;

  SqliteReviewSampleStore(ProjectDatabase database) {
    this.database = database;
  }

  @Override
  public void save(ReviewSample sample) throws CurationStoreException {
    database.inTransaction(
        "Could not save the review sample",
        connection -> {
          if (hasSample(connection)) {
            throw new CurationStoreException(
                database.file() + " holds a review sample already; make a new project");
          }
          try (PreparedStatement design =
              connection.prepareStatement(
                  "INSERT INTO review_design (id, source, seed, control_share,"
                      + " minimum_per_stratum, band_edges) VALUES (1, ?, ?, ?, ?, ?)")) {
            design.setString(1, sample.source());
            design.setLong(2, sample.seed());
            design.setDouble(3, sample.controlShare());
            design.setInt(4, sample.minimumPerStratum());
            design.setString(5, json(sample.bands().edges()));
            design.executeUpdate();
          }
          try (PreparedStatement strata =
              connection.prepareStatement(
                  "INSERT INTO review_strata (label, band, population, focus, control)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Stratum, StratumQuota> entry : sample.quotas().entrySet()) {
              strata.setString(1, entry.getKey().label());
              strata.setInt(2, entry.getKey().band());
              strata.setLong(3, entry.getValue().population());
              strata.setInt(4, entry.getValue().focus());
              strata.setInt(5, entry.getValue().control());
              strata.executeUpdate();
            }
          }
          try (PreparedStatement pairs =
              connection.prepareStatement(
                  "INSERT INTO review_sample (pair_key, label, band, inclusion_probability,"
                      + " control) VALUES (?, ?, ?, ?, ?)")) {
            for (SampledPair pair : sample.pairs()) {
              pairs.setString(1, pair.pairKey());
              pairs.setString(2, pair.stratum().label());
              pairs.setInt(3, pair.stratum().band());
              pairs.setDouble(4, pair.inclusionProbability());
              pairs.setInt(5, pair.control() ? 1 : 0);
              pairs.executeUpdate();
            }
          }
          return null;
        });
  }

  @Override
  public Optional<ReviewSample> read() throws CurationStoreException {
    return database.withConnection(
        "Could not read the review sample",
        connection -> {
          try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT source, seed, control_share, minimum_per_stratum, band_edges"
                          + " FROM review_design WHERE id = 1");
              ResultSet design = select.executeQuery()) {
            if (!design.next()) {
              return Optional.empty();
            }
            return Optional.of(
                new ReviewSample(
                    design.getString(1),
                    new ScoreBands(edges(design.getString(5))),
                    design.getLong(2),
                    design.getDouble(3),
                    design.getInt(4),
                    quotas(connection),
                    pairs(connection)));
          }
        });
  }

  private static boolean hasSample(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement("SELECT 1 FROM review_design WHERE id = 1");
        ResultSet rows = select.executeQuery()) {
      return rows.next();
    }
  }

  private static SortedMap<Stratum, StratumQuota> quotas(Connection connection)
      throws SQLException {
    SortedMap<Stratum, StratumQuota> quotas = new TreeMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT label, band, population, focus, control FROM review_strata");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        quotas.put(
            new Stratum(rows.getString(1), rows.getInt(2)),
            new StratumQuota(rows.getLong(3), rows.getInt(4), rows.getInt(5)));
      }
    }
    return quotas;
  }

  private static List<SampledPair> pairs(Connection connection) throws SQLException {
    List<SampledPair> pairs = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT pair_key, label, band, inclusion_probability, control FROM review_sample"
                    + " ORDER BY rowid");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        pairs.add(
            new SampledPair(
                rows.getString(1),
                new Stratum(rows.getString(2), rows.getInt(3)),
                rows.getDouble(4),
                rows.getInt(5) == 1));
      }
    }
    return pairs;
  }

  private String json(List<Double> values) throws CurationStoreException {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new CurationStoreException("Could not write the score bands: " + e.getMessage(), e);
    }
  }

  private List<Double> edges(String json) throws CurationStoreException {
    try {
      return JSON.readValue(json, new TypeReference<List<Double>>() {});
    } catch (JsonProcessingException e) {
      throw new CurationStoreException(
          database.file() + " holds unreadable score bands: " + json, e);
    }
  }
}
