package org.relexcurator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.agreement.StudyProject;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;
import org.relexcurator.model.DecisionDraft;

/** {@code relex agreement} and {@code relex adjudicate} on a project two curators worked on. */
class AgreementCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private Path study;

  private record Run(int exit, String out, String err) {}

  private static Run relex(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void createStudy() throws Exception {
    study = StudyProject.create(folder.resolve("study.relex"));
  }

  private List<Decision> log() throws Exception {
    try (ProjectDatabase project = ProjectDatabase.open(study)) {
      return project.decisions().log();
    }
  }

  /**
   * alice and bob both labelled three pairs: treats/treats, causes/none, treats/inhibits. alice:
   * treats 2, causes 1; bob: treats 1, none 1, inhibits 1. p_o = 1/3, p_e = (2·1) / 9 = 2/9, kappa
   * = (1/3 − 2/9) / (7/9) = 1/7 = 0.143.
   */
  @Test
  void agreementPrintsCountsKappasAndDisagreements() {
    Run run = relex("agreement", study.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(study + ": 4 pairs decided")
        .contains("gold      2  (1 by agreement, 1 by a single curator, 0 adjudicated)")
        .contains("disputed  2  (list them: relex adjudicate " + study + " --list)")
        .contains("Curators and the pairs they labelled: alice 4, bob 3")
        .contains(
            "alice and bob: 3 pairs labelled by both, 1 agreed (0.333); Cohen's kappa" + " 0.143")
        .contains("  2 disagreements:")
        .containsPattern("d1\\|T1\\|T3 +causes +none")
        .containsPattern("d1\\|T2\\|T3 +treats +inhibits")
        .containsPattern("treats +2 +1 +1 +0\\.400");
  }

  @Test
  void agreementJsonCarriesEveryFigureAndNullForAnUndefinedKappa() throws Exception {
    Run run = relex("agreement", study.toString(), "--json", "--curators", "alice,bob");

    assertThat(run.exit()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.at("/pairs/gold").asInt()).isEqualTo(2);
    assertThat(root.at("/pairs/disputed").asInt()).isEqualTo(2);
    assertThat(root.at("/pairs/settled_by/agreement").asInt()).isEqualTo(1);
    JsonNode agreement = root.at("/agreements/0");
    assertThat(agreement.get("pairs").asInt()).isEqualTo(3);
    assertThat(agreement.get("kappa").asDouble()).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(agreement.get("kappa_undefined").isNull()).isTrue();
    assertThat(agreement.at("/disagreements/0/pair").asText()).isEqualTo("d1|T1|T3");
    assertThat(agreement.at("/disagreements/0/labels/bob").asText()).isEqualTo("none");
    JsonNode causes = agreement.at("/labels/0");
    assertThat(causes.get("label").asText()).isEqualTo("causes");
    assertThat(causes.get("first_only").asInt()).isEqualTo(1);
    assertThat(causes.get("kappa").asDouble()).isZero();
  }

  private Path projectWith(String name, String... curatorPairLabel) throws Exception {
    Path file = folder.resolve(name);
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      for (int i = 0; i < curatorPairLabel.length; i += 3) {
        project
            .decisions()
            .record(
                DecisionDraft.labelled(
                    curatorPairLabel[i + 1],
                    curatorPairLabel[i],
                    curatorPairLabel[i + 2],
                    null,
                    null,
                    null,
                    "",
                    Instant.now(),
                    Duration.ZERO));
      }
    }
    return file;
  }

  @Test
  void anUndefinedKappaIsSaidInWordsAndIsNullInJson() throws Exception {
    Path file =
        projectWith(
            "same.relex",
            "alice",
            "p1",
            "none",
            "bob",
            "p1",
            "none",
            "alice",
            "p2",
            "none",
            "bob",
            "p2",
            "none");

    Run text = relex("agreement", file.toString());
    Run json = relex("agreement", file.toString(), "--json");

    assertThat(text.out())
        .contains(
            "alice and bob: 2 pairs labelled by both, 2 agreed (1.000);"
                + " Cohen's kappa undefined")
        .contains(
            "  kappa is undefined: both curators gave every pair the same label (none), so"
                + " chance alone explains their agreement")
        .contains("  kappa undefined for none: both curators gave every pair none")
        .contains("  0 disagreements");
    JsonNode agreement = JSON.readTree(json.out()).at("/agreements/0");
    assertThat(agreement.get("kappa").isNull()).isTrue();
    assertThat(agreement.get("kappa_undefined").asText()).startsWith("both curators gave");
    assertThat(agreement.at("/labels/0/kappa").isNull()).isTrue();
  }

  @Test
  void aProjectWithOneCuratorSaysAgreementNeedsTwo() throws Exception {
    Path file = projectWith("solo.relex", "alice", "p1", "none");

    Run run = relex("agreement", file.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("gold      1  (0 by agreement, 1 by a single curator")
        .contains("Agreement needs two curators who labelled pairs; only alice has.");
  }

  @Test
  void agreementRefusesACuratorWhoLabelledNothing() {
    Run run = relex("agreement", study.toString(), "--curators", "alice,carol");

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err().strip())
        .isEqualTo(
            "relex: No curator named carol labelled a pair in "
                + study
                + "; those who did: alice, bob");
  }

  @Test
  void agreementNeedsTwoCuratorNames() {
    Run run = relex("agreement", study.toString(), "--curators", "alice");

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).startsWith("relex: --curators needs two or more different names");
  }

  @Test
  void aProjectOpenInAWindowIsRefusedWithAClearMessage() throws Exception {
    try (ProjectDatabase window = ProjectDatabase.open(study)) {
      Run agreement = relex("agreement", study.toString());
      Run adjudicate = relex("adjudicate", study.toString(), "--list");

      assertThat(agreement.exit()).isEqualTo(Main.UNUSABLE);
      assertThat(agreement.err().strip())
          .isEqualTo(
              "relex: "
                  + study
                  + " is open in another"
                  + " RelEx Curator window (pid "
                  + ProcessHandle.current().pid()
                  + "); close it there"
                  + " first");
      assertThat(adjudicate.exit()).isEqualTo(Main.UNUSABLE);
      assertThat(adjudicate.err()).contains("is open in another RelEx Curator window");
      assertThat(window.decisions().log()).hasSize(8);
    }
  }

  @Test
  void aMissingProjectIsOneLineAndExitTwo() {
    Run run = relex("agreement", folder.resolve("none.relex").toString());

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err().strip())
        .isEqualTo("relex: " + folder.resolve("none.relex") + ": no such project file");
  }

  @Test
  void adjudicateListShowsEachDisputedPairWithItsMentionsAndLabels() {
    Run run = relex("adjudicate", study.toString(), "--list");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("2 disputed pairs in " + study + ":")
        .containsPattern("pair +E1 +E2 +alice +bob")
        .containsPattern("d1\\|T1\\|T3 +Tamoxifen +hot flushes +causes +none")
        .containsPattern("d1\\|T2\\|T3 +Breast cancer +hot flushes +treats +inhibits")
        .doesNotContain(StudyProject.AGREED);
  }

  @Test
  void adjudicateRecordsTheGoldLabelAndThePairLeavesTheDisputes() throws Exception {
    Run run =
        relex(
            "adjudicate",
            study.toString(),
            "--pair",
            StudyProject.FIRST_DISPUTE,
            "--label",
            "causes",
            "--curator",
            "lead",
            "--note",
            "alice is right");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Recorded decision 9: d1|T1|T3 is gold, causes, adjudicated" + " by lead.")
        .contains("Before: disputed; alice causes, bob none.");
    Decision recorded = log().get(8);
    assertThat(recorded.action()).isEqualTo(DecisionAction.ADJUDICATED);
    assertThat(recorded.curator()).isEqualTo("lead");
    assertThat(recorded.label()).isEqualTo("causes");
    assertThat(recorded.note()).isEqualTo("alice is right");
    assertThat(recorded.predictedLabel()).isEqualTo("treats");
    assertThat(relex("adjudicate", study.toString(), "--list").out())
        .contains("1 disputed pair in")
        .doesNotContain(StudyProject.FIRST_DISPUTE);
    assertThat(relex("agreement", study.toString()).out())
        .contains("gold      3  (1 by agreement, 1 by a single curator, 1 adjudicated)");
  }

  @Test
  void adjudicateRefusesALabelTheProjectDoesNotUseAndRecordsNothing() throws Exception {
    Run run =
        relex(
            "adjudicate",
            study.toString(),
            "--pair",
            StudyProject.FIRST_DISPUTE,
            "--label",
            "treat",
            "--curator",
            "lead");

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err().strip())
        .isEqualTo(
            "relex: 'treat' is not a label of this project;"
                + " the labels are causes, inhibits, none, treats");
    assertThat(log()).hasSize(8);
  }

  @Test
  void adjudicateRefusesAnUnknownPair() {
    Run run =
        relex(
            "adjudicate",
            study.toString(),
            "--pair",
            "d1|T7|T8",
            "--label",
            "none",
            "--curator",
            "lead");

    assertThat(run.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).startsWith("relex: The project has no pair d1|T7|T8");
  }

  @Test
  void adjudicateWithoutPredictionsChecksSyntheticRelexLabels() throws Exception {
    Path bare = projectWith("bare.relex", "alice", "d|T1|T2", "none", "bob", "d|T1|T2", "causes");

    assertThat(
            relex(
                    "adjudicate",
                    bare.toString(),
                    "--pair",
                    "d|T1|T2",
                    "--label",
                    "upregulates",
                    "--curator",
                    "lead")
                .exit())
        .isZero();
    Run refused =
        relex(
            "adjudicate",
            bare.toString(),
            "--pair",
            "d|T1|T2",
            "--label",
            "upgrades",
            "--curator",
            "lead");
    assertThat(refused.err())
        .contains("the labels are affects_efficacy_of, binds_to,")
        .contains("upregulates");
  }

  @Test
  void adjudicateNamesTheOptionsItMisses() {
    Run missing = relex("adjudicate", study.toString(), "--pair", StudyProject.FIRST_DISPUTE);
    Run mixed = relex("adjudicate", study.toString(), "--list", "--label", "none");

    assertThat(missing.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(missing.err())
        .startsWith(
            "relex: Missing --label, --curator; adjudicating needs"
                + " --pair, --label and --curator (or use --list)");
    assertThat(mixed.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(mixed.err())
        .startsWith("relex: --list cannot be combined with --pair, --label, --curator or --note");
  }

  @Test
  void adjudicateRefusesAPairTheCuratorsDoNotDisputeAndRecordsNothing() throws Exception {
    Run agreed =
        relex(
            "adjudicate",
            study.toString(),
            "--pair",
            StudyProject.AGREED,
            "--label",
            "none",
            "--curator",
            "lead");
    Run single =
        relex(
            "adjudicate",
            study.toString(),
            "--pair",
            StudyProject.SINGLE,
            "--label",
            "none",
            "--curator",
            "lead");

    assertThat(agreed.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(agreed.err().strip())
        .isEqualTo(
            "relex: d1|T1|T2 is not disputed (it is gold"
                + " (treats, by agreement); alice treats, bob treats); adjudication settles pairs the"
                + " curators labelled differently; 'relex adjudicate "
                + study
                + " --list' shows the"
                + " disputed pairs");
    assertThat(single.exit()).isEqualTo(Main.UNUSABLE);
    assertThat(single.err()).contains("d1|T3|T4 is not disputed (it is gold (");
    assertThat(log()).hasSize(8);
  }

  @Test
  void anAdjudicatedPairMayBeAdjudicatedAgainAndTheLatestWins() {
    relex(
        "adjudicate",
        study.toString(),
        "--pair",
        StudyProject.FIRST_DISPUTE,
        "--label",
        "causes",
        "--curator",
        "lead");

    Run again =
        relex(
            "adjudicate",
            study.toString(),
            "--pair",
            StudyProject.FIRST_DISPUTE,
            "--label",
            "none",
            "--curator",
            "lead");

    assertThat(again.exit()).isZero();
    assertThat(again.out())
        .contains("Before: gold (causes, by adjudication); alice causes," + " bob none.");
  }
}
