package org.relexcurator.curation.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionAction;

/**
 * Other processes: one killed with SIGKILL while it records decisions, one that holds the project
 * open. Each child is a JVM of its own ({@link ChildJvm}).
 */
@Timeout(180)
class ProjectProcessesTest {

  @TempDir Path folder;

  /** An acknowledged decision, as the child printed it after {@code record} returned. */
  record Ack(long sequence, String pairKey, String action, String label) {

    static Ack parse(String line) {
      String[] words = line.split(" ");
      return new Ack(
          Long.parseLong(words[1]), words[2], words[3], words[4].equals("null") ? null : words[4]);
    }

    static Ack of(Decision decision) {
      return new Ack(
          decision.sequence(), decision.pairKey(), decision.action().name(), decision.label());
    }
  }

  @Test
  void everyAcknowledgedDecisionSurvivesAKillAtARandomMomentAndTheFileStaysSound()
      throws Exception {
    Path file = folder.resolve("killed.relex");
    ProjectDatabase.create(file).close();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Ack> acknowledged = new ArrayList<>();

    for (int round = 1; round <= 3; round++) {
      int killAfter = 50 + random.nextInt(200);
      try (ChildJvm child = ChildJvm.start(folder, "record", file.toString(), "curator" + round)) {
        child.linesUntil("open");
        for (int i = 0; i < killAfter; i++) {
          acknowledged.add(Ack.parse(child.nextLine()));
        }
        child.kill();
        child.remainingLines().stream()
            .filter(line -> line.startsWith("ack "))
            .map(Ack::parse)
            .forEach(acknowledged::add);
      }
      String context =
          "round "
              + round
              + " (seed "
              + seed
              + ", killed after "
              + killAfter
              + " acknowledgements)";

      try (ProjectDatabase reopened = ProjectDatabase.open(file)) {
        List<Decision> log = reopened.decisions().log();
        long lastAcknowledged = acknowledged.get(acknowledged.size() - 1).sequence();
        assertThat(log.size())
            .as(context)
            .isBetween((int) lastAcknowledged, (int) lastAcknowledged + 1);
        for (Ack ack : acknowledged) {
          Decision stored = log.get((int) ack.sequence() - 1);
          assertThat(Ack.of(stored)).as(context).isEqualTo(ack);
          if (stored.action() == DecisionAction.MENTION_ADDED) {
            assertThat(stored.mentionEdit().after().text()).as(context).isEqualTo("😀");
          }
        }
      }
      assertThat(integrityProblems(file)).as(context).isEmpty();
    }
    assertThat(acknowledged)
        .as("seed " + seed)
        .extracting(Ack::action)
        .contains(DecisionAction.MENTION_ADDED.name(), DecisionAction.UNDONE.name());
  }

  @Test
  void aProjectOpenInAnotherProcessIsRefusedWithItsPidUntilThatProcessCloses() throws Exception {
    Path file = folder.resolve("shared.relex");
    ProjectDatabase.create(file).close();
    List<Ack> holderDecisions = new ArrayList<>();

    try (ChildJvm holder = ChildJvm.start(folder, "hold", file.toString())) {
      holder.linesUntil("open").stream()
          .filter(line -> line.startsWith("ack "))
          .map(Ack::parse)
          .forEach(holderDecisions::add);

      assertThatThrownBy(() -> ProjectDatabase.open(file))
          .isInstanceOf(ProjectInUseException.class)
          .hasMessageContaining(
              file + " is open in another RelEx Curator window (pid " + holder.pid() + ")")
          .satisfies(e -> assertThat(((ProjectInUseException) e).pid()).hasValue(holder.pid()));

      holder.send("close");
      assertThat(holder.linesUntil("closed")).isEmpty();
      assertThat(holder.waitFor()).isZero();
    }

    try (ProjectDatabase project = ProjectDatabase.open(file)) {
      assertThat(project.decisions().log())
          .extracting(Ack::of)
          .containsExactlyElementsOf(holderDecisions);
    }
    assertThat(holderDecisions).hasSize(3);
    assertThat(integrityProblems(file)).isEmpty();
  }

  @Test
  void aSecondOpenInThisProcessIsRefusedWithoutLosingTheFirstOnesLock() throws Exception {
    Path file = folder.resolve("twice.relex");
    long ownPid = ProcessHandle.current().pid();

    try (ProjectDatabase first = ProjectDatabase.create(file)) {
      assertThatThrownBy(
              () ->
                  ProjectDatabase.open(
                      folder.resolve("../" + folder.getFileName() + "/twice.relex")))
          .isInstanceOf(ProjectInUseException.class)
          .hasMessageContaining("is open in another RelEx Curator window (pid " + ownPid + ")");

      try (ChildJvm other = ChildJvm.start(folder, "try-open", file.toString())) {
        assertThat(other.nextLine()).startsWith("refused ").contains("(pid " + ownPid + ")");
      }
      assertThat(first.decisions().log()).isEmpty();
    }

    try (ChildJvm other = ChildJvm.start(folder, "try-open", file.toString())) {
      assertThat(other.nextLine()).isEqualTo("opened");
    }
  }

  /** What SQLite's own checks find wrong with the file: nothing, for a sound one. */
  static List<String> integrityProblems(Path file) throws Exception {
    List<String> problems = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
        while (rows.next()) {
          if (!rows.getString(1).equals("ok")) {
            problems.add(rows.getString(1));
          }
        }
      }
      try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
        while (rows.next()) {
          problems.add("foreign key: " + rows.getString(1) + " row " + rows.getLong(2));
        }
      }
    }
    return problems;
  }
}
