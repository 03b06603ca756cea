package org.relexcurator.curation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.model.DecisionAction;

/** What an export is made from: pairs in order, each with its latest prediction and curation. */
class CuratedProjectTest {

  @TempDir Path folder;

  private ProjectDatabase project;
  private CuratedProject curated;

  @BeforeEach
  void createProject() throws CurationStoreException {
    project = HandMadeProject.create(folder.resolve("hand-made.relex"));
    curated = CuratedProject.read(project);
  }

  @AfterEach
  void closeProject() throws CurationStoreException {
    project.close();
  }

  private CuratedPair of(StoredPair pair) {
    return curated.pairs().stream().filter(p -> p.pair().equals(pair)).findFirst().orElseThrow();
  }

  @Test
  void pairsComeInDocumentOrderThenInTheOrderTheyWereAdded() {
    assertThat(curated.pairs())
        .extracting(CuratedPair::pair)
        .containsExactly(
            HandMadeProject.TREATS,
            HandMadeProject.REVERSED,
            HandMadeProject.FLAGGED,
            HandMadeProject.ALPHA,
            HandMadeProject.SKIPPED,
            HandMadeProject.UNDECIDED);
  }

  @Test
  void aLabellingDecisionIsGoldSettledByItsSingleCurator() {
    SettledLabel rejected = of(HandMadeProject.REVERSED).curation();

    assertThat(rejected.status()).isEqualTo(SettledLabel.Status.GOLD);
    assertThat(rejected.settledBy()).isEqualTo(SettledLabel.SettledBy.SINGLE);
    assertThat(rejected.label()).isEqualTo("none");
    assertThat(rejected.decision().action()).isEqualTo(DecisionAction.REJECTED);
    assertThat(rejected.labelsByCurator()).containsExactly(Map.entry("alice", "none"));
  }

  @Test
  void skippedAndFlaggedPairsAreOpenAndTheirCuratorsHaveNoLabelEvenATentativeOne() {
    CuratedPair skipped = of(HandMadeProject.SKIPPED);
    CuratedPair flagged = of(HandMadeProject.FLAGGED);

    assertThat(skipped.curation().status()).isEqualTo(SettledLabel.Status.OPEN);
    assertThat(skipped.curation().settledBy()).isNull();
    assertThat(skipped.goldLabel()).isNull();
    Map<String, String> skippedLabels = new HashMap<>();
    skippedLabels.put("alice", null);
    assertThat(skipped.curation().labelsByCurator()).isEqualTo(skippedLabels);
    assertThat(flagged.goldLabel()).isNull();
    assertThat(flagged.curation().decision().label()).isEqualTo("treats");
    assertThat(flagged.curation().labelsByCurator()).containsEntry("bob", null);
  }

  @Test
  void anUndoneDecisionLeavesItsPairUncuratedAndTheLatestPredictionIsTheOneKept() {
    assertThat(of(HandMadeProject.UNDECIDED).curation()).isNull();
    assertThat(of(HandMadeProject.TREATS).latestPrediction().prediction().logits())
        .containsExactly(-1.0, 0.5, 0.1, 3.0);
    assertThat(of(HandMadeProject.ALPHA).latestPrediction()).isNull();
  }

  @Test
  void goldOnlyKeepsThePairsWithALabelAndDecisionsAboutPairsNotHeldAreNamed() {
    assertThat(curated.pairs(false))
        .extracting(CuratedPair::pair)
        .containsExactly(HandMadeProject.TREATS, HandMadeProject.REVERSED, HandMadeProject.ALPHA);
    assertThat(curated.pairs(true)).hasSize(6);
    assertThat(curated.missingPairs()).containsExactly("PMID:9|T1|T2");
  }

  @Test
  void onlyTheTestModelsPredictionSaysItComesFromOne() {
    assertThat(curated.pairs())
        .filteredOn(CuratedPair::fromTestModel)
        .extracting(CuratedPair::pair)
        .containsExactly(HandMadeProject.SKIPPED);
  }
}
