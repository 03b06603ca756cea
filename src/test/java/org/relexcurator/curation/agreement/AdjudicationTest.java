package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;

class AdjudicationTest {

  private static final Instant NOW = Instant.parse("2026-03-05T14:00:00Z");
  private static final List<String> FALLBACK = List.of("none", "treats", "upregulates");

  @TempDir Path folder;

  private ProjectDatabase project;
  private Adjudication adjudication;

  @BeforeEach
  void openStudy() throws CurationStoreException {
    project = ProjectDatabase.open(StudyProject.create(folder.resolve("study.relex")));
    adjudication =
        new Adjudication(
            project.decisions(), project.contents(), FALLBACK, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void closeStudy() throws CurationStoreException {
    project.close();
  }

  @Test
  void anAdjudicationKeepsTheModelsLatestPredictionAndSettlesTheDispute() throws Exception {
    Decision decision =
        adjudication.record(
            StudyProject.FIRST_DISPUTE, "causes", "lead", "alice is right", Duration.ofSeconds(12));

    assertThat(decision)
        .isEqualTo(
            new Decision(
                9,
                StudyProject.FIRST_DISPUTE,
                "lead",
                DecisionAction.ADJUDICATED,
                "causes",
                "treats",
                decision.predictedScore(),
                null,
                "alice is right",
                NOW,
                Duration.ofSeconds(12),
                null));
    assertThat(decision.predictedScore()).isBetween(0.80, 0.81);
    SettledLabel settled =
        SettledLabels.fromLog(project.decisions().log())
            .get(StudyProject.FIRST_DISPUTE)
            .orElseThrow();
    assertThat(settled.settledBy()).isEqualTo(SettledLabel.SettledBy.ADJUDICATION);
    assertThat(settled.label()).isEqualTo("causes");
  }

  @Test
  void theLabelsAreThoseOfTheProjectsPredictions() throws Exception {
    assertThat(adjudication.labels()).containsExactlyElementsOf(StudyProject.LABELS);
  }

  @Test
  void withoutPredictionsTheGivenLabelsApply() throws Exception {
    try (ProjectDatabase empty = ProjectDatabase.create(folder.resolve("empty.relex"))) {
      Adjudication bare =
          new Adjudication(empty.decisions(), empty.contents(), FALLBACK, Clock.systemUTC());

      assertThat(bare.labels()).isEqualTo(FALLBACK);
    }
  }

  @Test
  void aLabelTheProjectDoesNotUseIsRefusedAndNothingIsRecorded() throws Exception {
    int before = project.decisions().log().size();

    assertThatThrownBy(
            () ->
                adjudication.record(
                    StudyProject.FIRST_DISPUTE, "upregulates", "lead", "", Duration.ZERO))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            "'upregulates' is not a label of this project; the labels are causes,"
                + " inhibits, none, treats");
    assertThat(project.decisions().log()).hasSize(before);
  }

  @Test
  void aPairTheProjectDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> adjudication.record("d1|T9|T1", "none", "lead", "", Duration.ZERO))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage(
            "The project has no pair d1|T9|T1; a pair key is document|E1|E2, as"
                + " 'relex adjudicate --list' shows them");
  }

  @Test
  void aPairKnownOnlyFromTheLogCanBeAdjudicated() throws Exception {
    project
        .decisions()
        .record(
            DecisionDraft.labelled(
                "typed|T1|T2", "alice", "none", null, null, null, "", NOW, Duration.ZERO));

    assertThat(
            adjudication
                .record("typed|T1|T2", "treats", "lead", "", Duration.ZERO)
                .predictedLabel())
        .isNull();
  }

  @Test
  void anUnnamedAdjudicatorIsRefused() {
    assertThatThrownBy(
            () -> adjudication.record(StudyProject.FIRST_DISPUTE, "none", " ", "", Duration.ZERO))
        .isInstanceOf(CurationStoreException.class)
        .hasMessage("Name the adjudicator: every decision says who made it");
  }
}
