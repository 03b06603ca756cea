package org.relexcurator.curation.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.EditingDocument;
import org.relexcurator.curation.InMemoryCurationStore;
import org.relexcurator.curation.MentionEditing;
import org.relexcurator.model.DecisionDraft;
import org.relexcurator.model.Document;
import org.relexcurator.model.MentionEdit;
import org.relexcurator.model.Span;

class MentionEditAgreementTest {

  private static final Duration SPENT = Duration.ofSeconds(1);

  private final Document file = EditingDocument.document();
  private final CurationStore store = new InMemoryCurationStore();
  private final MentionEditing editing =
      new MentionEditing(store, Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC));

  @Test
  void twoCuratorsEditsAreComparedPerTypeAndKind() throws Exception {
    editing.add(file, "alice", List.of(new Span(28, 38)), "Species", List.of(), SPENT);
    editing.remove(file, "alice", "T6", SPENT);
    editing.resize(file, "bob", "T2", List.of(new Span(10, 24)), SPENT);
    editing.setConceptIds(file, "bob", "T7", List.of("MESH:D010051"), SPENT);
    editing.setConceptIds(file, "alice", "T7", List.of("MESH:D999"), SPENT);

    MentionEditAgreement agreement = MentionEditAgreement.of("alice", "bob", store.mentionEdits());

    assertThat(agreement.rows())
        .containsExactly(
            new MentionEditAgreement.Row("Disease", "changed", 0, 1, 2),
            new MentionEditAgreement.Row("Disease", "removed", 0, 1, 0),
            new MentionEditAgreement.Row("Species", "added", 0, 1, 0));
    assertThat(agreement.total()).isEqualTo(5);
    assertThat(agreement.agreed()).isZero();
  }

  @Test
  void theSameRemovalByBothCuratorsIsOneChangeBothMade() throws Exception {
    // One project refuses removing a mention twice; two curators' logs side by side (as after a
    // merge) hold the same removal twice.
    editing.remove(file, "alice", "T4", SPENT);
    store.record(
        DecisionDraft.mentionEdit(
            MentionEdit.removed("d1", file.entity("T4").orElseThrow()),
            "bob",
            "",
            Instant.parse("2026-12-08T01:05:00Z"),
            SPENT));
    editing.add(file, "carol", List.of(new Span(30, 38)), "Species", List.of("9606"), SPENT);

    MentionEditAgreement agreement =
        MentionEditAgreement.amongEveryTwo(List.of("alice", "bob", "carol"), store.mentionEdits())
            .get(0);

    assertThat(agreement.rows())
        .containsExactly(new MentionEditAgreement.Row("Species", "removed", 1, 0, 0));
    assertThat(agreement.agreed()).isEqualTo(1);
    assertThat(
            MentionEditAgreement.amongEveryTwo(
                List.of("alice", "bob", "carol"), store.mentionEdits()))
        .as("carol made T4 again as the file has it: no change, but she edited")
        .hasSize(3);
  }
}
