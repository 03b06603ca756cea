package org.relexcurator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.model.DecisionDraft;

class DecisionStorageTest {

  @TempDir Path home;

  @BeforeEach
  void useTemporaryDataHome() {
    System.setProperty("relex.data.home", home.toString());
  }

  @AfterEach
  void restore() {
    System.clearProperty("relex.data.home");
  }

  @Test
  void decisionsSurviveClosingAndReopeningTheDefaultProject() throws Exception {
    try (DecisionStorage first = DecisionStorage.openDefault()) {
      assertThat(first.warning()).isNull();
      first.store().record(DecisionDraft.labelled("d1|T0|T1", "alice", "treats", "treats", 0.9,
          null, "", Instant.parse("2026-11-25T10:00:00Z"), Duration.ofSeconds(4)));
    }

    try (DecisionStorage again = DecisionStorage.openDefault()) {
      assertThat(again.store().current()).containsOnlyKeys("d1|T0|T1");
      assertThat(again.store().current().get("d1|T0|T1").label()).isEqualTo("treats");
    }
  }

  @Test
  void aProjectHeldByAnotherWindowFallsBackToMemoryAndSaysDecisionsAreNotSaved()
      throws Exception {
    try (DecisionStorage holder = DecisionStorage.openDefault();
        DecisionStorage second = DecisionStorage.openDefault()) {
      assertThat(holder.warning()).isNull();
      assertThat(second.store()).isInstanceOf(InMemoryCurationStore.class);
      assertThat(second.warning()).startsWith("Decisions are NOT saved: ")
          .contains("default-project.relex");
    }
  }
}
