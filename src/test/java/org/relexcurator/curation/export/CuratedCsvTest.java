package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.project.ProjectDatabase;

/** The CSV export parsed back says what the JSONL export says, cell by cell. */
class CuratedCsvTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private String csv;
  private List<JsonNode> rows;

  @BeforeEach
  void exportBoth() throws Exception {
    try (ProjectDatabase project = HandMadeProject.create(folder.resolve("hand-made.relex"))) {
      List<CuratedPair> pairs = CuratedProject.read(project).pairs(true);
      ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
      CuratedCsv.write(pairs, csvBytes);
      csv = csvBytes.toString(StandardCharsets.UTF_8);
      ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
      CuratedJsonl.write(pairs, jsonl);
      rows = new ArrayList<>();
      for (String line : jsonl.toString(StandardCharsets.UTF_8).split("\n")) {
        rows.add(JSON.readTree(line));
      }
    }
  }

  private List<CSVRecord> records() throws Exception {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  @Test
  void everyRecordHoldsTheFieldsOfItsJsonlRow() throws Exception {
    List<CSVRecord> records = records();

    assertThat(records).hasSize(rows.size());
    for (int i = 0; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      JsonNode row = rows.get(i);
      for (String column :
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
              "e2_id",
              "type1_source",
              "type2_source",
              "markers")) {
        assertThat(record.get(column)).as(column + " of row " + i).isEqualTo(text(row.get(column)));
      }
      JsonNode prediction = row.get("prediction");
      assertThat(record.get("model_label")).isEqualTo(text(prediction.path("label")));
      if (!prediction.isNull()) {
        for (Map.Entry<String, JsonNode> score : prediction.get("scores").properties()) {
          assertThat(Double.parseDouble(record.get("score_" + score.getKey())))
              .isEqualTo(score.getValue().doubleValue());
        }
      }
      JsonNode curation = row.get("curation");
      assertThat(record.get("curation_status")).isEqualTo(text(curation.path("status")));
      assertThat(record.get("note")).isEqualTo(text(curation.path("note")));
      assertThat(record.get("curators"))
          .isEqualTo(curation.isNull() ? "" : curation.get("curators").toString());
    }
  }

  @Test
  void spansIdsLineBreaksQuotesAndCharactersOutsideTheBmpSurviveTheQuoting() throws Exception {
    List<CSVRecord> records = records();

    assertThat(records.get(1).get("note")).isEqualTo(HandMadeProject.NOTE);
    assertThat(records.get(3).get("entity1")).isEqualTo("\uD835\uDEFC-synuclein");
    assertThat(records.get(3).get("e2_spans")).isEqualTo("26-35;38-45");
    assertThat(records.get(3).get("model_label")).isEmpty();
    assertThat(records.get(4).get("test_model")).isEqualTo("true");
    assertThat(records.get(4).get("model_warning")).startsWith("TEST MODEL");
    assertThat(records.get(5).get("e2_ids")).isEmpty();
  }

  @Test
  void theHeaderHasOneScoreColumnPerLabelInTheModelsOrderAndLinesEndInCrLf() {
    String header = csv.substring(0, csv.indexOf("\r\n"));

    assertThat(header)
        .contains(
            "model_label,model_score,score_causes,score_inhibits,"
                + "score_none,score_treats,model_name");
    assertThat(csv).endsWith("\r\n");
  }
}
