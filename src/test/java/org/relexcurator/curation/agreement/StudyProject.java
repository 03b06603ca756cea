package org.relexcurator.curation.agreement;

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
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.ReasonCode;
import org.relexcurator.model.Span;

/**
 * A small project two curators worked on, for tests of the command line and the window. Four pairs
 * of one document, each predicted {@code treats} over {@link #LABELS}:
 *
 * <pre>
 *   pair        alice     bob
 *   d1|T1|T2    treats    treats      gold by agreement
 *   d1|T1|T3    causes    none        disputed (alice: reason, note)
 *   d1|T2|T3    treats    inhibits    disputed
 *   d1|T3|T4    none      (skipped)   gold, single
 * </pre>
 */
public final class StudyProject {

  public static final List<String> LABELS = List.of("causes", "inhibits", "none", "treats");
  public static final String AGREED = "d1|T1|T2";
  public static final String FIRST_DISPUTE = "d1|T1|T3";
  public static final String SECOND_DISPUTE = "d1|T2|T3";
  public static final String SINGLE = "d1|T3|T4";

  private static final Instant TIME = Instant.parse("2026-03-02T09:00:00Z");
  private static final ModelIdentity MODEL =
      new ModelIdentity("sha256:study", "synthetic_relex", null, false);

  private StudyProject() {}

  /** Creates the project at {@code file}, closed again. */
  public static Path create(Path file) throws CurationStoreException {
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      project.contents().putDocuments(List.of(new DocumentIdentity("d1", null, null, null)));
      project
          .contents()
          .putPairs(
              List.of(
                  pair("T1", "T2", "[E1]Tamoxifen[/E1] lowers the risk of [E2]breast cancer[/E2]."),
                  pair("T1", "T3", "[E1]Tamoxifen[/E1] caused [E2]hot flushes[/E2] in some women."),
                  pair(
                      "T2", "T3", "[E1]Breast cancer[/E1] patients reported [E2]hot flushes[/E2]."),
                  pair("T3", "T4", "[E1]Hot flushes[/E1] eased with [E2]venlafaxine[/E2].")));
      project
          .contents()
          .addPredictions(
              List.of(AGREED, FIRST_DISPUTE, SECOND_DISPUTE, SINGLE).stream()
                  .map(
                      key ->
                          new StoredPrediction(
                              key,
                              MODEL,
                              new Prediction(LABELS, new double[] {0.5, -1, 0, 2.5}),
                              TIME))
                  .toList());
      CurationStore store = project.decisions();
      label(store, "alice", AGREED, "treats", null, "");
      label(store, "bob", AGREED, "treats", null, "");
      label(
          store,
          "alice",
          FIRST_DISPUTE,
          "causes",
          ReasonCode.WRONG_DIRECTION,
          "tamoxifen causes the flushes");
      label(store, "bob", FIRST_DISPUTE, "none", null, "");
      label(store, "alice", SECOND_DISPUTE, "treats", null, "");
      label(store, "bob", SECOND_DISPUTE, "inhibits", null, "");
      label(store, "alice", SINGLE, "none", null, "");
      store.record(
          new DecisionDraft(
              SINGLE,
              "bob",
              DecisionAction.SKIPPED,
              null,
              "treats",
              0.8,
              null,
              "",
              TIME,
              Duration.ofSeconds(2),
              null));
    }
    return file;
  }

  private static StoredPair pair(String e1, String e2, String markedText) {
    return new StoredPair(
        "d1",
        e1,
        List.of(new Span(0, 9)),
        "Chemical",
        e2,
        List.of(new Span(20, 33)),
        "Disease",
        new Span(0, 60),
        markedText,
        "exact",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static void label(
      CurationStore store,
      String curator,
      String pair,
      String label,
      ReasonCode reason,
      String note)
      throws CurationStoreException {
    store.record(
        DecisionDraft.labelled(
            pair, curator, label, "treats", 0.8, reason, note, TIME, Duration.ofSeconds(6)));
  }
}
