package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.relexcurator.inference.SyntheticRelexLabels;
import org.relexcurator.model.Problem;

/** The rules every use of a curated-pairs file shares: one JSON object, keys once, labels. */
class CuratedJsonlReaderTest {

  /** What the reader itself hands on: the gold label ("null" for none). */
  private static CuratedJsonlReader.Result<String> read(String text) throws IOException {
    return CuratedJsonlReader.read(
        "in.jsonl",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        line -> String.valueOf(line.gold()));
  }

  @Test
  void aLabelThatDiffersFromALabelNameOnlyInCaseIsReadAsThatNameWithAWarning() throws IOException {
    CuratedJsonlReader.Result<String> read =
        read(
            "{\"doc_id\":\"d1\",\"label\":\"CAUSES\"}\n"
                + "{\"label\":\"Causes\"}\n{\"label\":\"causes\"}\n");

    assertThat(read.rows()).containsExactly("causes", "causes", "causes");
    assertThat(read.problems())
        .extracting(Problem::describe)
        .containsExactly(
            "in.jsonl:1: document d1: label \"CAUSES\" is read as \"causes\", the label of that name"
                + " in another case",
            "in.jsonl:2: label \"Causes\" is read as \"causes\", the label of that name in another"
                + " case");
    assertThat(read.problems()).allMatch(p -> p.severity() == Problem.Severity.WARNING);
  }

  @Test
  void aLabelThatIsNoLabelNameSkipsTheLineNamingTheLabelsAllowed() throws IOException {
    CuratedJsonlReader.Result<String> read =
        read(
            "{\"label\":\"caused\"}\n{\"label\":\"\"}\n"
                + "{\"label\":3}\n{\"doc_id\":\"d1\"}\n{\"label\":null}\n");

    assertThat(read.rows()).containsExactly("null");
    assertThat(read.problems())
        .allMatch(p -> p.severity() == Problem.Severity.ERROR)
        .extracting(Problem::line)
        .containsExactly(1, 2, 3, 4);
    assertThat(read.problems().get(0).describe())
        .isEqualTo(
            "in.jsonl:1: label \"caused\" is not"
                + " a label name; line skipped (expected \"one of "
                + String.join(", ", SyntheticRelexLabels.ALL)
                + "\", found \"caused\")");
    assertThat(read.problems().get(3).describe())
        .isEqualTo(
            "in.jsonl:4: document d1: no"
                + " \"label\" field; line skipped (expected \"\"label\": a label name or null\", found"
                + " nothing)");
  }

  @Test
  void theLabelsOfTheLinesModelAreLabelNamesToo() throws IOException {
    CuratedJsonlReader.Result<String> read =
        read(
            "{\"label\":\"cid\","
                + "\"prediction\":{\"label\":\"CID\",\"scores\":{\"CID\":0.7,\"none\":0.3}}}\n");

    assertThat(read.rows()).containsExactly("CID");
    assertThat(read.problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("label \"cid\" is read as \"CID\"");
  }

  @Test
  void aKeyGivenTwiceSkipsTheLineNamingTheKeyWhereverItIs() throws IOException {
    CuratedJsonlReader.Result<String> read =
        read(
            "{\"label\":\"none\",\"label\":\"causes\"}\n"
                + "{\"label\":\"none\",\"prediction\":{\"scores\":{\"none\":0.5,\"none\":0.5}}}\n"
                + "{\"label\":\"none\"} {\"label\":\"causes\"}\n");

    assertThat(read.rows()).isEmpty();
    assertThat(read.problems())
        .extracting(Problem::describe)
        .containsExactly(
            "in.jsonl:1: the key \"label\" is given twice in one object; line skipped (expected"
                + " \"each key once\", found \"label\")",
            "in.jsonl:2: the key \"none\" is given twice in one object; line skipped (expected"
                + " \"each key once\", found \"none\")",
            "in.jsonl:3: not JSON: Trailing token (of type START_OBJECT) found after value (bound as"
                + " `com.fasterxml.jackson.databind.JsonNode`): not allowed as per"
                + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`; line skipped (expected \"a JSON"
                + " object\", found \"{\"label\":\"none\"} {\"label\":\"causes\"}\")");
  }

  @Test
  void aSkippedLineGivesItsErrorAloneWithoutTheWarningsOfItsLabel() throws IOException {
    CuratedJsonlReader.Result<String> read =
        CuratedJsonlReader.read(
            "in.jsonl",
            new ByteArrayInputStream("{\"label\":\"NONE\"}\n".getBytes(StandardCharsets.UTF_8)),
            line -> {
              throw new BadLine("no use for it", null, null);
            });

    assertThat(read.problems())
        .singleElement()
        .extracting(Problem::describe)
        .isEqualTo("in.jsonl:1: no use for it; line skipped");
    assertThat(read.linesWithContent()).isEqualTo(1);
  }
}
