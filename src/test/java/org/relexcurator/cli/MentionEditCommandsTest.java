package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.MentionEditing;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Document;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Span;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.EditedPairs;
import org.relexcurator.pipeline.PairChanges;
import org.relexcurator.pipeline.PreparedCorpus;
import org.relexcurator.pipeline.ProjectCorpus;

/**
 * {@code relex export --format pubtator}, {@code relex evaluate --project} and {@code relex
 * agreement} on a project where two curators corrected the mentions.
 */
class MentionEditCommandsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC);
  private static final Duration SPENT = Duration.ofSeconds(2);
  private static final List<String> LABELS = List.of("causes", "none", "treats");

  @TempDir Path folder;

  private Path projectFile;

  record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void twoCuratorsCorrectTheMentions() throws Exception {
    Path corpus = folder.resolve("edits.pubtator");
    Files.copy(Path.of("src/test/resources/mention-edits/edits.pubtator"), corpus);
    CorpusPreparation preparation = CorpusPreparation.standard(MarkerMode.EXACT);
    PreparedCorpus prepared = preparation.prepare(corpus);
    Document file = prepared.documents().get(0);
    projectFile = folder.resolve("edits.relex");
    try (ProjectDatabase project = ProjectDatabase.create(projectFile)) {
      new ProjectCorpus(preparation).save(prepared, project.contents());
      MentionEditing editing = new MentionEditing(project.decisions(), CLOCK);
      Document before = editing.edited(file).document();
      editing.add(file, "alice", List.of(new Span(98, 107)), "Chemical", List.of(), SPENT);
      editing.add(file, "bob", List.of(new Span(38, 43)), "Species", List.of("9606"), SPENT);
      Document after = editing.edited(file).document();
      PairChanges changes = new EditedPairs(preparation).changes("edits", before, after);
      new EditedPairs(preparation).save(after, changes.added(), project.contents());
      ModelIdentity model = new ModelIdentity("sha256:m", "synthetic_relex", null, false);
      List<StoredPrediction> predictions = new ArrayList<>();
      for (StoredPair pair : project.contents().pairs()) {
        predictions.add(
            new StoredPrediction(
                pair.key(),
                model,
                new Prediction(LABELS, new double[] {2, 0, 1}),
                CLOCK.instant()));
      }
      project.contents().addPredictions(predictions);
      for (StoredPair pair : project.contents().pairs()) {
        project
            .decisions()
            .record(
                DecisionDraft.labelled(
                    pair.key(),
                    "alice",
                    "causes",
                    "causes",
                    0.6,
                    null,
                    "",
                    CLOCK.instant(),
                    SPENT));
      }
    }
  }

  @Test
  void evaluateWithTheProjectCountsTheGoldPairsOnAnAddedMention() throws Exception {
    Path jsonl = folder.resolve("curated.jsonl");
    assertThat(
            relex("export", projectFile.toString(), "--format", "jsonl", "--out", jsonl.toString())
                .exit())
        .isZero();

    Run run = relex("evaluate", jsonl.toString(), "--project", projectFile.toString());

    long onAdded =
        Files.readString(jsonl).lines().filter(line -> line.contains("+98-107:Chemical")).count();
    assertThat(onAdded).isPositive();
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("## Pre-annotation corrected by curators")
        .contains("| Chemical | 1 | 0 | 0 | 0 | 0 |")
        .contains("| Species | 1 | 0 | 0 | 0 | 0 |")
        .contains(onAdded + " of " + Files.readString(jsonl).lines().count() + " gold pairs");
  }

  @Test
  void pubTatorExportWritesTheAddedMentionsAndNamesWhatItCouldNotHold() throws Exception {
    Path pubtator = folder.resolve("out.pubtator");

    Run run =
        relex(
            "export", projectFile.toString(), "--format", "pubtator", "--out", pubtator.toString());

    assertThat(run.exit()).as("written, with losses").isEqualTo(Main.PROBLEMS);
    assertThat(run.out()).contains("with 2 mentions a curator added or changed");
    assertThat(Files.readString(pubtator))
        .contains("1\t98\t107\tcisplatin\tChemical")
        .contains("1\t38\t43\twomen\tSpecies\t9606");
    assertThat(run.err())
        .contains(
            "document 1, annotation R6: PubTator relations join concept ids, and mention"
                + " +98-107:Chemical has none; relation left out");
  }

  @Test
  void agreementComparesTheTwoCuratorsMentionEdits() {
    Run run = relex("agreement", projectFile.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Mention edits of alice and bob: 2 changes, 0 made by both")
        .containsPattern("Chemical\\s+added\\s+0\\s+1\\s+0")
        .containsPattern("Species\\s+added\\s+0\\s+0\\s+1");
  }
}
