package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.io.formats.FormatRegistry;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Problem;
import org.relexcurator.model.ReasonCode;

/**
 * Several curators on the same pairs, exported as their settlement says and imported back to the
 * same bytes: two curators agreeing, a dispute, a dispute its curator flagged after labelling, an
 * adjudicated dispute, one adjudicated by a curator who had voted, and a single curator.
 */
class SeveralCuratorsExportTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
  private static final Instant T = Instant.parse("2026-03-05T08:00:00Z");

  private static final StoredPair AGREED = HandMadeProject.TREATS;
  private static final StoredPair DISPUTED = HandMadeProject.REVERSED;
  private static final StoredPair FLAGGED_AFTER_LABEL = HandMadeProject.FLAGGED;
  private static final StoredPair ADJUDICATED = HandMadeProject.ALPHA;
  private static final StoredPair ADJUDICATED_BY_VOTER = HandMadeProject.SKIPPED;
  private static final StoredPair SINGLE = HandMadeProject.UNDECIDED;

  @TempDir Path folder;

  private Path original() throws CurationStoreException {
    Path file = folder.resolve("study.relex");
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      project
          .contents()
          .putDocuments(
              List.of(
                  new DocumentIdentity(HandMadeProject.DOCUMENT_1, null, null, null),
                  new DocumentIdentity(HandMadeProject.DOCUMENT_2, null, null, null)));
      List<StoredPair> pairs =
          List.of(AGREED, DISPUTED, FLAGGED_AFTER_LABEL, ADJUDICATED, ADJUDICATED_BY_VOTER, SINGLE);
      project.contents().putPairs(pairs);
      project
          .contents()
          .addPredictions(
              pairs.stream()
                  .map(
                      pair ->
                          new StoredPrediction(
                              pair.key(),
                              HandMadeProject.MODEL,
                              new Prediction(
                                  HandMadeProject.LABELS, new double[] {0.0, 0.0, 0.3, 1.0}),
                              HandMadeProject.PREDICTED))
                  .toList());
      decide(project.decisions());
    }
    return file;
  }

  private static void decide(CurationStore store) throws CurationStoreException {
    label(store, AGREED, "alice", "treats", 0);
    label(store, AGREED, "bob", "treats", 10);
    label(store, DISPUTED, "alice", "none", 20);
    label(store, DISPUTED, "bob", "treats", 30);
    label(store, FLAGGED_AFTER_LABEL, "alice", "none", 40);
    label(store, FLAGGED_AFTER_LABEL, "bob", "causes", 50);
    store.record(
        new DecisionDraft(
            FLAGGED_AFTER_LABEL.key(),
            "alice",
            DecisionAction.FLAGGED,
            null,
            "treats",
            0.4,
            ReasonCode.NEEDS_CONTEXT,
            "ask bob",
            T.plusSeconds(60),
            Duration.ofSeconds(3),
            null));
    label(store, ADJUDICATED, "alice", "causes", 70);
    label(store, ADJUDICATED, "bob", "none", 80);
    adjudicate(store, ADJUDICATED, "lead", "causes", 90);
    label(store, ADJUDICATED_BY_VOTER, "alice", "inhibits", 100);
    label(store, ADJUDICATED_BY_VOTER, "bob", "treats", 110);
    adjudicate(store, ADJUDICATED_BY_VOTER, "bob", "inhibits", 120);
    label(store, SINGLE, "carol", "treats", 130);
  }

  private static void label(
      CurationStore store, StoredPair pair, String curator, String label, int seconds)
      throws CurationStoreException {
    store.record(
        DecisionDraft.labelled(
            pair.key(),
            curator,
            label,
            "treats",
            0.4,
            null,
            curator + " on " + pair.key(),
            T.plusSeconds(seconds),
            Duration.ofSeconds(seconds)));
  }

  private static void adjudicate(
      CurationStore store, StoredPair pair, String curator, String label, int seconds)
      throws CurationStoreException {
    store.record(
        new DecisionDraft(
            pair.key(),
            curator,
            DecisionAction.ADJUDICATED,
            label,
            "treats",
            0.4,
            null,
            "settled",
            T.plusSeconds(seconds),
            Duration.ofSeconds(7),
            null));
  }

  private Path export(Path projectFile, String name) throws Exception {
    Path target = folder.resolve(name);
    try (ProjectDatabase project = ProjectDatabase.open(projectFile)) {
      new ProjectExport(FormatRegistry.standard(), CLOCK)
          .export(CuratedProject.read(project), ExportFormat.JSONL, target, true);
    }
    return target;
  }

  @Test
  void agreementDisputesAndAdjudicationsExportExactlyAsTheGoldenFile() throws Exception {
    byte[] golden;
    try (InputStream in = getClass().getResourceAsStream("/export/several-curators.jsonl")) {
      golden = in.readAllBytes();
    }

    assertThat(Files.readString(export(original(), "first.jsonl")))
        .isEqualTo(new String(golden, "UTF-8"));
  }

  @Test
  void anExportImportedAndExportedAgainIsByteIdentical() throws Exception {
    Path first = export(original(), "first.jsonl");

    ImportSummary summary =
        new ProjectImport(CLOCK).importJsonl(first, folder.resolve("imported.relex"));
    Path second = export(summary.project(), "second.jsonl");

    assertThat(summary.imported()).isEqualTo(6);
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    // Each row with more than the deciding decision says what the others lost; the single does not.
    assertThat(summary.problems())
        .allMatch(p -> p.severity() == Problem.Severity.WARNING)
        .extracting(Problem::line)
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void theImportRecordsEachCuratorsLabelThenTheDecidingDecision() throws Exception {
    Path first = export(original(), "first.jsonl");
    Path imported = folder.resolve("imported.relex");

    new ProjectImport(CLOCK).importJsonl(first, imported);

    try (ProjectDatabase project = ProjectDatabase.open(imported)) {
      assertThat(project.decisions().history(ADJUDICATED_BY_VOTER.key()))
          .extracting(Decision::curator, Decision::action, Decision::label)
          .containsExactly(
              tuple("alice", DecisionAction.CORRECTED, "inhibits"),
              tuple("bob", DecisionAction.ACCEPTED, "treats"),
              tuple("bob", DecisionAction.ADJUDICATED, "inhibits"));
      Decision adjudication = project.decisions().current(ADJUDICATED_BY_VOTER.key()).orElseThrow();
      assertThat(adjudication.note()).isEqualTo("settled");
      assertThat(adjudication.timeSpent()).isEqualTo(Duration.ofSeconds(7));
      assertThat(project.decisions().history(FLAGGED_AFTER_LABEL.key()))
          .extracting(Decision::curator, Decision::action, Decision::label)
          .containsExactly(
              tuple("alice", DecisionAction.REJECTED, "none"),
              tuple("bob", DecisionAction.CORRECTED, "causes"),
              tuple("alice", DecisionAction.FLAGGED, null));
    }
  }
}
