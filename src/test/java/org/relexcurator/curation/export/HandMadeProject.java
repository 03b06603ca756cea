package org.relexcurator.curation.export;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.model.Span;

/**
 * A small project made by hand with every case an export must write: accepted, rejected and
 * corrected pairs, a skipped and a flagged one, an undone decision, a pair never decided, one never
 * predicted, a test model's prediction, a note with a line break and quotes, text outside the Basic
 * Multilingual Plane, a pair added late to an earlier document, and a decision about a pair the
 * project does not hold.
 */
final class HandMadeProject {

  static final List<String> LABELS = List.of("causes", "inhibits", "none", "treats");
  static final ModelIdentity MODEL =
      new ModelIdentity(
          "sha256:5ca1ab1e", "synthetic_relex", Path.of("/models/synthetic_relex"), false);
  static final ModelIdentity TEST_MODEL =
      new ModelIdentity("sha256:7e57", "tiny-test-model", null, true);
  static final Instant PREDICTED = Instant.parse("2026-03-02T09:00:00Z");

  /** A tamoxifen pair and its reverse, a flagged pair added last. */
  static final String DOCUMENT_1 = "PMID:1";

  /** α-synuclein written with MATHEMATICAL ITALIC SMALL ALPHA (U+1D6FC), outside the BMP. */
  static final String DOCUMENT_2 = "PMID:2";

  static final StoredPair TREATS =
      pair(
          DOCUMENT_1,
          "T1",
          List.of(new Span(0, 9)),
          "Chemical",
          "Tamoxifen",
          List.of("D013629"),
          "T2",
          List.of(new Span(19, 32)),
          "Disease",
          "breast cancer",
          List.of("D001943"),
          new Span(0, 33),
          "[E1]Tamoxifen[/E1] prevents [E2]breast cancer[/E2].");
  static final StoredPair REVERSED =
      pair(
          DOCUMENT_1,
          "T2",
          List.of(new Span(19, 32)),
          "Disease",
          "breast cancer",
          List.of("D001943"),
          "T1",
          List.of(new Span(0, 9)),
          "Chemical",
          "Tamoxifen",
          List.of("D013629"),
          new Span(0, 33),
          "[E2]Tamoxifen[/E2] prevents [E1]breast cancer[/E1].");
  static final StoredPair ALPHA =
      pair(
          DOCUMENT_2,
          "T1",
          List.of(new Span(0, 11)),
          "Gene",
          "\uD835\uDEFC-synuclein",
          List.of("6622"),
          "T3",
          List.of(new Span(26, 35), new Span(38, 45)),
          "Disease",
          "Parkinson's disease",
          List.of("D010300"),
          new Span(0, 46),
          "[E1]\uD835\uDEFC-synuclein[/E1] aggregates in [E2]Parkinson's disease[/E2].");
  static final StoredPair SKIPPED =
      pair(
          DOCUMENT_2,
          "T3",
          List.of(new Span(26, 35), new Span(38, 45)),
          "Disease",
          "Parkinson's disease",
          List.of("D010300"),
          "T1",
          List.of(new Span(0, 11)),
          "Gene",
          "\uD835\uDEFC-synuclein",
          List.of("6622"),
          new Span(0, 46),
          "[E2]\uD835\uDEFC-synuclein[/E2] aggregates in [E1]Parkinson's disease[/E1].");
  static final StoredPair UNDECIDED =
      pair(
          DOCUMENT_2,
          "T1",
          List.of(new Span(0, 11)),
          "Gene",
          "\uD835\uDEFC-synuclein",
          List.of("6622"),
          "T4",
          List.of(new Span(33, 41)),
          "Chemical",
          "dopamine",
          List.of(),
          new Span(0, 53),
          "[E1]\uD835\uDEFC-synuclein[/E1] aggregates and binds [E2]dopamine[/E2] in neurons.");
  static final StoredPair FLAGGED =
      pair(
          DOCUMENT_1,
          "T6",
          List.of(new Span(34, 43)),
          "Chemical",
          "Tamoxifen",
          List.of("D013629"),
          "T5",
          List.of(new Span(58, 64)),
          "Gene",
          "CYP2D6",
          List.of("1565"),
          new Span(34, 65),
          "[E1]Tamoxifen[/E1] is cleared by [E2]CYP2D6[/E2].");

  static final String NOTE = "E2 treats E1, not \"the other way\"\nsee figure 2\ttable 1";

  private HandMadeProject() {}

  private static StoredPair pair(
      String document,
      String e1,
      List<Span> e1Spans,
      String e1Type,
      String e1Text,
      List<String> e1Ids,
      String e2,
      List<Span> e2Spans,
      String e2Type,
      String e2Text,
      List<String> e2Ids,
      Span sentence,
      String marked) {
    String e1Source = e1Type.equals("Disease") ? "DiseaseOrPhenotypicFeature" : e1Type;
    String e2Source = e2Type.equals("Disease") ? "DiseaseOrPhenotypicFeature" : e2Type;
    return new StoredPair(
        document, e1, e1Spans, e1Type, e2, e2Spans, e2Type, sentence, marked, "exact", e1Text,
        e1Ids, e1Source, e2Text, e2Ids, e2Source);
  }

  /** Makes the project at {@code file} and leaves it open. */
  static ProjectDatabase create(Path file) throws CurationStoreException {
    ProjectDatabase project = ProjectDatabase.create(file);
    project
        .contents()
        .putDocuments(
            List.of(
                new DocumentIdentity(DOCUMENT_1, null, null, null),
                new DocumentIdentity(DOCUMENT_2, null, null, null)));
    project.contents().putPairs(List.of(TREATS, REVERSED, ALPHA, SKIPPED, UNDECIDED));
    project.contents().putPairs(List.of(FLAGGED));
    project
        .contents()
        .addPredictions(
            List.of(
                prediction(TREATS, MODEL, -1.25, 0.5, 0.1, 2.75),
                prediction(REVERSED, MODEL, 0.0, 0.0, 0.3, 1.0),
                prediction(SKIPPED, TEST_MODEL, 0.01, -0.02, 0.03, 0.0),
                prediction(UNDECIDED, MODEL, 0.2, 1.7, 0.4, -3.0),
                prediction(FLAGGED, MODEL, 0.6, 0.4, 1.2, 0.0)));
    // A later prediction of the same pair by the same model is the one exported.
    project.contents().addPredictions(List.of(prediction(TREATS, MODEL, -1.0, 0.5, 0.1, 3.0)));
    decide(project.decisions());
    return project;
  }

  private static StoredPrediction prediction(
      StoredPair pair, ModelIdentity model, double... logits) {
    return new StoredPrediction(pair.key(), model, new Prediction(LABELS, logits), PREDICTED);
  }

  private static void decide(CurationStore store) throws CurationStoreException {
    Instant t = Instant.parse("2026-03-02T10:00:00Z");
    Prediction treats = new Prediction(LABELS, new double[] {-1.0, 0.5, 0.1, 3.0});
    store.record(
        DecisionDraft.labelled(
            TREATS.key(),
            "alice",
            "treats",
            "treats",
            treats.topScore(),
            null,
            "",
            t,
            Duration.ofMillis(4200)));
    store.record(
        DecisionDraft.labelled(
            REVERSED.key(),
            "alice",
            Decision.NO_RELATION,
            "treats",
            0.4,
            ReasonCode.WRONG_DIRECTION,
            NOTE,
            t.plusSeconds(30),
            Duration.ofMillis(12_345)));
    store.record(
        DecisionDraft.labelled(
            ALPHA.key(),
            "carol",
            "causes",
            null,
            null,
            null,
            "\uD835\uDEFC is the Greek letter",
            t.plusSeconds(60),
            Duration.ofSeconds(9)));
    store.record(
        new DecisionDraft(
            SKIPPED.key(),
            "alice",
            DecisionAction.SKIPPED,
            null,
            "none",
            0.26,
            ReasonCode.NEEDS_CONTEXT,
            "",
            t.plusSeconds(90),
            Duration.ofMillis(800),
            null));
    Decision undone =
        store.record(
            DecisionDraft.labelled(
                UNDECIDED.key(),
                "bob",
                "inhibits",
                "inhibits",
                0.7,
                null,
                "",
                t.plusSeconds(100),
                Duration.ofSeconds(2)));
    store.record(DecisionDraft.undo(undone, t.plusSeconds(101)));
    store.record(
        new DecisionDraft(
            FLAGGED.key(),
            "bob",
            DecisionAction.FLAGGED,
            "treats",
            "none",
            0.5,
            ReasonCode.OTHER,
            "ask a pharmacologist",
            t.plusSeconds(120),
            Duration.ofMillis(61_000),
            null));
    store.record(
        DecisionDraft.labelled(
            "PMID:9|T1|T2",
            "alice",
            "causes",
            "causes",
            0.9,
            null,
            "",
            t.plusSeconds(130),
            Duration.ofSeconds(1)));
  }
}
