package org.relexcurator.curation.team;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Span;

/**
 * A project a team splits: six documents of 2, 3, 5, 4, 6 and 4 candidate pairs (24), each pair
 * predicted by one model, and a lead's decisions made before the split: D1's first pair accepted as
 * none, D3's first pair corrected to treats then undone, D2's mention T9 removed.
 */
public final class TeamStudy {

  public static final List<String> LABELS = List.of("causes", "none", "treats");
  public static final ModelIdentity MODEL =
      new ModelIdentity("sha256:feed", "synthetic_relex", null, false);
  public static final String HASH = "sha256:c0ffee";
  public static final int[] PAIRS_PER_DOCUMENT = {2, 3, 5, 4, 6, 4};
  public static final Instant START = Instant.parse("2026-05-01T08:00:00Z");
  public static final Entity T9 =
      new Entity("T9", "Chemical", List.of(new Span(40, 47)), "aspirin", List.of(), null);

  private TeamStudy() {}

  /** The key of pair {@code index} (from 0) of document {@code d} (from 1). */
  public static String key(int d, int index) {
    return "D" + d + "|T" + index + "|T" + (index + 1);
  }

  public static List<StoredPair> pairs() {
    List<StoredPair> pairs = new ArrayList<>();
    for (int d = 1; d <= PAIRS_PER_DOCUMENT.length; d++) {
      for (int i = 0; i < PAIRS_PER_DOCUMENT[d - 1]; i++) {
        pairs.add(
            new StoredPair(
                "D" + d,
                "T" + i,
                List.of(new Span(0, 5)),
                "Chemical",
                "T" + (i + 1),
                List.of(new Span(10, 17)),
                "Disease",
                new Span(0, 20),
                "[E1]drugs[/E1] and [E2]disease[/E2]",
                "exact",
                "drugs",
                List.of(),
                "Chemical",
                "disease",
                List.of(),
                "Disease"));
      }
    }
    return pairs;
  }

  public static List<DocumentIdentity> documents(String hash) {
    List<DocumentIdentity> documents = new ArrayList<>();
    for (int d = 1; d <= PAIRS_PER_DOCUMENT.length; d++) {
      documents.add(
          new DocumentIdentity("D" + d, Path.of("/corpus/study.pubtator"), hash, "pubtator"));
    }
    return documents;
  }

  /** Writes the study to {@code file}. */
  public static Path create(Path file) throws CurationStoreException {
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      project.contents().putDocuments(documents(HASH));
      List<StoredPair> pairs = pairs();
      project.contents().putPairs(pairs);
      List<StoredPrediction> predictions = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        predictions.add(
            new StoredPrediction(
                pairs.get(i).key(),
                MODEL,
                new Prediction(LABELS, new double[] {0.1 * i, 1.0, 0.5}),
                START));
      }
      project.contents().addPredictions(predictions);
      CurationStore store = project.decisions();
      store.record(label(key(1, 0), "lead", "none", START.plusSeconds(1)));
      Decision accepted = store.record(label(key(3, 0), "lead", "treats", START.plusSeconds(2)));
      store.record(DecisionDraft.undo(accepted, START.plusSeconds(3)));
      store.record(
          DecisionDraft.mentionEdit(
              MentionEdit.removed("D2", T9), "lead", "", START.plusSeconds(4), Duration.ZERO));
    }
    return file;
  }

  /** A curator's label for a pair the model called {@code none}. */
  public static DecisionDraft label(String pairKey, String curator, String label, Instant time) {
    return DecisionDraft.labelled(
        pairKey, curator, label, "none", 0.5, null, "", time, Duration.ofSeconds(2));
  }
}
