package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.relexcurator.model.Problem;

/**
 * Lines of a real export with one value swapped for something odd, or cut short: the reader never
 * throws, and each line gives either a row or exactly one error.
 */
class CuratedJsonlReaderPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ODD_VALUES =
      List.of(
          "null",
          "-1",
          "0",
          "1e400",
          "-1e400",
          "2147483648",
          "1.5",
          "\"\"",
          "\"x\"",
          "\"\\ud800\"",
          "[]",
          "[[1]]",
          "[[-1,2]]",
          "{}",
          "true",
          "\"2026-13-45T99:00:00Z\"",
          "\"adjudicated\"",
          "\"gold\"",
          "\"open\"",
          "\"none\"",
          "9223372036854775807",
          "{\"alice\":null,\"bob\":\"treats\"}");

  private static List<String> goldenLines() {
    try (InputStream in =
        CuratedJsonlReaderPropertiesTest.class.getResourceAsStream("/export/hand-made-all.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every place in a tree that holds a value: the container and the key or index. */
  private static void places(JsonNode node, List<Object[]> into) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        into.add(new Object[] {object, field.getKey()});
        places(field.getValue(), into);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        into.add(new Object[] {array, i});
        places(array.get(i), into);
      }
    }
  }

  private static String withOddValue(String line, int place, String value) {
    try {
      JsonNode root = JSON.readTree(line);
      List<Object[]> all = new ArrayList<>();
      places(root, all);
      Object[] chosen = all.get(place % all.size());
      JsonNode odd = JSON.readTree(value);
      if (chosen[0] instanceof ObjectNode object) {
        object.set((String) chosen[1], odd);
      } else {
        ((ArrayNode) chosen[0]).set((Integer) chosen[1], odd);
      }
      return root.toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Provide
  Arbitrary<String> damagedLines() {
    List<String> lines = goldenLines();
    Arbitrary<String> swapped =
        Combinators.combine(
                Arbitraries.of(lines),
                Arbitraries.integers().between(0, 500),
                Arbitraries.of(ODD_VALUES))
            .as(CuratedJsonlReaderPropertiesTest::withOddValue);
    Arbitrary<String> cut =
        Arbitraries.of(lines)
            .flatMap(
                line ->
                    Arbitraries.integers()
                        .between(0, line.length())
                        .map(n -> line.substring(0, n)));
    return Arbitraries.oneOf(swapped, cut, Arbitraries.strings().ofMaxLength(80));
  }

  private static CuratedJsonlReader.Result<ImportedRow> read(String line) throws IOException {
    return CuratedJsonlReader.read(
        "one-line.jsonl",
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
        new ImportedRowParser(Instant.EPOCH));
  }

  @Property(tries = 600)
  void aDamagedLineGivesARowOrOneErrorAndNeverAnException(@ForAll("damagedLines") String damaged)
      throws IOException {
    // One line: a line end in an arbitrary string would make two.
    String line = damaged.replace('\n', ' ');

    CuratedJsonlReader.Result<ImportedRow> read = read(line);

    long errors =
        read.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    if (line.isBlank()) {
      assertThat(read.rows()).isEmpty();
      assertThat(errors).isZero();
    } else {
      assertThat(read.rows().size() + errors).isEqualTo(1);
    }
  }

  @Property(tries = 50)
  void anUndamagedLineIsRead(@ForAll("goldenIndex") int index) throws IOException {
    CuratedJsonlReader.Result<ImportedRow> read = read(goldenLines().get(index));

    assertThat(read.problems()).isEmpty();
    assertThat(read.rows()).hasSize(1);
  }

  @Provide
  Arbitrary<Integer> goldenIndex() {
    return Arbitraries.integers().between(0, goldenLines().size() - 1);
  }
}
