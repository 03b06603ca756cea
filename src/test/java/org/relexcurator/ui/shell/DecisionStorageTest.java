package org.relexcurator.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.curation.ReplaceableCurationStore;
import org.relexcurator.curation.project.ProjectDatabase;
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
      first
          .store()
          .record(
              DecisionDraft.labelled(
                  "d1|T0|T1",
                  "alice",
                  "treats",
                  "treats",
                  0.9,
                  null,
                  "",
                  Instant.parse("2026-11-25T10:00:00Z"),
                  Duration.ofSeconds(4)));
    }

    try (DecisionStorage again = DecisionStorage.openDefault()) {
      assertThat(again.store().current()).containsOnlyKeys("d1|T0|T1");
      assertThat(again.store().current().get("d1|T0|T1").label()).isEqualTo("treats");
    }
  }

  @Test
  void aProjectHeldByAnotherWindowFallsBackToMemoryAndSaysDecisionsAreNotSaved() throws Exception {
    try (DecisionStorage holder = DecisionStorage.openDefault();
        DecisionStorage second = DecisionStorage.openDefault()) {
      assertThat(holder.warning()).isNull();
      assertThat(second.project()).isEmpty();
      assertThat(((ReplaceableCurationStore) second.store()).inUse())
          .isInstanceOf(InMemoryCurationStore.class);
      assertThat(second.warning())
          .startsWith("Decisions are NOT saved: ")
          .contains("default-project.relex");
    }
  }

  @Test
  void switchingProjectsKeepsEachProjectsDecisionsInItsOwnFile() throws Exception {
    Path other = home.resolve("other" + ProjectDatabase.EXTENSION);
    try (DecisionStorage storage = DecisionStorage.openDefault()) {
      storage.store().record(decision("d1|T0|T1"));
      storage.use(other, true);
      assertThat(storage.store().current()).isEmpty();
      storage.store().record(decision("d2|T0|T1"));
      assertThat(storage.project()).map(ProjectDatabase::file).contains(other);
    }
    try (ProjectDatabase defaults = ProjectDatabase.open(home.resolve("default-project.relex"));
        ProjectDatabase project = ProjectDatabase.open(other)) {
      assertThat(defaults.decisions().current()).containsOnlyKeys("d1|T0|T1");
      assertThat(project.decisions().current()).containsOnlyKeys("d2|T0|T1");
    }
  }

  @Test
  void aProjectThatCannotBeOpenedLeavesTheOneInUse() throws Exception {
    try (DecisionStorage storage = DecisionStorage.openDefault()) {
      storage.store().record(decision("d1|T0|T1"));
      assertThatThrownBy(() -> storage.use(home.resolve("missing.relex"), false))
          .isInstanceOf(CurationStoreException.class)
          .hasMessageContaining("missing.relex");
      assertThat(storage.store().current()).containsOnlyKeys("d1|T0|T1");
    }
  }

  private static DecisionDraft decision(String pairKey) {
    return DecisionDraft.labelled(
        pairKey,
        "alice",
        "treats",
        "treats",
        0.9,
        null,
        "",
        Instant.parse("2026-11-25T10:00:00Z"),
        Duration.ofSeconds(4));
  }
}
