package org.relexcurator.ui.adjudication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.agreement.StudyProject;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Entity;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;
import org.relexcurator.task.SynchronousTaskExecutor;
import org.relexcurator.task.TaskExecutor;

/** The adjudication pane's behaviour, on a real project file, without a toolkit. */
class AdjudicationViewModelTest {

  private static final Instant T0 = Instant.parse("2026-03-05T14:00:00Z");

  @TempDir Path folder;

  private ProjectDatabase project;
  private Instant now = T0;
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @BeforeEach
  void openStudy() throws Exception {
    project = ProjectDatabase.open(StudyProject.create(folder.resolve("study.relex")));
  }

  @AfterEach
  void closeStudy() throws Exception {
    project.close();
  }

  private AdjudicationViewModel viewModel(TaskExecutor executor) {
    return new AdjudicationViewModel(
        project.decisions(), project.contents(), executor, "lead", List.of("none"), clock);
  }

  private AdjudicationViewModel loaded() {
    AdjudicationViewModel viewModel = viewModel(new SynchronousTaskExecutor());
    viewModel.refresh();
    return viewModel;
  }

  private Decision last() throws Exception {
    List<Decision> log = project.decisions().log();
    return log.get(log.size() - 1);
  }

  @Test
  void theDisputedPairsAreListedWithTheirTextVerdictsAndNotes() {
    AdjudicationViewModel viewModel = loaded();

    assertThat(viewModel.pairs())
        .extracting(DisputedPair::pairKey)
        .containsExactly(StudyProject.FIRST_DISPUTE, StudyProject.SECOND_DISPUTE);
    DisputedPair first = viewModel.pairs().get(0);
    assertThat(first.title()).isEqualTo("E1 Tamoxifen → E2 hot flushes");
    assertThat(first.sentence()).isEqualTo("Tamoxifen caused hot flushes in some women.");
    assertThat(first.labelsText()).isEqualTo("alice: causes · bob: none");
    assertThat(first.remarksText())
        .isEqualTo("alice: wrong direction — tamoxifen causes the flushes");
    assertThat(viewModel.selectedProperty().get()).isEqualTo(first);
  }

  @Test
  void conflictingMentionEditsAreListedUnderTheSummaryAndNoneLeaveTheLineEmpty() throws Exception {
    assertThat(loaded().mentionDisputesProperty().get()).isEmpty();
    Entity aspirin =
        new Entity("T9", "Chemical", List.of(new Span(0, 7)), "aspirin", List.of(), null);
    Entity retyped =
        new Entity("+0-7:Drug", "Drug", List.of(new Span(0, 7)), "aspirin", List.of(), null);
    project
        .decisions()
        .record(
            DecisionDraft.mentionEdit(
                MentionEdit.removed("d1", aspirin), "alice", "", now, Duration.ZERO));
    project
        .decisions()
        .record(
            DecisionDraft.mentionEdit(
                MentionEdit.changed("d1", aspirin, retyped), "bob", "", now, Duration.ZERO));

    AdjudicationViewModel viewModel = loaded();

    assertThat(viewModel.mentionDisputesProperty().get())
        .isEqualTo(
            "1 mention disputes, settled by editing the mention in the document:\n"
                + "d1 mention T9: alice removed it; bob made it \"aspirin\" Drug [0-7]");
    assertThat(viewModel.pairs()).hasSize(2);
  }

  /**
   * alice and bob agree on 1 of 3 shared pairs; kappa 1/7 (worked out in AgreementCommandsTest).
   */
  @Test
  void theSummarySaysKappaAndHowManyPairsAreDisputedGoldAndOpen() {
    AdjudicationViewModel viewModel = loaded();

    assertThat(viewModel.summaryProperty().get())
        .isEqualTo("alice–bob κ 0.143 (3 pairs) · 2 disputed, 2 gold, 0 open");
  }

  @Test
  void theCuratorsLabelsComeFirstUnderTheFirstNumberKeys() {
    AdjudicationViewModel viewModel = loaded();

    assertThat(viewModel.choices())
        .containsExactly(
            new FinalLabelChoice("causes", "1", "alice"),
            new FinalLabelChoice("none", "2", "bob"),
            new FinalLabelChoice("inhibits", "3", ""),
            new FinalLabelChoice("treats", "4", ""));
    assertThat(viewModel.choices().get(0).text()).isEqualTo("1  causes (alice)");
  }

  @Test
  void aNumberKeyRecordsTheAdjudicationAndTheNextDisputeIsSelected() throws Exception {
    AdjudicationViewModel viewModel = loaded();
    now = T0.plusSeconds(25);
    viewModel.noteProperty().set("the flushes follow tamoxifen");

    viewModel.chooseShortcut("1");

    Decision recorded = last();
    assertThat(recorded.action()).isEqualTo(DecisionAction.ADJUDICATED);
    assertThat(recorded.pairKey()).isEqualTo(StudyProject.FIRST_DISPUTE);
    assertThat(recorded.label()).isEqualTo("causes");
    assertThat(recorded.curator()).isEqualTo("lead");
    assertThat(recorded.note()).isEqualTo("the flushes follow tamoxifen");
    assertThat(recorded.timeSpent()).isEqualTo(Duration.ofSeconds(25));
    assertThat(viewModel.pairs())
        .extracting(DisputedPair::pairKey)
        .containsExactly(StudyProject.SECOND_DISPUTE);
    assertThat(viewModel.selectedProperty().get().pairKey()).isEqualTo(StudyProject.SECOND_DISPUTE);
    assertThat(viewModel.noteProperty().get()).isEmpty();
    assertThat(viewModel.statusProperty().get()).isEqualTo("Adjudicated d1|T1|T3: causes");
    assertThat(viewModel.summaryProperty().get()).endsWith("1 disputed, 3 gold, 0 open");
  }

  @Test
  void aSecondKeyPressWhileRecordingSettlesNothingMore() throws Exception {
    HeldTaskExecutor executor = new HeldTaskExecutor();
    AdjudicationViewModel viewModel = viewModel(executor);
    viewModel.refresh();
    executor.runAll();
    int before = project.decisions().log().size();

    viewModel.chooseShortcut("1");
    viewModel.chooseShortcut("2");
    assertThat(viewModel.busyProperty().get()).isTrue();
    assertThat(executor.waiting()).isEqualTo(1);
    executor.runAll();

    assertThat(project.decisions().log()).hasSize(before + 1);
    assertThat(viewModel.busyProperty().get()).isFalse();
  }

  @Test
  void aReadThatStartedBeforeAnAdjudicationCannotBringTheRowBack() throws Exception {
    HeldTaskExecutor executor = new HeldTaskExecutor();
    AdjudicationViewModel viewModel = viewModel(executor);
    viewModel.refresh();
    executor.runAll();

    viewModel.refresh();
    viewModel.chooseShortcut("2");
    executor.runAll();

    assertThat(viewModel.pairs())
        .extracting(DisputedPair::pairKey)
        .containsExactly(StudyProject.SECOND_DISPUTE);
    assertThat(viewModel.loadingProperty().get()).isFalse();
  }

  @Test
  void aRefusedAdjudicationKeepsThePairAndSaysWhy() throws Exception {
    AdjudicationViewModel viewModel = loaded();
    project
        .decisions()
        .record(
            DecisionDraft.labelled(
                StudyProject.FIRST_DISPUTE,
                "carol",
                "upregulates",
                null,
                null,
                null,
                "",
                T0,
                Duration.ZERO));
    viewModel.refresh();

    viewModel.adjudicate("upregulates");

    assertThat(viewModel.errorProperty().get())
        .isEqualTo(
            "Could not record the adjudication:"
                + " 'upregulates' is not a label of this project; the labels are causes, inhibits,"
                + " none, treats");
    assertThat(viewModel.pairs()).hasSize(2);
    assertThat(last().action()).isNotEqualTo(DecisionAction.ADJUDICATED);
  }

  @Test
  void decisionsMadeElsewhereShowAfterARefreshAndTheSelectionStays() throws Exception {
    AdjudicationViewModel viewModel = loaded();
    viewModel.select(viewModel.pairs().get(1));
    project
        .decisions()
        .record(
            DecisionDraft.labelled(
                StudyProject.AGREED, "carol", "none", "treats", 0.8, null, "", T0, Duration.ZERO));

    viewModel.refresh();

    assertThat(viewModel.pairs())
        .extracting(DisputedPair::pairKey)
        .containsExactly(
            StudyProject.AGREED, StudyProject.FIRST_DISPUTE, StudyProject.SECOND_DISPUTE);
    assertThat(viewModel.selectedProperty().get().pairKey()).isEqualTo(StudyProject.SECOND_DISPUTE);
    assertThat(viewModel.summaryProperty().get())
        .startsWith("alice–bob κ 0.143 (3 pairs);" + " alice–carol κ ");
  }

  @Test
  void settlingTheLastDisputeLeavesNothingSelected() {
    AdjudicationViewModel viewModel = loaded();

    viewModel.chooseShortcut("1");
    viewModel.chooseShortcut("1");

    assertThat(viewModel.pairs()).isEmpty();
    assertThat(viewModel.selectedProperty().get()).isNull();
    assertThat(viewModel.choices()).isEmpty();
    viewModel.chooseShortcut("1");
    assertThat(viewModel.statusProperty().get()).isEqualTo("Adjudicated d1|T2|T3: treats");
  }
}
