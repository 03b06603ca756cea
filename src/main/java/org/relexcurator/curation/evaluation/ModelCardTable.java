package org.relexcurator.curation.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The model card's own test-set table, bundled as {@code model-card-test-set.csv} (its comment says
 * where the numbers come from). The card scored the model against the LLM labels it was distilled
 * from, so a difference to a human-gold evaluation mixes model error with label error.
 */
public record ModelCardTable(List<LabelMetrics> labels, LabelMetrics macro, LabelMetrics weighted) {

  private static final String RESOURCE = "model-card-test-set.csv";

  public ModelCardTable {
    labels = List.copyOf(labels);
  }

  public static ModelCardTable bundled() {
    try (InputStream in = ModelCardTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ModelCardTable read(Reader reader) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    List<LabelMetrics> labels = new ArrayList<>();
    LabelMetrics macro = null;
    LabelMetrics weighted = null;
    for (CSVRecord record : format.parse(reader)) {
      LabelMetrics row =
          new LabelMetrics(
              record.get("label"),
              Double.parseDouble(record.get("precision")),
              Double.parseDouble(record.get("recall")),
              Double.parseDouble(record.get("f1")),
              Double.parseDouble(record.get("support")));
      switch (row.label()) {
        case ClassificationReport.MACRO -> macro = row;
        case ClassificationReport.WEIGHTED -> weighted = row;
        default -> labels.add(row);
      }
    }
    return new ModelCardTable(labels, macro, weighted);
  }

  /** The card's row for a label, {@code macro avg} or {@code weighted avg}. */
  public Optional<LabelMetrics> row(String label) {
    return switch (label) {
      case ClassificationReport.MACRO -> Optional.ofNullable(macro);
      case ClassificationReport.WEIGHTED -> Optional.ofNullable(weighted);
      default -> labels.stream().filter(row -> row.label().equals(label)).findFirst();
    };
  }
}
