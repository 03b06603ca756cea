package org.relexcurator.curation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.Problem;

class CuratedPairsReaderTest {

  private static final String PREDICTED =
      "{\"label\":\"treats\","
          + "\"prediction\":{\"label\":\"treats\","
          + "\"score\":0.8,\"scores\":{\"none\":0.2,\"treats\":0.8}},"
          + "\"model\":{\"name\":\"m\",\"fingerprint\":\"f\",\"test_model\":true}}";

  private static CuratedPairs read(byte[] bytes) throws IOException {
    return CuratedPairsReader.read("in.jsonl", new ByteArrayInputStream(bytes));
  }

  private static CuratedPairs read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsGoldPredictionScoresAndModel() throws IOException {
    CuratedPairs file = read(PREDICTED + "\n");

    CuratedPair pair = file.pairs().get(0);
    assertThat(pair.line()).isEqualTo(1);
    assertThat(pair.gold()).isEqualTo("treats");
    assertThat(pair.prediction().label()).isEqualTo("treats");
    assertThat(pair.prediction().confidence()).isEqualTo(0.8);
    assertThat(pair.prediction().scores())
        .containsExactly(java.util.Map.entry("none", 0.2), java.util.Map.entry("treats", 0.8));
    assertThat(pair.prediction().model()).isEqualTo(new PredictingModel("m", "f", true));
    assertThat(file.modelLabels()).containsExactly("none", "treats");
    assertThat(file.problems()).isEmpty();
  }

  @Test
  void unreviewedAndNeverPredictedRowsAreKeptAsSuch() throws IOException {
    CuratedPairs file =
        read(
            "{\"label\":null,\"prediction\":{\"label\":\"none\",\"score\":0.6}}\n"
                + "{\"label\":\"none\",\"prediction\":null,\"model\":null}\n"
                + "{\"label\":\"none\"}\n");

    assertThat(file.pairs()).hasSize(3);
    assertThat(file.pairs().get(0).gold()).isNull();
    assertThat(file.pairs().get(0).prediction().scores()).isEmpty();
    assertThat(file.pairs().get(0).prediction().model()).isNull();
    assertThat(file.pairs().get(1).prediction()).isNull();
    assertThat(file.pairs().get(2).prediction()).isNull();
    assertThat(file.pairs()).noneMatch(CuratedPair::isReviewed);
  }

  @Test
  void badLinesAreSkippedWithLineExpectedAndFoundAndReadingGoesOn() throws IOException {
    CuratedPairs file =
        read(
            String.join(
                "\n",
                PREDICTED,
                "not json",
                "{\"label\": 3}",
                "{\"label\":\"none\",\"prediction\":{\"label\":\"none\",\"score\":1.7}}",
                "[1, 2]",
                "{\"doc_id\":\"1\"}",
                "{\"label\":\"none\",\"prediction\":{\"label\":\"none\"}}",
                "{\"label\":\"none\",\"prediction\":{\"label\":\"none\",\"score\":0.5},"
                    + "\"model\":{\"test_model\":\"yes\"}}",
                "{\"label\":\"none\"} trailing",
                PREDICTED));

    assertThat(file.pairs()).extracting(CuratedPair::line).containsExactly(1, 10);
    assertThat(file.problems()).extracting(Problem::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(file.problems().get(2).describe())
        .isEqualTo(
            "in.jsonl:4: \"prediction.score\" is"
                + " not a probability; line skipped (expected \"a number from 0 to 1\", found \"1.7\")");
    assertThat(file.problems().get(4).describe()).contains("no \"label\" field");
    assertThat(file.problems().get(6).describe()).contains("\"model.test_model\"");
  }

  @Test
  void aLineThatIsNotUtf8CostsOnlyThatLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(PREDICTED.getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'\n', '{', (byte) 0xff, (byte) 0xfe, '}', '\n'});
    bytes.write(PREDICTED.getBytes(StandardCharsets.UTF_8));

    CuratedPairs file = read(bytes.toByteArray());

    assertThat(file.pairs()).hasSize(2);
    assertThat(file.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.line()).isEqualTo(2);
              assertThat(problem.expected()).isEqualTo("UTF-8 text");
            });
  }

  @Test
  void windowsLineEndsAByteOrderMarkAndBlankLinesAreFine() throws IOException {
    CuratedPairs file = read("\uFEFF" + PREDICTED + "\r\n\r\n" + PREDICTED + "\r\n");

    assertThat(file.problems()).isEmpty();
    assertThat(file.pairs()).extracting(CuratedPair::line).containsExactly(1, 3);
  }

  @Test
  void aMissingFileIsUnreadableWithItsNameInTheMessage(@TempDir Path temp) {
    Path missing = temp.resolve("gone.jsonl");

    assertThatThrownBy(() -> CuratedPairsReader.read(missing))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage(missing + ": no such file");
  }

  @Property(tries = 200)
  void anyBytesGiveProblemsNeverAnException(@ForAll @Size(max = 400) byte[] bytes)
      throws IOException {
    CuratedPairs file = read(bytes);

    assertThat(file.pairs().size() + file.problems().size()).isLessThanOrEqualTo(bytes.length + 1);
  }
}
