package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relex convert --to pubtator} says what PubTator cannot hold and exits 1. */
class ConvertToPubTatorTest {

  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String shape(String name) throws Exception {
    return Path.of(
            Objects.requireNonNull(
                    ConvertToPubTatorTest.class.getResource("/pubtator-shapes/" + name), name)
                .toURI())
        .toString();
  }

  @Test
  void bratRelationsBetweenMentionsBecomeConceptRelationsOrNamedWarnings() throws Exception {
    Path out = temp.resolve("brat.PubTator");

    Run run =
        relex(
            "convert",
            shape("brat-mention-relations"),
            "--to",
            "pubtator",
            "--out",
            out.toString());

    assertThat(run.exit()).isEqualTo(Main.PROBLEMS);
    assertThat(run.out()).contains("wrote 1 documents");
    assertThat(run.err())
        .contains(
            "relex: warning: "
                + out
                + ": document pmid-42, annotation"
                + " R2: PubTator relations join concept ids, and mention T3 has none; relation left out"
                + " (expected \"a concept id on both mentions\", found \"treats T1 T3\")");
    assertThat(Files.readAllLines(out))
        .filteredOn(line -> line.contains("\ttreats\t"))
        .containsExactly(
            "pmid-42\ttreats\tMESH:D001241\tMESH:D005334",
            "pmid-42\ttreats\tMESH:D007052\tMESH:D005334");
    Run inspect = relex("inspect", out.toString());
    assertThat(inspect.exit()).isZero();
    assertThat(inspect.out()).contains("relations 2").contains("problems: none");
  }

  @Test
  void fullTextConvertsWithoutWarningsAndKeepsItsPairCount() throws Exception {
    Path out = temp.resolve("full-text.PubTator");
    String input = shape("pubtator3-full-text.json");

    Run run = relex("convert", input, "--to", "pubtator", "--out", out.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    String before = relex("inspect", input).out();
    String after = relex("inspect", out.toString()).out();
    assertThat(after)
        .contains("passages 7, sentences 10, entities 18, relations 2," + " candidate pairs 14");
    assertThat(before)
        .contains("passages 7, sentences 10, entities 18, relations 2," + " candidate pairs 14");
  }
}
