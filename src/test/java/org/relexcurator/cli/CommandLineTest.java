package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

  private static final String SAMPLE = "resources/samples/biored-dev-sample.pubtator";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void inspectReportsCountsOfTheSampleAndExitsZero() {
    Run run = relex("inspect", SAMPLE);

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("(pubtator)")
        .contains("documents 6, passages 12")
        .contains("relations 39")
        .contains("problems: none");
  }

  @Test
  void inspectJsonHasTheFieldsScriptsRelyOn() throws IOException {
    Run run = relex("inspect", "--json", SAMPLE);

    JsonNode file = JSON.readTree(run.out()).get("files").get(0);
    assertThat(file.get("path").asText()).isEqualTo(SAMPLE);
    assertThat(file.get("format").asText()).isEqualTo("pubtator");
    for (String count :
        List.of("documents", "passages", "sentences", "entities", "relations", "pairs")) {
      assertThat(file.get(count).isInt()).as(count).isTrue();
    }
    assertThat(file.get("documents").asInt()).isEqualTo(6);
    assertThat(file.get("entityTypes").get("GeneOrGeneProduct").asInt()).isEqualTo(34);
    assertThat(file.get("relationTypes").get("Association").asInt()).isEqualTo(21);
    assertThat(file.get("problems").isArray()).isTrue();
    assertThat(file.get("pairs").asInt()).isPositive();
  }

  @Test
  void inspectListsProblemsWithLineAndExpectedTextAndExitsOne() throws IOException {
    Path bad = temp.resolve("bad.pubtator");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "1|t|Aspirin reduces fever.",
            "1|a|It is cheap.",
            "1\t0\t7\tAspirin\tChemical\tD001241",
            "1\t16\t21\tcough\tDisease\tD003371",
            "1\tnot a line",
            ""),
        StandardCharsets.UTF_8);

    Run run = relex("inspect", "--json", bad.toString());

    assertThat(run.exit()).isEqualTo(Main.PROBLEMS);
    JsonNode file = JSON.readTree(run.out()).get("files").get(0);
    assertThat(file.get("entities").asInt()).isEqualTo(1);
    JsonNode problems = file.get("problems");
    assertThat(problems).hasSize(2);
    JsonNode mismatch =
        problems.get(0).get("line").asInt() == 4 ? problems.get(0) : problems.get(1);
    JsonNode malformed = mismatch == problems.get(0) ? problems.get(1) : problems.get(0);
    assertThat(mismatch.get("line").asInt()).isEqualTo(4);
    assertThat(mismatch.get("document").asText()).isEqualTo("1");
    assertThat(mismatch.get("expected").asText()).isEqualTo("cough");
    assertThat(mismatch.get("found").asText()).isEqualTo("fever");
    assertThat(malformed.get("line").asInt()).isEqualTo(5);
    assertThat(malformed.get("severity").asText()).isEqualTo("error");
  }

  @Test
  void unreadableInputGivesOneLineAndExitTwoWhileOtherFilesAreStillReported() {
    Run run = relex("inspect", "no/such/file.pubtator", SAMPLE);

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err())
        .contains("no/such/file.pubtator: no such file or folder")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).contains("documents 6");
  }

  @Test
  void badArgumentsExitTwoWithAHint() {
    Run run = relex("pairs", "--markers", "some", SAMPLE);

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).contains("expected exact or all-occurrences");
  }

  @Test
  void pairsWritesOneJsonLinePerCandidatePairInEitherMarkerMode() throws IOException {
    Path exact = temp.resolve("exact.jsonl");
    Path all = temp.resolve("all.jsonl");

    assertThat(relex("pairs", "--out", exact.toString(), SAMPLE).exit()).isZero();
    assertThat(
            relex("pairs", "--markers", "all-occurrences", "--out", all.toString(), SAMPLE).exit())
        .isZero();

    int inspected =
        JSON.readTree(relex("inspect", "--json", SAMPLE).out())
            .get("files")
            .get(0)
            .get("pairs")
            .asInt();
    List<String> exactLines = Files.readAllLines(exact);
    assertThat(exactLines).hasSize(inspected);
    JsonNode first = JSON.readTree(exactLines.get(0));
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
            "e1_spans",
            "e2_spans",
            "e1_ids",
            "e2_ids")) {
      assertThat(first.has(column)).as(column).isTrue();
    }
    assertThat(first.get("text").asText())
        .contains("[E1]")
        .contains("[/E1]")
        .contains("[E2]")
        .contains("[/E2]");
    assertThat(first.get("markers").asText()).isEqualTo("exact");
    List<String> allLines = Files.readAllLines(all);
    assertThat(allLines)
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(JSON.readTree(line).get("markers").asText())
                    .isEqualTo("all-occurrences"));
  }

  @Test
  void convertWritesAFileThatReadsBackToTheSameCounts() throws IOException {
    Path out = temp.resolve("sample.xml");

    Run convert = relex("convert", SAMPLE, "--to", "bioc-xml", "--out", out.toString());

    assertThat(convert.exit()).isZero();
    assertThat(convert.out()).contains("wrote 6 documents");
    assertThat(convert.err()).isEmpty();
    JsonNode original = JSON.readTree(relex("inspect", "--json", SAMPLE).out()).get("files").get(0);
    JsonNode converted =
        JSON.readTree(relex("inspect", "--json", out.toString()).out()).get("files").get(0);
    assertThat(converted.get("format").asText()).isEqualTo("bioc-xml");
    for (String count :
        List.of(
            "documents",
            "passages",
            "sentences",
            "entities",
            "relations",
            "pairs",
            "entityTypes",
            "relationTypes")) {
      assertThat(converted.get(count)).as(count).isEqualTo(original.get(count));
    }
  }

  @Test
  void convertSaysWhatTheTargetFormatCouldNotHold() {
    Run run = relex("convert", SAMPLE, "--to", "brat", "--out", temp.resolve("brat").toString());

    assertThat(run.exit()).isEqualTo(Main.PROBLEMS);
    assertThat(run.err())
        .contains("the brat format could not hold 39 of 39 relations")
        .doesNotContain("entity mentions");
  }

  @Test
  void convertRefusesAnUnknownFormat() {
    Run run = relex("convert", SAMPLE, "--to", "docx", "--out", temp.resolve("x").toString());

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).contains("unknown format 'docx'").contains("pubtator");
  }

  /** The help of a command and of all its subcommands, one after the other. */
  private static void usages(CommandLine command, StringBuilder into) {
    into.append(command.getUsageMessage());
    command.getSubcommands().values().forEach(sub -> usages(sub, into));
  }

  /**
   * Picocli runs each help text through String.format; one it cannot format (a bare % sign) it
   * prints raw, after a "[picocli WARN]" line on standard error for every use of the text.
   */
  @Test
  void everyHelpPrintsWithoutPicocliWarnings() {
    StringBuilder help = new StringBuilder();
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    PrintStream standardError = System.err;
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      usages(Main.commandLine(), help);
    } finally {
      System.setErr(standardError);
    }

    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(help).contains("bootstrap 95% intervals").contains("for the 95% intervals");
  }
}
